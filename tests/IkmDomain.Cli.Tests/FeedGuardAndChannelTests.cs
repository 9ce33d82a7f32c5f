using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace IkmDomain.Cli.Tests;

/// <summary>ikm feed: an empty feed is never published by accident; the XML feeds' RSS channel has its link and title.</summary>
public class FeedGuardAndChannelTests
{
    private const string HeaderOnly = "sku,title,description,materials,price,currency,imageLinks,link,brand\n";

    [Fact]
    public void A_header_only_file_with_no_previous_feed_is_refused_and_nothing_is_written()
    {
        var output = TestFiles.TempPath("google.tsv");
        var input = TestFiles.Write("empty.csv", HeaderOnly);

        var (exit, _, stderr) = ToolRunner.Run("feed", input, "-o", output);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(output), "an empty feed was published");
        Assert.Contains("was NOT written: the feed has no products", stderr);
        Assert.Contains("--allow-empty", stderr);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!, "*.tmp"));
    }

    [Fact]
    public void An_empty_feed_does_not_replace_a_feed_even_with_the_shrink_guard_off()
    {
        var live = TestFiles.TempPath("live.tsv");
        Assert.Equal(0, ToolRunner.Run("feed", TestFiles.Sample("products.json"), "-o", live).ExitCode);
        var before = File.ReadAllBytes(live);

        var (exit, _, stderr) = ToolRunner.Run("feed", TestFiles.Write("empty.csv", HeaderOnly), "-o", live, "--min-items-ratio", "0");

        Assert.Equal(1, exit);
        Assert.Equal(before, File.ReadAllBytes(live));
        Assert.Contains("was NOT replaced (the old feed is kept): the new feed has no products", stderr);
        Assert.Contains("--allow-empty", stderr);
    }

    [Fact]
    public void Allow_empty_publishes_an_empty_feed_on_purpose()
    {
        var output = TestFiles.TempPath("google.tsv");

        var (exit, _, stderr) = ToolRunner.Run("feed", TestFiles.Write("empty.csv", HeaderOnly), "-o", output, "--allow-empty");

        Assert.True(exit == 0, stderr);
        Assert.Single(File.ReadAllLines(output)); // the header only
    }

    [Theory]
    [InlineData("google")]
    [InlineData("meta")]
    public void The_XML_channel_link_is_the_site_of_the_products_by_default(string marketplace)
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.csv"), "--marketplace", marketplace, "--format", "xml");

        Assert.True(exit == 0, stderr);
        var channel = XDocument.Parse(stdout).Root!.Element("channel")!;
        Assert.Equal("https://tenun-sumba.example.id/", channel.Element("link")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(channel.Element("title")!.Value));
    }

    [Fact]
    public void Channel_link_and_title_options_fill_the_channel()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.csv"), "--marketplace", "meta", "--format", "xml",
            "--channel-link", "https://toko.example.id/", "--channel-title", "Toko Kerajinan Nusantara");

        Assert.True(exit == 0, stderr);
        var channel = XDocument.Parse(stdout).Root!.Element("channel")!;
        Assert.Equal("https://toko.example.id/", channel.Element("link")!.Value);
        Assert.Equal("Toko Kerajinan Nusantara", channel.Element("title")!.Value);
        Assert.Equal(3, channel.Elements("item").Count());   // the product read ahead for the link is still written
    }

    [Theory]
    [InlineData("xml", "--channel-link", "shop.example.id", "--channel-link must be an absolute http or https URL")]
    [InlineData("tsv", "--channel-link", "https://shop.example.id/", "--channel-link applies to XML feeds only")]
    [InlineData("tsv", "--channel-title", "Toko", "--channel-title applies to XML feeds only")]
    public void Bad_channel_options_exit_2_naming_them(string format, string option, string value, string message)
    {
        var (exit, stdout, stderr) = ToolRunner.Run("feed", TestFiles.Sample("products.csv"), "--format", format, option, value);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr);
    }

    [Fact]
    public void The_demo_writes_XML_feeds_with_a_channel_link()
    {
        var dir = TestFiles.TempPath("demo");

        var (exit, _, stderr) = ToolRunner.Run("demo", "--out", dir);

        Assert.True(exit == 0, stderr);
        foreach (var file in new[] { "google.xml", "meta.xml" })
        {
            var link = XDocument.Load(Path.Combine(dir, file)).Root!.Element("channel")!.Element("link")!.Value;
            Assert.StartsWith("https://", link);
        }
    }
}
