using System;
using System.IO;
using System.Text;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// The feed writers' one read of a <see cref="Uri"/> link (rule and text together): the same rule as
/// <c>FeedRules.IsHttpUrl</c>, nothing written when it fails, the escaped absolute text when it holds.
/// </summary>
public class HttpUrlWriteTests
{
    [Theory]
    [InlineData("https://toko.example/p/ukir-001", true)]
    [InlineData("http://toko.example/p?a=1,2", true)]
    [InlineData("HTTPS://Toko.Example/a b", true)]
    [InlineData("ftp://toko.example/x", false)]
    [InlineData("file:///tmp/x", false)]
    [InlineData("mailto:toko@example.com", false)]
    public void Writes_exactly_the_links_the_feed_rule_accepts(string text, bool accepted)
    {
        var uri = new Uri(text, UriKind.Absolute);
        Assert.Equal(accepted, IkmDomain.Feeds.FeedRules.IsHttpUrl(uri, 2000));
        var (ok, written) = Write(uri, 2000, escapeCommas: false);
        Assert.Equal(accepted, ok);
        Assert.Equal(accepted ? uri.AbsoluteUri : string.Empty, written);
    }

    [Fact]
    public void A_relative_link_or_one_over_the_limit_writes_nothing()
    {
        Assert.Equal((false, string.Empty), Write(new Uri("/p/ukir-001", UriKind.Relative), 2000, escapeCommas: false));
        var link = new Uri("https://toko.example/p/ukir-001");
        Assert.Equal((false, string.Empty), Write(link, link.AbsoluteUri.Length - 1, escapeCommas: false));
        Assert.Equal((true, link.AbsoluteUri), Write(link, link.AbsoluteUri.Length, escapeCommas: false));
    }

    [Fact]
    public void Commas_are_escaped_only_in_lists()
    {
        var link = new Uri("https://toko.example/img/a,b.jpg");
        Assert.Equal((true, "https://toko.example/img/a%2Cb.jpg"), Write(link, 2000, escapeCommas: true));
        Assert.Equal((true, "https://toko.example/img/a,b.jpg"), Write(link, 2000, escapeCommas: false));
    }

    private static (bool Ok, string Written) Write(Uri uri, int max, bool escapeCommas)
    {
        using var writer = new IkmDomain.Feeds.FeedBufferWriter();
        var ok = writer.TryWriteHttpUrl(uri, max, escapeCommas);
        using var stream = new MemoryStream();
        writer.FlushTo(stream);
        return (ok, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
