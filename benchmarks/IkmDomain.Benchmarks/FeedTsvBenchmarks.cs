using System.IO;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using IkmDomain.Crafts;
using nietras.SeparatedValues;

namespace IkmDomain.Benchmarks;

/// <summary>
/// 100,000 craft products as a Google Merchant TSV feed, to memory, against CsvHelper 34's generated
/// writer and Sep's writer on the same values, and a plain copy of the same number of bytes.
/// </summary>
[MemoryDiagnoser]
public class FeedTsvBenchmarks
{
    private CraftProduct[] _products = [];
    private PeerRow[] _rows = [];
    private byte[] _feedBytes = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        (_products, _feedBytes, _rows) = FeedBenchmarkData.Build((p, s) => CraftProductFeeds.GoogleMerchantTsv.Write(p, s));
        _stream = new MemoryStream(64 * 1024 * 1024);
        System.Console.WriteLine($"// feed bytes: {_feedBytes.Length}");
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated TSV")]
    public long IkmDomainTsv()
    {
        _stream.SetLength(0);
        CraftProductFeeds.GoogleMerchantTsv.Write(_products, _stream);
        return _stream.Length;
    }

    [Benchmark(Description = "CsvHelper 34 [CsvRecord]")]
    public long CsvHelper34()
    {
        _stream.SetLength(0);
        using (var csv = CsvWriter.Create(_stream, CsvWriterOptions.Default with { Separator = '\t', NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecords(_rows);
        }

        return _stream.Length;
    }

    [Benchmark(Description = "Sep 0.17 writer")]
    public long Sep017()
    {
        _stream.SetLength(0);
        using (var writer = Sep.New('\t').Writer(o => o with { Escape = true }).To(_stream, leaveOpen: true))
        {
            foreach (var r in _rows)
            {
                using var row = writer.NewRow();
                row["id"].Set(r.Id);
                row["title"].Set(r.Title);
                row["description"].Set(r.Description);
                row["link"].Set(r.Link);
                row["image_link"].Set(r.ImageLink);
                row["additional_image_link"].Set(r.AdditionalImageLink);
                row["availability"].Set(r.Availability);
                row["price"].Format(r.Price);
                row["currency"].Set(r.Currency);
                row["brand"].Set(r.Brand);
                row["condition"].Set(r.Condition);
                row["material"].Set(r.Material);
                row["shipping_weight"].Set(r.ShippingWeight);
            }
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
}
