using System.IO;
using System.IO.Compression;
using System.Linq;

namespace IkmDomain.Cli.Tests;

/// <summary>ikm feed -o: atomic replace, the shrink guard, .gz, devices, and files that are not products.</summary>
public class FeedPublishTests
{
    [Fact]
    public void A_bad_input_does_not_wipe_the_served_feed()
    {
        var live = TestFiles.TempPath("live.tsv");
        var (first, _, firstErr) = ToolRunner.Run("feed", TestFiles.Sample("products.json"), "-o", live);
        Assert.True(first == 0, firstErr);
        var before = File.ReadAllBytes(live);

        var (exit, _, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products-with-errors.csv"), "-o", live);

        Assert.Equal(1, exit);
        Assert.Equal(before, File.ReadAllBytes(live));
        Assert.Equal(4, File.ReadAllLines(live).Length); // header and three products
        Assert.Contains("was NOT replaced", stderr);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(live)!, "*.tmp", SearchOption.TopDirectoryOnly).Concat(Directory.GetFiles(Path.GetDirectoryName(live)!, ".*.tmp")));
    }

    [Fact]
    public void Min_items_ratio_0_publishes_a_shrunk_feed_on_purpose()
    {
        var live = TestFiles.TempPath("live.tsv");
        ToolRunner.Run("feed", TestFiles.Sample("products.json"), "-o", live);

        var (exit, _, _) = ToolRunner.Run("feed", TestFiles.Sample("products-with-errors.csv"), "-o", live, "--min-items-ratio", "0", "--allow-empty");

        Assert.Equal(1, exit); // records were skipped
        Assert.Single(File.ReadAllLines(live)); // the header only: published because asked to (both guards off)
    }

    [Fact]
    public void A_gz_output_is_gzip_compressed()
    {
        var output = TestFiles.TempPath("feed.xml.gz");

        var (exit, _, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.csv"), "--format", "xml", "-o", output);

        Assert.True(exit == 0, stderr);
        using var gzip = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
        var xml = new StreamReader(gzip).ReadToEnd();
        Assert.Contains("<g:id>TSK-ANY-0031</g:id>", xml);
    }

    [Fact]
    public void A_full_disk_exits_2_with_one_line()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.json"), "-o", "/dev/full");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("error: /dev/full: cannot write the feed: No space left on device", stderr);
        Assert.DoesNotContain("unexpected", stderr);
    }

    [Fact]
    public void A_business_file_is_refused_with_one_line()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("businesses.json"));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("holds business records, not products", line);
    }

    [Fact]
    public void Feed_help_offers_only_marketplaces_with_a_writer()
    {
        var (_, _, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.json"), "--marketplace", "nope");

        Assert.Contains("--marketplace must be one of google", stderr);
    }

    [Fact]
    public void Excel_Indonesian_csv_becomes_a_feed_with_invariant_prices()
    {
        var path = TestFiles.Write("excel.csv", "sku;title;description;materials;price;weight;imageLinks;link;brand\r\nA-1;Tas pandan;Tas anyaman pandan;natural-fibre;150.000;0,6 kg;https://x.example.id/a.jpg;https://x.example.id/a;Rajapolah\r\n");

        var (exit, stdout, stderr) = ToolRunner.Run("feed", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("150000", stdout);
        Assert.DoesNotContain("150.000", stdout);
    }
}
