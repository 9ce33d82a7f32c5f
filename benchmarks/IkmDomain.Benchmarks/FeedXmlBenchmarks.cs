using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using System.Xml.Serialization;
using BenchmarkDotNet.Attributes;
using IkmDomain.Crafts;

namespace IkmDomain.Benchmarks;

/// <summary>100,000 craft products as a Google Merchant RSS 2.0 feed, against XmlSerializer and a hand-written XmlWriter loop.</summary>
[MemoryDiagnoser]
public class FeedXmlBenchmarks
{
    private const string G = "http://base.google.com/ns/1.0";
    private static readonly XmlSerializer Serializer = new(typeof(Rss));
    private CraftProduct[] _products = [];
    private PeerRow[] _rows = [];
    private Rss _rss = new();
    private byte[] _feedBytes = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        (_products, _feedBytes, _rows) = FeedBenchmarkData.Build((p, s) => CraftProductFeeds.GoogleMerchantXml.Write(p, s));
        _stream = new MemoryStream(128 * 1024 * 1024);
        _rss = new Rss();
        foreach (var r in _rows)
        {
            _rss.Channel.Items.Add(new RssItem
            {
                Id = r.Id, Title = r.Title, Description = r.Description, Link = r.Link, ImageLink = r.ImageLink,
                AdditionalImageLink = r.AdditionalImageLink, Availability = r.Availability,
                Price = r.Price.ToString("F2", CultureInfo.InvariantCulture) + " " + r.Currency, Brand = r.Brand,
                Condition = r.Condition, Material = r.Material, ShippingWeight = r.ShippingWeight,
            });
        }

        System.Console.WriteLine($"// feed bytes: {_feedBytes.Length}");
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated RSS")]
    public long IkmDomainXml()
    {
        _stream.SetLength(0);
        CraftProductFeeds.GoogleMerchantXml.Write(_products, _stream);
        return _stream.Length;
    }

    [Benchmark(Description = "XmlSerializer")]
    public long XmlSerializerRss()
    {
        _stream.SetLength(0);
        var ns = new XmlSerializerNamespaces();
        ns.Add("g", G);
        using (var writer = XmlWriter.Create(_stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            Serializer.Serialize(writer, _rss, ns);
        }

        return _stream.Length;
    }

    [Benchmark(Description = "hand-written XmlWriter loop")]
    public long XmlWriterLoop()
    {
        _stream.SetLength(0);
        using (var w = XmlWriter.Create(_stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "g", null, G);
            w.WriteStartElement("channel");
            w.WriteElementString("title", "Products");
            w.WriteElementString("link", "");
            w.WriteElementString("description", "Product feed");
            foreach (var r in _rows)
            {
                w.WriteStartElement("item");
                w.WriteElementString("g", "id", G, r.Id);
                w.WriteElementString("g", "title", G, r.Title);
                w.WriteElementString("g", "description", G, r.Description);
                w.WriteElementString("g", "link", G, r.Link);
                w.WriteElementString("g", "image_link", G, r.ImageLink);
                w.WriteElementString("g", "additional_image_link", G, r.AdditionalImageLink);
                w.WriteElementString("g", "availability", G, r.Availability);
                w.WriteStartElement("g", "price", G);
                w.WriteValue(r.Price);
                w.WriteString(" " + r.Currency);
                w.WriteEndElement();
                w.WriteElementString("g", "brand", G, r.Brand);
                w.WriteElementString("g", "condition", G, r.Condition);
                w.WriteElementString("g", "material", G, r.Material);
                w.WriteElementString("g", "shipping_weight", G, r.ShippingWeight);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        return _stream.Length;
    }

    [Benchmark(Description = "memory copy of the feed bytes")]
    public long MemoryCopy()
    {
        _stream.SetLength(0);
        _stream.Write(_feedBytes, 0, _feedBytes.Length);
        return _stream.Length;
    }

    [XmlRoot("rss")]
    public sealed class Rss
    {
        [XmlAttribute("version")]
        public string Version { get; set; } = "2.0";

        [XmlElement("channel")]
        public RssChannel Channel { get; set; } = new();
    }

    public sealed class RssChannel
    {
        [XmlElement("title")]
        public string Title { get; set; } = "Products";

        [XmlElement("link")]
        public string Link { get; set; } = "";

        [XmlElement("description")]
        public string Description { get; set; } = "Product feed";

        [XmlElement("item")]
        public List<RssItem> Items { get; } = [];
    }

    public sealed class RssItem
    {
        [XmlElement("id", Namespace = G)] public string Id { get; set; } = "";
        [XmlElement("title", Namespace = G)] public string Title { get; set; } = "";
        [XmlElement("description", Namespace = G)] public string Description { get; set; } = "";
        [XmlElement("link", Namespace = G)] public string Link { get; set; } = "";
        [XmlElement("image_link", Namespace = G)] public string ImageLink { get; set; } = "";
        [XmlElement("additional_image_link", Namespace = G)] public string AdditionalImageLink { get; set; } = "";
        [XmlElement("availability", Namespace = G)] public string Availability { get; set; } = "";
        [XmlElement("price", Namespace = G)] public string Price { get; set; } = "";
        [XmlElement("brand", Namespace = G)] public string Brand { get; set; } = "";
        [XmlElement("condition", Namespace = G)] public string Condition { get; set; } = "";
        [XmlElement("material", Namespace = G)] public string Material { get; set; } = "";
        [XmlElement("shipping_weight", Namespace = G)] public string ShippingWeight { get; set; } = "";
    }
}
