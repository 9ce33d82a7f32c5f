using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using IkmDomain.Crafts;

namespace IkmDomain.Benchmarks;

/// <summary>
/// 100,000 craft products as a Meta catalogue CSV feed, to memory, against CsvHelper 34's generated
/// writer on the same values (flat text columns, the price already "450000.00 IDR"). Our writer also
/// checks each item against Meta's limits, strips HTML from the description and holds the ids to
/// skip every item that shares one.
/// </summary>
[MemoryDiagnoser]
public class FeedMetaCsvBenchmarks
{
    private CraftProduct[] _products = [];
    private MetaPeerRow[] _rows = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        (_products, var feed, _) = FeedBenchmarkData.Build((p, s) => CraftProductFeeds.MetaCatalogCsv.Write(p, s));
        _rows = FeedBenchmarkData.Products().Select(MetaPeerRow.From).ToArray();
        _stream = new MemoryStream(64 * 1024 * 1024);
        CsvHelper34();
        System.Console.WriteLine($"// feed bytes: ours {feed.Length}, CsvHelper {_stream.Length}");
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated Meta CSV")]
    public long IkmDomainCsv()
    {
        _stream.SetLength(0);
        CraftProductFeeds.MetaCatalogCsv.Write(_products, _stream);
        return _stream.Length;
    }

    [Benchmark(Description = "CsvHelper 34 [CsvRecord]")]
    public long CsvHelper34()
    {
        _stream.SetLength(0);
        using (var csv = CsvWriter.Create(_stream, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecords(_rows);
        }

        return _stream.Length;
    }
}

/// <summary>The values of a Meta catalogue row, as a general-purpose CSV writer takes them.</summary>
[CsvHelper.CsvRecord]
public sealed partial class MetaPeerRow
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Availability { get; set; } = "";

    public string Condition { get; set; } = "";

    public string Price { get; set; } = "";

    public string Link { get; set; } = "";

    public string ImageLink { get; set; } = "";

    public string Brand { get; set; } = "";

    public string AdditionalImageLink { get; set; } = "";

    public string SalePrice { get; set; } = "";

    public string Gtin { get; set; } = "";

    public string Material { get; set; } = "";

    public string ShippingWeight { get; set; } = "";

    public static MetaPeerRow From(CraftProduct p) => new()
    {
        Id = p.Sku,
        Title = p.Title,
        Description = p.Description,
        Availability = "in stock",
        Condition = "new",
        Price = p.Price.Amount.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " " + p.Price.Currency.Code,
        Link = p.Link.AbsoluteUri,
        ImageLink = p.ImageLink.AbsoluteUri,
        Brand = p.Brand,
        AdditionalImageLink = string.Join(",", p.ImageLinks.Skip(1).Select(u => u.AbsoluteUri)),
        Material = string.Join("/", p.Materials.Select(m => m.Code)),
        ShippingWeight = p.Weight!.Value.ToString(),
    };
}
