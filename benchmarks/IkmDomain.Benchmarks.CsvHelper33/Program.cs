using System;
using System.Diagnostics;
using BenchmarkDotNet.Running;
using IkmDomain.Benchmarks;

// dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks.CsvHelper33 -- --filter '*' --job short
// Best of 12 wall-clock runs after 30 warm-up runs (robust on a busy machine): ... -- --best-of
if (args is ["--best-of"])
{
    var benchmarks = new FeedCsvHelper33Benchmarks();
    benchmarks.Setup();
    foreach (var (name, run) in new (string, Func<long>)[] { ("TSV: IkmDomain generated", benchmarks.IkmDomainTsv), ("TSV: CsvHelper 33.1 (reflection)", benchmarks.CsvHelper33) })
    {
        long bytes = 0;
        for (var i = 0; i < 30; i++)
        {
            bytes = run();
        }

        var best = double.MaxValue;
        for (var i = 0; i < 12; i++)
        {
            var sw = Stopwatch.StartNew();
            bytes = run();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name,-34} best {best,8:F1} ms  {bytes / 1e6 / (best / 1000),8:F0} MB/s  {bytes,10} bytes");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FeedCsvHelper33Benchmarks).Assembly).Run(args);
