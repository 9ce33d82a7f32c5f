using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using IkmDomain.Crafts;

namespace IkmDomain.Benchmarks;

/// <summary>100,000 craft products as Google TSV: the generated writer against CsvHelper 33.1 (reflection) on the same values.</summary>
[MemoryDiagnoser]
public class FeedCsvHelper33Benchmarks
{
    private CraftProduct[] _products = [];
    private PeerRow[] _rows = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        (_products, _, _rows) = FeedBenchmarkData.Build((p, s) => CraftProductFeeds.GoogleMerchantTsv.Write(p, s));
        _stream = new MemoryStream(64 * 1024 * 1024);
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated TSV")]
    public long IkmDomainTsv()
    {
        _stream.SetLength(0);
        CraftProductFeeds.GoogleMerchantTsv.Write(_products, _stream);
        return _stream.Length;
    }

    [Benchmark(Description = "CsvHelper 33.1 (reflection)")]
    public long CsvHelper33()
    {
        _stream.SetLength(0);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = "\t", NewLine = "\n" };
        using (var writer = new StreamWriter(_stream, new UTF8Encoding(false), 65536, leaveOpen: true))
        using (var csv = new CsvWriter(writer, configuration))
        {
            csv.WriteRecords(_rows);
        }

        return _stream.Length;
    }
}
