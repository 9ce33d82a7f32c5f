using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace IkmDomain.Cli.Tests;

/// <summary>ikm money and ikm stats --chart/--format json.</summary>
public class MoneyAndStatsTests
{
    [Fact]
    public void Money_shows_canonical_and_Indonesian_forms()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("money", "Rp1,3 miliar");

        Assert.True(exit == 0, stderr);
        Assert.Contains("IDR 1300000000", stdout);
        Assert.Contains("Rp1.300.000.000,00", stdout);
    }

    [Fact]
    public void Money_converts_with_a_rate_and_prints_json()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("money", "US$776 juta", "--to", "IDR", "--rate", "16250", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        Assert.Equal("USD 776000000.00", json.RootElement.GetProperty("canonical").GetString());
        Assert.Equal("IDR 12610000000000.00", json.RootElement.GetProperty("convertedRounded").GetString());
    }

    [Fact]
    public void Money_150_000_IDR_is_an_error_naming_the_thousands_separator()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("money", "IDR 150.000");

        Assert.Equal(1, exit);
        Assert.Equal("", stdout);
        Assert.Contains("3 decimals but IDR has 2", stderr);
        Assert.Contains("thousands separator", stderr);
    }

    [Fact]
    public void Money_that_is_not_money_exits_1_with_the_rule()
    {
        var (exit, _, stderr) = ToolRunner.Run("money", "dua ratus");

        Assert.Equal(1, exit);
        Assert.Contains("is not a money amount", stderr);
    }

    [Theory]
    [InlineData("--to", "USD")]
    [InlineData("--rate", "abc")]
    public void Money_bad_conversion_options_exit_2(string option, string value)
    {
        string[] args = option == "--rate" ? ["money", "Rp100", "--to", "USD", "--rate", value] : ["money", "Rp100", option, value];
        var (exit, _, stderr) = ToolRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("--", stderr);
    }

    [Fact]
    public void Stats_json_has_years_growth_and_cagr()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("stats", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var first = json.RootElement.GetProperty("series")[0];
        Assert.Contains("Kemenperin", first.GetProperty("source").GetString());
        Assert.Equal(0.0407m, decimal.Round(first.GetProperty("cagr").GetDecimal(), 4));
        Assert.True(first.GetProperty("years").GetArrayLength() >= 7);
    }

    [Fact]
    public void Stats_chart_is_an_svg_drawn_by_scottplot()
    {
        var chart = TestFiles.TempPath("exports.svg");

        var (exit, _, stderr) = ToolRunner.Run("stats", "--chart", chart);

        Assert.True(exit == 0, stderr);
        var svg = XDocument.Load(chart);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.True(svg.Descendants().Count(e => e.Name.LocalName is "path" or "rect") > 10);
    }

    [Fact]
    public void Stats_of_a_comtrade_file_as_json_with_a_chart()
    {
        var path = TestFiles.Write("comtrade.csv", "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2021,360,842,X,4420,100\n2022,360,842,X,4420,150\n2022,360,392,X,4602,50\n");
        var chart = TestFiles.TempPath("c.svg");

        var (exit, stdout, stderr) = ToolRunner.Run("stats", path, "--format", "json", "--chart", chart);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(3, json.RootElement.GetProperty("records").GetInt32());
        Assert.Equal(1.0m, json.RootElement.GetProperty("years")[1].GetProperty("growth").GetDecimal());
        Assert.Equal("US", json.RootElement.GetProperty("topPartners")[0].GetProperty("partner").GetString());
        Assert.True(File.Exists(chart));
    }

    [Fact]
    public void Stats_chart_into_a_missing_folder_exits_2()
    {
        var (exit, _, stderr) = ToolRunner.Run("stats", "--chart", "/no-such-folder-ikm/x.svg");

        Assert.Equal(2, exit);
        Assert.Contains("cannot write the chart", stderr);
    }

    [Theory]
    [InlineData(11, "... and 1 more bad row\n")]
    [InlineData(12, "... and 2 more bad rows\n")]
    public void Stats_counts_the_bad_rows_past_the_first_ten_in_the_singular_when_one(int bad, string expected)
    {
        var rows = string.Concat(Enumerable.Repeat("2021\n", bad));
        var path = TestFiles.Write("bad-comtrade.csv", "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2021,360,842,X,4420,100\n" + rows);

        var (_, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Contains(expected, stderr.Replace("\r\n", "\n"));
    }
}
