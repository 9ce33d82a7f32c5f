using System;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Our writer and its CsvHelper 34 peer timed in turns in one process by <see cref="BestOf"/> (each run
/// after a full blocking collection, as a long-running application's data sits compacted in
/// generation 2; best of 12). One process gives one memory layout, and on a shared VM the layout moves a
/// memory-bound writer by ±15% between processes, so <c>benchmarks/run-paired.sh</c> runs it in several
/// processes and prints the median ratio. Run with <c>-- --feeds-paired meta|uri|tsv</c>.
/// </summary>
public static class FeedPaired
{
    public static void Run(string which)
    {
        Func<long> ours, peer;
        (string Name, Func<long> Run)[] references = [];
        switch (which)
        {
            case "meta":
                var meta = new FeedMetaCsvBenchmarks();
                meta.Setup();
                (ours, peer) = (meta.IkmDomainCsv, meta.CsvHelper34);
                references = [("meta-always-quoted", meta.CsvHelper34AlwaysQuoted), ("meta-default-quoting", meta.CsvHelper34DefaultQuoting)];
                break;
            case "uri":
                var uri = new FeedUriTsvBenchmarks();
                uri.Setup();
                (ours, peer) = (uri.IkmDomainTsv, uri.CsvHelper34);
                break;
            case "tsv":
                var tsv = new FeedTsvBenchmarks();
                tsv.Setup();
                (ours, peer) = (tsv.IkmDomainTsv, tsv.CsvHelper34);
                break;
            default:
                throw new ArgumentException("meta, uri or tsv, not " + which, nameof(which));
        }

        var best = BestOf.Report([("ours", ours), ("CsvHelper 34", peer), .. references]);
        var bestOurs = best[0];
        Console.WriteLine(FormattableString.Invariant($"{which}: ours {bestOurs:F1} ms, CsvHelper 34 {best[1]:F1} ms, CsvHelper / ours {best[1] / bestOurs:F2}x"));
        for (var i = 0; i < references.Length; i++)
        {
            // For reference: CsvHelper configured otherwise (other bytes than ours).
            Console.WriteLine(FormattableString.Invariant($"{references[i].Name}: ours {bestOurs:F1} ms, CsvHelper 34 {best[i + 2]:F1} ms, CsvHelper / ours {best[i + 2] / bestOurs:F2}x"));
        }
    }
}
