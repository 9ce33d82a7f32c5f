namespace IkmDomain.Cli.Tests;

public class DemoCommandTests
{
    private static readonly (int Exit, string StdOut, string StdErr) Demo = ToolRunner.Run("demo");

    [Fact]
    public void Demo_runs_and_exits_zero()
    {
        Assert.True(Demo.Exit == 0, Demo.StdErr);
        Assert.Contains("IkmDomain", Demo.StdOut);
        Assert.Contains("GoogleMerchant", Demo.StdOut);
    }

    [Theory]
    [InlineData("Money")]
    [InlineData("Regions")]
    [InlineData("Businesses")]
    [InlineData("Crafts")]
    [InlineData("Feeds")]
    [InlineData("Exports")]
    public void Demo_shows_a_section_per_area(string section)
    {
        Assert.Contains("── " + section + " ", Demo.StdOut);
    }

    [Fact]
    public void Demo_money_section_formats_parses_and_allocates_rupiah()
    {
        Assert.Contains("Rp1.300.000,00", Demo.StdOut);
        Assert.Contains("Rp433.333,34 + Rp433.333,33 + Rp433.333,33", Demo.StdOut.Replace("\n", string.Empty));
        Assert.Contains("IDR 1300000000.00", Demo.StdOut);
    }

    [Fact]
    public void Demo_looks_up_and_searches_regions()
    {
        Assert.Contains("Kabupaten Jepara", Demo.StdOut);
        Assert.Contains("35.73 Kota Malang", Demo.StdOut);
    }

    [Fact]
    public void Demo_checks_an_npwp_and_classifies_business_scale()
    {
        Assert.Contains("check digit valid = True", Demo.StdOut);
        Assert.Contains("Small", Demo.StdOut);
    }

    [Fact]
    public void Demo_writes_a_google_merchant_tsv_feed_with_a_header_and_products()
    {
        Assert.Contains("2 written, 0 skipped", Demo.StdOut);
        Assert.Contains("  id|title|description", Demo.StdOut);
        Assert.Contains("  JPR-TEAK-001|Kursi ukir jati Jepara", Demo.StdOut);
    }

    [Fact]
    public void Demo_shows_export_growth_and_cagr()
    {
        Assert.Contains("CAGR 2016-2022: 4.07 %", Demo.StdOut);
        Assert.Contains("Wood (kayu)", Demo.StdOut);
    }

    [Fact]
    public void Unknown_command_fails_with_a_non_zero_exit_code()
    {
        var (exit, _, _) = ToolRunner.Run("no-such-command");

        Assert.NotEqual(0, exit);
    }
}
