using System;
using System.IO.Compression;

namespace IkmDomain.Feeds;

/// <summary>Options for <see cref="FeedFile"/>: the shrink guard and gzip compression.</summary>
/// <threadsafety>Immutable once built; share one instance freely.</threadsafety>
public sealed class FeedPublishOptions
{
    private readonly double _minItemsRatio = 0.5;
    private readonly long? _previousItemCount;

    /// <summary>The defaults: shrink guard at 0.5 with the item-count file, gzip at <see cref="CompressionLevel.Optimal"/>.</summary>
    public static FeedPublishOptions Default { get; } = new();

    /// <summary>
    /// The shrink guard: the new feed replaces an existing one only when it holds at least this
    /// fraction of the previous feed's item count (<see cref="FeedWriteResult.ItemsWritten"/>);
    /// otherwise it is deleted, the old file is left byte-identical, and the result says
    /// <see cref="FeedPublishStatus.RefusedShrink"/>. Default 0.5; 0 turns the guard off.
    /// </summary>
    /// <remarks>
    /// Marketplaces that take a full feed delete every product missing from it (Google Merchant
    /// Center, Meta catalogs), so a feed built from a half-failed database query can delist a shop.
    /// The count compared is items written, not items in the input: a batch of newly invalid items
    /// shrinks the feed just as surely.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">Not between 0 and 1, or NaN.</exception>
    public double MinItemsRatio
    {
        get => _minItemsRatio;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "MinItemsRatio must be between 0 and 1 (a fraction of the previous item count; 0 turns the shrink guard off).");
            }

            _minItemsRatio = value;
        }
    }

    /// <summary>
    /// The previous feed's item count, when the caller keeps it (in a database, say). When set it is
    /// used instead of the item-count file, even if the target file does not exist.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public long? PreviousItemCount
    {
        get => _previousItemCount;
        init => _previousItemCount = value is < 0
            ? throw new ArgumentOutOfRangeException(nameof(value), value, "PreviousItemCount cannot be negative.")
            : value;
    }

    /// <summary>
    /// Whether to keep the item count in a small file beside the feed (see
    /// <see cref="FeedFile.ItemCountPath(string)"/>), read by the shrink guard on the next publish.
    /// Default <see langword="true"/>. When <see langword="false"/> the guard applies only with
    /// <see cref="PreviousItemCount"/>.
    /// </summary>
    public bool UseItemCountFile { get; init; } = true;

    /// <summary>
    /// The gzip level for a path ending in <c>.gz</c>. Default <see cref="CompressionLevel.Optimal"/>
    /// (zlib level 6): a feed is written once and fetched many times, and text feeds of repeated
    /// column values compress well at that level.
    /// </summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Optimal;
}
