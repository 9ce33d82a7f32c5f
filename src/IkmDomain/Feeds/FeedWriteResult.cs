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

    /// <summary>
    /// How many written cells start like a spreadsheet formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
    /// tab, CR or NUL; OWASP "CSV Injection"). Machine feeds (Google, Meta) write them unchanged, since
    /// the marketplace reads the value as data (IKM480); custom CSV templates prefix them with <c>'</c>
    /// (IKM481). Text values are counted (in a delimited list, its first value, which starts the cell);
    /// numbers, dates, URLs and enum texts are not. Items that were skipped are not counted.
    /// </summary>
    public long FormulaCellCount { get; init; }

    /// <summary>The first <see cref="FeedWriterOptions.MaxReportedFormulaCells"/> of those cells: item, id and attribute.</summary>
    public IReadOnlyList<FeedFormulaCell> FormulaCells { get; init; } = System.Array.Empty<FeedFormulaCell>();
}
