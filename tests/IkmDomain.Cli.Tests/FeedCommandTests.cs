using System.IO;

namespace IkmDomain.Cli.Tests;

public class FeedCommandTests
{
    [Fact]
    public void Tsv_feed_goes_to_stdout_and_the_report_to_stderr()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.json"), "--marketplace", "google", "--format", "tsv");

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("id\ttitle\tdescription\t", stdout);
        Assert.Contains("\nPKL-BTK-0042\tKain batik tulis Pekalongan", stdout);
        Assert.Equal(4, stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("3 written, 0 skipped", stderr);
    }

    [Fact]
    public void Xml_feed_from_csv_is_written_to_the_output_file()
    {
        var output = TestFiles.TempPath("feed.xml");

        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.csv"), "--format", "xml", "-o", output);

        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout);
        var xml = File.ReadAllText(output);
        Assert.StartsWith("<?xml", xml);
        Assert.Contains("<g:id>TSK-ANY-0031</g:id>", xml);
        Assert.Contains("3 written, 0 skipped", stderr);
        Assert.Contains(output, stderr);
    }

    [Fact]
    public void Invalid_products_are_skipped_with_their_reasons_and_exit_1()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products-with-errors.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("skipped: line 2 (BLI-PRK-0005): price: IKM408", stderr);
        Assert.Contains("0 written, 2 skipped", stderr);
        Assert.DoesNotContain("BLI-PRK", stdout);
    }

    [Theory]
    [InlineData("--marketplace", "lazada")]
    [InlineData("--format", "json")]
    public void Unsupported_marketplace_or_format_exits_2(string option, string value)
    {
        var (exit, _, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.json"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains(value, stderr);
    }

    [Fact]
    public void A_missing_input_file_exits_2()
    {
        var (exit, _, stderr) = ToolRunner.Run("feed", "missing-products.csv");

        Assert.Equal(2, exit);
        Assert.Contains("missing-products.csv: file not found", stderr);
    }

    [Fact]
    public void An_unwritable_output_exits_2_naming_it()
    {
        var output = Path.Combine(Path.GetTempPath(), "ikm-no-such-dir-" + Path.GetRandomFileName(), "feed.tsv");

        var (exit, _, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.json"), "-o", output);

        Assert.Equal(2, exit);
        Assert.Contains("cannot write the feed", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }
}
