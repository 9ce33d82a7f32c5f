using System;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// How many bytes a writer allocates on this thread for many items beyond what it allocates for one.
/// </summary>
/// <remarks>
/// A writer that allocates per item shows it in every attempt (2,000 items × at least a few bytes); the
/// smallest of three attempts discards one-off allocations that are not the writer's per-item cost, such
/// as a pooled buffer the runtime trimmed under a loaded test run and the pool allocating it anew.
/// </remarks>
internal static class AllocationProbe
{
    public static long ExtraBytes(Action one, Action many)
    {
        var smallest = long.MaxValue;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            one();
            var single = GC.GetAllocatedBytesForCurrentThread() - before;
            before = GC.GetAllocatedBytesForCurrentThread();
            many();
            var thousands = GC.GetAllocatedBytesForCurrentThread() - before;
            smallest = Math.Min(smallest, thousands - single);
        }

        return smallest;
    }
}
