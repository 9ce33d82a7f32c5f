using System;
using System.Diagnostics;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Best-of wall-clock nanoseconds per call for the issue 14 Money targets, beside their decimal
/// baselines, for a shared machine where BenchmarkDotNet's short job is noisy: the operations take
/// turns in batches of 20,000 calls (about a millisecond, short enough that some batches run
/// uninterrupted), and the fastest batch of 300 counts. Allocation per call is measured over a
/// whole batch. Run with
/// <c>dotnet run -c Release --project benchmarks/IkmDomain.Benchmarks -- --money-best-of</c>.
/// </summary>
public static class MoneyBestOf
{
    private const int Batch = 20_000;

    public static void Run()
    {
        var b = new MoneyBenchmarks();
        Report(
            ("decimal +", () => Loop(b.DecimalAdd)),
            ("Money +", () => Loop(b.MoneyAdd)),
            ("Money.ToString(\"C\", Indonesian)", () => Loop(b.MoneyToStringRupiah)),
            ("decimal.ToString(\"C\", Indonesian)", () => Loop(b.DecimalToStringRupiah)),
            ("Money.Allocate(3)", () => Loop(b.Allocate3)),
            ("decimal / 3 into a new decimal[3]", () => Loop(b.DecimalSplit3)));
    }

    private static int Loop<T>(Func<T> call)
    {
        var n = 0;
        for (var i = 0; i < Batch; i++)
        {
            if (call() is not null)
            {
                n++;
            }
        }

        return n;
    }

    private static void Report(params (string Name, Func<int> Run)[] runs)
    {
        for (var i = 0; i < 50; i++)
        {
            foreach (var (_, run) in runs)
            {
                run();
            }
        }

        var best = new double[runs.Length];
        var allocated = new long[runs.Length];
        Array.Fill(best, double.MaxValue);
        for (var round = 0; round < 300; round++)
        {
            for (var r = 0; r < runs.Length; r++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                runs[r].Run();
                var elapsed = Stopwatch.GetElapsedTime(start);
                allocated[r] = GC.GetAllocatedBytesForCurrentThread() - before;
                best[r] = Math.Min(best[r], elapsed.TotalNanoseconds / Batch);
            }
        }

        for (var r = 0; r < runs.Length; r++)
        {
            Console.WriteLine($"{runs[r].Name,-36} best {best[r],7:F1} ns/call ({best[r] / best[0],5:F2}x {runs[0].Name})  {allocated[r] / (double)Batch,6:F0} B/call");
        }
    }
}
