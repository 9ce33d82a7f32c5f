using System;
using System.Diagnostics;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Best-of-12 wall-clock times for the feed writers (see <see cref="BestOf"/>). Run with
/// <c>dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --feeds-best-of</c>.
/// </summary>
public static class FeedBestOf
{
    public static void Run()
    {
        var tsv = new FeedTsvBenchmarks();
        tsv.Setup();
        BestOf.Report(
            ("TSV: IkmDomain generated", tsv.IkmDomainTsv),
            ("TSV: CsvHelper 34 [CsvRecord]", tsv.CsvHelper34),
            ("TSV: Sep 0.17 writer", tsv.Sep017),
            ("TSV: memory copy", tsv.MemoryCopy));
        FirstFeed();
        var xml = new FeedXmlBenchmarks();
        xml.Setup();
        BestOf.Report(
            ("XML: IkmDomain generated", xml.IkmDomainXml),
            ("XML: XmlSerializer", xml.XmlSerializerRss),
            ("XML: XmlWriter loop", xml.XmlWriterLoop),
            ("XML: memory copy", xml.MemoryCopy));
    }

    /// <summary>
    /// Issue 13's peers, best of 12 each: schema.org JSON against System.Text.Json source generation,
    /// TikTok Shop and Shopee JSON against the same, Meta CSV against CsvHelper 34, Google TSV of a
    /// type with Uri links against CsvHelper 34.
    /// Run with <c>-- --feeds-best-of peers</c>.
    /// </summary>
    public static void RunPeers()
    {
        var json = new FeedJsonBenchmarks();
        json.Setup();
        var best = BestOf.Report(("JSON: IkmDomain schema.org", json.IkmDomainJson), ("JSON: System.Text.Json source gen", json.SystemTextJson));
        Console.WriteLine($"System.Text.Json / IkmDomain: {best[1] / best[0]:F2}x");
        var api = new FeedApiJsonBenchmarks();
        api.Setup();
        best = BestOf.Report(
            ("TikTok JSON: IkmDomain", api.IkmDomainTikTok), ("TikTok JSON: System.Text.Json", api.SystemTextJsonTikTok),
            ("Shopee JSON: IkmDomain", api.IkmDomainShopee), ("Shopee JSON: System.Text.Json", api.SystemTextJsonShopee));
        Console.WriteLine($"System.Text.Json / IkmDomain: TikTok {best[1] / best[0]:F2}x, Shopee {best[3] / best[2]:F2}x");
        var meta = new FeedMetaCsvBenchmarks();
        meta.Setup();
        best = BestOf.Report(("Meta CSV: IkmDomain", meta.IkmDomainCsv), ("Meta CSV: CsvHelper 34", meta.CsvHelper34));
        Console.WriteLine($"CsvHelper 34 / IkmDomain: {best[1] / best[0]:F2}x");
        var uri = new FeedUriTsvBenchmarks();
        uri.Setup();
        best = BestOf.Report(("Uri TSV: IkmDomain", uri.IkmDomainTsv), ("Uri TSV: CsvHelper 34", uri.CsvHelper34));
        Console.WriteLine($"CsvHelper 34 / IkmDomain: {best[1] / best[0]:F2}x");
    }

    /// <summary>
    /// Meta CSV against CsvHelper 34 only, best of 12 each (the short loop for work on the Meta writer).
    /// Run with <c>-- --feeds-best-of meta</c>.
    /// </summary>
    public static void RunMeta()
    {
        var meta = new FeedMetaCsvBenchmarks();
        meta.Setup();
        var best = BestOf.Report(("Meta CSV: IkmDomain", meta.IkmDomainCsv), ("Meta CSV: CsvHelper 34", meta.CsvHelper34));
        Console.WriteLine($"CsvHelper 34 / IkmDomain: {best[1] / best[0]:F2}x");
    }

    /// <summary>
    /// The first feed of products never written before: each product then makes its links' feed texts
    /// (and each Uri its parsed state), which later feeds reuse. New products for every run, untimed.
    /// </summary>
    private static void FirstFeed()
    {
        using var stream = new System.IO.MemoryStream(64 * 1024 * 1024);
        var best = double.MaxValue;
        long allocated = 0;
        for (var run = 0; run < 12; run++)
        {
            var products = FeedBenchmarkData.Products();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            stream.SetLength(0);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            Crafts.CraftProductFeeds.GoogleMerchantTsv.Write(products, stream);
            sw.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{"TSV: IkmDomain, first feed",-34} best {best,8:F1} ms  {stream.Length / 1e6 / (best / 1000),8:F0} MB/s  {stream.Length,10} bytes  {allocated,10} B allocated");
    }
}
