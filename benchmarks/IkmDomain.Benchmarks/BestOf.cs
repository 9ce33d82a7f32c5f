using System;
using System.Diagnostics;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Best-of-12 wall-clock times, robust on a shared machine where BenchmarkDotNet's short job is noisy:
/// 30 warm-up runs each (tiered JIT and PGO settle), then 12 rounds in which the writers take turns,
/// each run after a full collection (as BenchmarkDotNet collects before each iteration).
/// </summary>
public static class BestOf
{
    /// <summary>Times the runs and prints one line each; returns the best times in milliseconds.</summary>
    public static double[] Report(params (string Name, Func<long> Run)[] runs)
    {
        for (var i = 0; i < 30; i++)
        {
            foreach (var (_, run) in runs)
            {
                run();
            }
        }

        var best = new double[runs.Length];
        var bytes = new long[runs.Length];
        var allocated = new long[runs.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 12; round++)
        {
            for (var r = 0; r < runs.Length; r++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                bytes[r] = runs[r].Run();
                sw.Stop();
                allocated[r] = GC.GetAllocatedBytesForCurrentThread() - before;
                best[r] = Math.Min(best[r], sw.Elapsed.TotalMilliseconds);
            }
        }

        for (var r = 0; r < runs.Length; r++)
        {
            Console.WriteLine($"{runs[r].Name,-34} best {best[r],8:F1} ms  {bytes[r] / 1e6 / (best[r] / 1000),8:F0} MB/s  {bytes[r],10} bytes  {allocated[r],10} B allocated");
        }

        return best;
    }
}
