using BenchmarkDotNet.Attributes;
using IkmDomain.Regions;

namespace IkmDomain.Benchmarks;

/// <summary>
/// RegionDirectory: lookups once loaded, a cold load of a level (time and managed allocation), and
/// name search over all levels.
/// Run: dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --filter '*RegionBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class RegionBenchmarks
{
    private readonly RegionDirectory _directory = RegionDirectory.Default;
    private RegionCode _village;
    private RegionCode _regency;
    private RegionCode _missing;

    [GlobalSetup]
    public void Setup()
    {
        _village = RegionCode.Parse("35.73.01.1001");
        _regency = RegionCode.Parse("35.73");
        _missing = RegionCode.Parse("35.73.01.3999");

        // Load every level and build every search index, so the lookup benchmarks measure warm paths.
        _directory.Search("malang");
    }

    [Benchmark(Description = "Find village (loaded)")]
    public Region? FindVillage() => _directory.Find(_village);

    [Benchmark(Description = "Find regency (loaded)")]
    public Region? FindRegency() => _directory.Find(_regency);

    [Benchmark(Description = "Exists, unknown village")]
    public bool ExistsMissing() => _directory.Exists(_missing);

    [Benchmark(Description = "RegionCode.Parse village")]
    public RegionCode ParseVillage() => RegionCode.Parse("35.73.01.1001");

    [Benchmark(Description = "Cold load: 83,762 villages")]
    public int ColdLoadVillages() => new RegionDirectory().Count(RegionLevel.Village);

    [Benchmark(Description = "Cold load: all four levels")]
    public int ColdLoadAll()
    {
        var directory = new RegionDirectory();
        return directory.Count(RegionLevel.Province) + directory.Count(RegionLevel.Regency)
            + directory.Count(RegionLevel.District) + directory.Count(RegionLevel.Village);
    }

    [Benchmark(Description = "Search \"malang\", all levels")]
    public int SearchMalang() => _directory.Search("malang").Count;

    [Benchmark(Description = "Search \"Kab. Malang\", all levels")]
    public int SearchKabMalang() => _directory.Search("Kab. Malang").Count;

    [Benchmark(Description = "Search \"jogja\" (alias), all levels")]
    public int SearchJogja() => _directory.Search("jogja").Count;

    [Benchmark(Description = "Search \"sari\" (thousands of matches)")]
    public int SearchSari() => _directory.Search("sari").Count;
}
