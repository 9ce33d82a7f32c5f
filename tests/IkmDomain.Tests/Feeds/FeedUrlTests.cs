using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace IkmDomain.Tests.Feeds;

public class FeedUrlTests
{
    private static UrlListing Listing(string id = "U-1") => new(
        id,
        "Gerabah Kasongan",
        "Gerabah tanah liat.",
        new FeedUrl(new Uri("https://toko.example/gerabah")),
        new FeedUrl(new Uri("https://toko.example/img/g.jpg")),
        StockState.InStock,
        "90000.00 IDR");

    [Fact]
    public void Holds_the_escaped_absolute_text()
    {
        var url = new FeedUrl(new Uri("HTTPS://Toko.Example/kain batik?warna=biru"));

        Assert.Equal("https://toko.example/kain%20batik?warna=biru", url.Text);
        Assert.Equal(url.Text, url.ToString());
        Assert.False(url.IsEmpty);
    }

    [Theory]
    [InlineData("ftp://toko.example/x")]
    [InlineData("mailto:toko@example.com")]
    public void Rejects_other_schemes_naming_the_url_and_the_rule(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => new FeedUrl(new Uri(text)));

        Assert.Equal("url", ex.ParamName);
        Assert.Contains("absolute http or https", ex.Message);
        Assert.Contains(text, ex.Message);
        Assert.False(FeedUrl.TryCreate(new Uri(text), out var result));
        Assert.True(result.IsEmpty);
    }

    [Fact]
    public void Rejects_relative_and_null_urls()
    {
        Assert.Throws<ArgumentException>(() => new FeedUrl(new Uri("/x", UriKind.Relative)));
        Assert.Throws<ArgumentNullException>(() => new FeedUrl(null!));
        Assert.False(FeedUrl.TryCreate(null, out _));
        Assert.False(FeedUrl.TryCreate(new Uri("/x", UriKind.Relative), out _));
    }

    [Fact]
    public void Default_is_empty_and_equality_is_on_the_text()
    {
        Assert.True(default(FeedUrl).IsEmpty);
        Assert.Equal(string.Empty, default(FeedUrl).Text);
        Assert.True(FeedUrl.TryCreate(new Uri("https://a.example/x"), out var a));
        Assert.Equal(a, new FeedUrl(new Uri("HTTPS://A.EXAMPLE/x")));
        Assert.True(a == new FeedUrl(new Uri("https://a.example/x")));
        Assert.True(a != new FeedUrl(new Uri("https://a.example/y")));
        Assert.Equal(a.GetHashCode(), new FeedUrl(new Uri("https://a.example/x")).GetHashCode());
        Assert.NotEqual(a, default);
    }

    [Fact]
    public void Generated_writers_write_FeedUrl_members_like_Uri_members()
    {
        var listing = Listing() with
        {
            ImageLinks = [new FeedUrl(new Uri("https://toko.example/img/a,b.jpg")), new FeedUrl(new Uri("https://toko.example/img/c.jpg"))],
        };
        using var tsv = new MemoryStream();
        using var xml = new MemoryStream();

        ListingFeedsOf(listing, tsv, xml);

        var row = tsv.Utf8().Split('\n')[1].Split('\t');
        Assert.Equal("https://toko.example/gerabah", row[3]);
        Assert.Equal("https://toko.example/img/g.jpg", row[4]);
        Assert.Equal("https://toko.example/img/a%2Cb.jpg,https://toko.example/img/c.jpg", row[5]);
        XNamespace g = "http://base.google.com/ns/1.0";
        var item = XDocument.Parse(xml.Utf8()).Descendants("item").Single();
        Assert.Equal("https://toko.example/gerabah", item.Element(g + "link")!.Value);
        Assert.Equal(["https://toko.example/img/a,b.jpg", "https://toko.example/img/c.jpg"], item.Elements(g + "additional_image_link").Select(e => e.Value));
    }

    [Fact]
    public void An_empty_required_FeedUrl_is_missing_and_a_too_long_one_is_skipped()
    {
        var empty = Listing("EMPTY") with { Link = default };
        var missingImage = Listing("NOIMG") with { ImageLink = null };
        var longUrl = Listing("LONG") with { Link = new FeedUrl(new Uri("https://toko.example/" + new string('x', 2000))) };
        using var stream = new MemoryStream();

        var result = UrlListingFeeds.GoogleMerchantTsv.Write([empty, missingImage, longUrl, Listing("OK")], stream);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(
            [
                new FeedSkippedItem(0, "EMPTY", "link", "is missing") { Code = "IKM491" },
                new FeedSkippedItem(1, "NOIMG", "image_link", "is missing") { Code = "IKM491" },
                new FeedSkippedItem(2, "LONG", "link", "is not an absolute http(s) URL of at most 2000 characters") { Code = "IKM417" },
            ],
            result.Skipped);
        Assert.Equal(2, stream.Utf8().Count(c => c == '\n'));
    }

    [Fact]
    public void CraftProduct_feeds_follow_a_changed_link_after_a_first_feed()
    {
        var product = CraftProductFeedTests.Product();
        using var first = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write([product], first);

        var moved = product with { Link = new Uri("https://toko.example/baru"), ImageLinks = [new Uri("https://toko.example/img/baru.jpg")] };
        using var second = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write([moved], second);

        var row = second.Utf8().Split('\n')[1].Split('\t');
        Assert.Equal("https://toko.example/baru", row[3]);
        Assert.Equal("https://toko.example/img/baru.jpg", row[4]);
        Assert.Equal(string.Empty, row[5]);
        Assert.Contains("https://toko.example/topeng", first.Utf8());
    }

    [Fact]
    public void A_CraftProduct_written_to_a_feed_still_equals_one_that_was_not()
    {
        var written = CraftProductFeedTests.Product();
        var fresh = CraftProductFeedTests.Product();
        using var stream = new MemoryStream();

        CraftProductFeeds.GoogleMerchantXml.Write([written], stream);

        Assert.Equal(fresh, written);
        Assert.Equal(fresh.GetHashCode(), written.GetHashCode());
    }

    [Fact]
    public void Threads_writing_the_same_new_products_at_once_write_the_same_bytes()
    {
        // The first feed of each product makes its links' cache; racing threads must all see whole texts.
        var products = Enumerable.Range(0, 2000).Select(i => CraftProductFeedTests.Product("P-" + i)).ToArray();
        using var reference = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write(products.Select(p => p with { }).ToArray(), reference);

        var outputs = new byte[4][];
        System.Threading.Tasks.Parallel.For(0, outputs.Length, t =>
        {
            using var stream = new MemoryStream();
            CraftProductFeeds.GoogleMerchantTsv.Write(products, stream);
            outputs[t] = stream.ToArray();
        });

        Assert.All(outputs, o => Assert.Equal(reference.ToArray(), o));
    }

    [Fact]
    public void Query_ampersands_are_escaped_in_XML_for_Uri_and_FeedUrl_members()
    {
        var uri = new Uri("https://toko.example/p?warna=biru&ukuran=besar");
        var uriListing = FeedTestData.Batik() with { Link = uri };
        var urlListing = Listing() with { Link = new FeedUrl(uri) };
        using var a = new MemoryStream();
        using var b = new MemoryStream();

        ListingFeeds.GoogleMerchantXml.Write([uriListing], a);
        UrlListingFeeds.GoogleMerchantXml.Write([urlListing], b);

        XNamespace g = "http://base.google.com/ns/1.0";
        foreach (var xml in new[] { a.Utf8(), b.Utf8() })
        {
            Assert.Contains("<g:link>https://toko.example/p?warna=biru&amp;ukuran=besar</g:link>", xml);
            Assert.Equal(uri.AbsoluteUri, XDocument.Parse(xml).Descendants(g + "link").Single().Value);
        }
    }

    private static void ListingFeedsOf(UrlListing listing, MemoryStream tsv, MemoryStream xml)
    {
        Assert.Equal(1, UrlListingFeeds.GoogleMerchantTsv.Write([listing], tsv).ItemsWritten);
        Assert.Equal(1, UrlListingFeeds.GoogleMerchantXml.Write([listing], xml).ItemsWritten);
    }
}
