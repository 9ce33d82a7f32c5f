using System;
using System.Diagnostics;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Best-of-12 wall-clock times (after 30 warm-up runs, so tiered JIT and PGO have settled) for the feed writers (the method the feed issue's peer figures use),
/// robust on a shared machine where BenchmarkDotNet's short job is noisy. Run with
/// <c>dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --feeds-best-of</c>.
/// </summary>
public static class FeedBestOf
{
    public static void Run()
    {
        var tsv = new FeedTsvBenchmarks();
        tsv.Setup();
        Report("TSV: IkmDomain generated", tsv.IkmDomainTsv);
        Report("TSV: CsvHelper 34 [CsvRecord]", tsv.CsvHelper34);
        Report("TSV: Sep 0.17 writer", tsv.Sep017);
        Report("TSV: memory copy", tsv.MemoryCopy);
        var xml = new FeedXmlBenchmarks();
        xml.Setup();
        Report("XML: IkmDomain generated", xml.IkmDomainXml);
        Report("XML: XmlSerializer", xml.XmlSerializerRss);
        Report("XML: XmlWriter loop", xml.XmlWriterLoop);
        Report("XML: memory copy", xml.MemoryCopy);
    }

    private static void Report(string name, Func<long> run)
    {
        long bytes = 0;
        for (var i = 0; i < 30; i++)
        {
            bytes = run();
        }

        var best = double.MaxValue;
        long allocated = 0;
        for (var i = 0; i < 12; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            bytes = run();
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{name,-32} best {best,8:F1} ms  {bytes / 1e6 / (best / 1000),8:F0} MB/s  {bytes,10} bytes  {allocated,10} B allocated");
    }
}
