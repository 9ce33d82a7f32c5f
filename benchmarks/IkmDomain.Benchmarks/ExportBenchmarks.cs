using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using IkmDomain;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;

namespace IkmDomain.Benchmarks;

/// <summary>Reading and summarising 10,000 UN Comtrade rows; parsing country codes.</summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private byte[] _csv = [];
    private byte[] _json = [];
    private ExportRecord[] _records = [];

    [GlobalSetup]
    public async Task Setup()
    {
        var partners = CountryCode.All.Where(c => c != CountryCode.Indonesia).ToArray();
        var codes = new[] { "4420", "442011", "4602", "6913", "7113", "4202" }.Select(HsCode.Parse).ToArray();
        _records = Enumerable.Range(0, 10_000)
            .Select(i => new ExportRecord(TradePeriod.ForYear(2010 + (i % 14)), partners[i % partners.Length], Money.Usd(i * 12.34m), ExportSource.UnComtrade)
            {
                HsCode = codes[i % codes.Length],
                NetWeightKg = i,
            })
            .ToArray();
        using var csv = new MemoryStream();
        await ComtradeWriter.WriteCsvAsync(_records, csv);
        _csv = csv.ToArray();
        using var json = new MemoryStream();
        await ComtradeWriter.WriteJsonAsync(_records, json);
        _json = json.ToArray();
    }

    [Benchmark]
    public async Task<int> ReadComtradeCsv10k()
    {
        var n = 0;
        await foreach (var _ in ComtradeReader.ReadCsvAsync(new MemoryStream(_csv)))
        {
            n++;
        }

        return n;
    }

    [Benchmark]
    public async Task<int> ReadComtradeJson10k()
    {
        var n = 0;
        await foreach (var _ in ComtradeReader.ReadJsonAsync(new MemoryStream(_json)))
        {
            n++;
        }

        return n;
    }

    [Benchmark]
    public async Task<long> WriteComtradeCsv10k() => await ComtradeWriter.WriteCsvAsync(_records, Stream.Null);

    [Benchmark]
    public IReadOnlyList<KeyValuePair<CountryCode, Money>> SummariseTotalsAndTopPartners10k()
    {
        var stats = new ExportStatistics(_records);
        _ = stats.TotalsByYear();
        return stats.TopPartners(10);
    }

    [Benchmark]
    public CountryCode ParseCountryAlpha3() => CountryCode.Parse("IDN");
}
