using System;
using BenchmarkDotNet.Running;
using IkmDomain.Benchmarks;

// dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks.CsvHelper33 -- --filter '*'
// Best of 12 wall-clock rounds after 30 warm-up runs, the writers taking turns so that load on a shared
// machine hits both alike: ... -- --best-of
if (args is ["--best-of"] or ["--best-of", _])
{
    var benchmarks = new FeedCsvHelper33Benchmarks();
    benchmarks.Setup();
    var runs = new (string Name, Func<long> Run)[] { ("TSV: IkmDomain generated", benchmarks.IkmDomainTsv), ("TSV: CsvHelper 33.1 (reflection)", benchmarks.CsvHelper33) };
    if (args.Length == 2)
    {
        // "--best-of ours" or "--best-of theirs": one writer alone.
        runs = args[1] == "ours" ? runs[..1] : runs[1..];
    }

    var best = BestOf.Report(runs);
    if (runs.Length == 2)
    {
        Console.WriteLine($"CsvHelper 33 / IkmDomain: {best[1] / best[0]:F2}x");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FeedCsvHelper33Benchmarks).Assembly).Run(args);
