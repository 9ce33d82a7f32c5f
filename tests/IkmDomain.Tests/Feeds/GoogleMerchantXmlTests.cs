using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace IkmDomain.Tests.Feeds;

public class GoogleMerchantXmlTests
{
    private static readonly XNamespace G = "http://base.google.com/ns/1.0";

    private static XDocument Parse(MemoryStream stream)
    {
        stream.Position = 0;
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    [Fact]
    public void Writes_an_RSS_2_channel_with_one_item_per_product_and_g_elements()
    {
        using var stream = new MemoryStream();
        var options = new FeedWriterOptions { ChannelTitle = "Toko & Co", ChannelLink = new Uri("https://toko.example/"), ChannelDescription = "Kerajinan" };

        ListingFeeds.GoogleMerchantXml.Write([FeedTestData.Batik("A"), FeedTestData.Batik("B")], stream, options);

        var doc = Parse(stream);
        Assert.Equal("2.0", doc.Root!.Attribute("version")!.Value);
        var channel = doc.Root.Element("channel")!;
        Assert.Equal("Toko & Co", channel.Element("title")!.Value);
        Assert.Equal("https://toko.example/", channel.Element("link")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal(["A", "B"], items.Select(i => i.Element(G + "id")!.Value));
        Assert.Equal("350000.00 IDR", items[0].Element(G + "price")!.Value);
        Assert.Equal("in_stock", items[0].Element(G + "availability")!.Value);
        Assert.Equal("0.5 kg", items[0].Element(G + "shipping_weight")!.Value);
    }

    [Fact]
    public void Starts_with_the_declaration_and_has_no_byte_order_mark()
    {
        using var stream = new MemoryStream();

        ListingFeeds.GoogleMerchantXml.Write([FeedTestData.Batik()], stream);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">", stream.Utf8());
    }

    [Fact]
    public void Markup_characters_are_escaped_as_entities()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with { Description = "<em>Batik</em> & \"tenun\" > 2" };

        ListingFeeds.GoogleMerchantXml.Write([item], stream);

        Assert.Contains("<g:description>&lt;em&gt;Batik&lt;/em&gt; &amp; \"tenun\" &gt; 2</g:description>", stream.Utf8());
        Assert.Equal("<em>Batik</em> & \"tenun\" > 2", Parse(stream).Descendants(G + "description").Single().Value);
    }

    [Fact]
    public void Characters_XML_forbids_are_removed_and_CR_is_kept()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with { Title = "a\u0001b\u001Fc\uFFFEd\r\ne\tf" };

        ListingFeeds.GoogleMerchantXml.Write([item], stream);

        Assert.Equal("abcd\r\ne\tf", Parse(stream).Descendants(G + "title").Single().Value);
    }

    [Fact]
    public void Repeated_attributes_become_repeated_elements()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with
        {
            ImageLinks = [new Uri("https://toko.example/a,b.jpg"), new Uri("https://toko.example/c.jpg")],
            ProductTypes = ["Rumah > Dekorasi", "Kain"],
        };

        ListingFeeds.GoogleMerchantXml.Write([item], stream);

        var doc = Parse(stream);
        Assert.Equal(["https://toko.example/a,b.jpg", "https://toko.example/c.jpg"], doc.Descendants(G + "additional_image_link").Select(e => e.Value));
        Assert.Equal(["Rumah > Dekorasi", "Kain"], doc.Descendants(G + "product_type").Select(e => e.Value));
    }

    [Fact]
    public void Absent_optional_values_write_no_element()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with { Brand = null, Condition = null, ShippingWeight = null };

        ListingFeeds.GoogleMerchantXml.Write([item], stream);

        var doc = Parse(stream);
        Assert.Empty(doc.Descendants(G + "brand"));
        Assert.Empty(doc.Descendants(G + "condition"));
        Assert.Empty(doc.Descendants(G + "shipping_weight"));
    }

    [Fact]
    public void Skipped_items_leave_the_document_well_formed()
    {
        using var stream = new MemoryStream();
        var bad = FeedTestData.Batik("BAD") with { Title = "" };

        var result = ListingFeeds.GoogleMerchantXml.Write([bad, FeedTestData.Batik("OK")], stream);

        Assert.Equal(1, result.ItemsSkipped);
        Assert.Equal("OK", Parse(stream).Descendants(G + "id").Single().Value);
    }
}
