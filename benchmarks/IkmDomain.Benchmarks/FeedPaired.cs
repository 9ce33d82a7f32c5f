using System;
using System.Diagnostics;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Our writer and its CsvHelper 34 peer timed in turns in one process, after a full blocking
/// collection (as a long-running application's data sits, compacted, in generation 2), best of
/// <c>rounds</c> each. One process gives one memory layout, and on a shared VM the layout moves a
/// memory-bound writer by ±15% between processes, so <c>benchmarks/run-paired.sh</c> runs it in several
/// processes and prints the median ratio. Run with <c>-- --feeds-paired meta|uri|tsv [rounds]</c>.
/// </summary>
public static class FeedPaired
{
    public static void Run(string which, int rounds)
    {
        Func<long> ours, peer;
        switch (which)
        {
            case "meta":
                var meta = new FeedMetaCsvBenchmarks();
                meta.Setup();
                (ours, peer) = (meta.IkmDomainCsv, meta.CsvHelper34);
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

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        for (var i = 0; i < 5; i++)
        {
            ours();
            peer();
        }

        double bestOurs = double.MaxValue, bestPeer = double.MaxValue;
        var clock = new Stopwatch();
        for (var i = 0; i < rounds; i++)
        {
            clock.Restart();
            ours();
            bestOurs = Math.Min(bestOurs, clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            peer();
            bestPeer = Math.Min(bestPeer, clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(FormattableString.Invariant($"{which}: ours {bestOurs:F1} ms, CsvHelper 34 {bestPeer:F1} ms, CsvHelper / ours {bestPeer / bestOurs:F2}x"));
    }
}
