using System.Collections.Generic;

namespace IkmDomain.Feeds;

/// <summary>What a feed writer did: how many items it wrote, how many it skipped, and why.</summary>
/// <param name="ItemsWritten">Items written in full.</param>
/// <param name="ItemsSkipped">Items left out because they broke a marketplace rule (never written in part).</param>
/// <param name="BytesWritten">UTF-8 bytes written, header and footer included.</param>
/// <param name="Skipped">The skipped items with their reasons, at most <see cref="FeedWriterOptions.MaxReportedSkips"/>.</param>
public sealed record FeedWriteResult(long ItemsWritten, long ItemsSkipped, long BytesWritten, IReadOnlyList<FeedSkippedItem> Skipped)
{
    /// <summary>Whether every item was written.</summary>
    public bool IsComplete => ItemsSkipped == 0;
}
