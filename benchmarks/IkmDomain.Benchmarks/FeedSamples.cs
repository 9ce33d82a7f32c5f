using System;
using System.Text;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Prints the start of what each writer of a feed benchmark writes, to check that ours and the peer's
/// carry the same values: <c>dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --feeds-sample</c>.
/// </summary>
public static class FeedSamples
{
    public static void Run()
    {
        var api = new FeedApiJsonBenchmarks();
        api.Setup();
        Show("TikTok Shop JSON, ours", api.IkmDomainTikTok, api);
        Show("TikTok Shop JSON, System.Text.Json", api.SystemTextJsonTikTok, api);
        Show("Shopee JSON, ours", api.IkmDomainShopee, api);
        Show("Shopee JSON, System.Text.Json", api.SystemTextJsonShopee, api);
        var json = new FeedJsonBenchmarks();
        json.Setup();
        Show("schema.org JSON, ours", json.IkmDomainJson, json);
        Show("schema.org JSON, System.Text.Json", json.SystemTextJson, json);
        var meta = new FeedMetaCsvBenchmarks();
        meta.Setup();
        Show("Meta CSV, ours", meta.IkmDomainCsv, meta);
        Show("Meta CSV, CsvHelper 34", meta.CsvHelper34, meta);
        var uri = new FeedUriTsvBenchmarks();
        uri.Setup();
        Show("Google TSV with Uri members, ours", uri.IkmDomainTsv, uri);
        Show("Google TSV with Uri members, CsvHelper 34", uri.CsvHelper34, uri);
    }

    private static void Show(string name, Func<long> run, object benchmarks)
    {
        var length = run();
        var field = benchmarks.GetType().GetField("_stream", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        var stream = (System.IO.MemoryStream)field.GetValue(benchmarks)!;
        var text = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)Math.Min(900, stream.Length));
        Console.WriteLine($"==== {name}: {length} bytes");
        Console.WriteLine(text);
    }
}
