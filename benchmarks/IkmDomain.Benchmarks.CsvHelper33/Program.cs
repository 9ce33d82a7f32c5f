using System;
using System.Diagnostics;
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
    var best = new double[runs.Length];
    var bytes = new long[runs.Length];
    Array.Fill(best, double.MaxValue);
    for (var i = 0; i < 30; i++)
    {
        foreach (var (_, run) in runs)
        {
            run();
        }
    }

    for (var round = 0; round < 12; round++)
    {
        for (var r = 0; r < runs.Length; r++)
        {
            // A full collection before each timed run, as BenchmarkDotNet does before each iteration.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var sw = Stopwatch.StartNew();
            bytes[r] = runs[r].Run();
            best[r] = Math.Min(best[r], sw.Elapsed.TotalMilliseconds);
        }
    }

    for (var r = 0; r < runs.Length; r++)
    {
        Console.WriteLine($"{runs[r].Name,-34} best {best[r],8:F1} ms  {bytes[r] / 1e6 / (best[r] / 1000),8:F0} MB/s  {bytes[r],10} bytes");
    }

    if (runs.Length == 2)
    {
        Console.WriteLine($"CsvHelper 33 / IkmDomain: {best[1] / best[0]:F2}x");
    }
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FeedCsvHelper33Benchmarks).Assembly).Run(args);
