namespace IkmDomain.Feeds;

/// <summary>What <see cref="FeedFile"/> did with a feed: published or not, why not, and what was written.</summary>
/// <param name="Status">Published, or the reason it was not.</param>
/// <param name="Path">The full path of the feed file.</param>
/// <param name="Write">What the feed writer reported: items written and skipped (and why), and the UTF-8 bytes it produced before any compression.</param>
/// <param name="FileBytes">
/// The size of the new file in bytes, after gzip compression for a <c>.gz</c> path. When the feed was
/// refused, the size the file would have had (it was deleted).
/// </param>
/// <param name="PreviousItemCount">
/// The item count of the feed being replaced, when known (from <see cref="FeedPublishOptions.PreviousItemCount"/>
/// or the item-count file, see <see cref="FeedFile.ItemCountPath(string)"/>); <see langword="null"/> on a
/// first publish or when it could not be told, in which case the shrink guard did not apply.
/// </param>
/// <param name="Reason">Why the feed was not published, in English; <see langword="null"/> when it was.</param>
/// <threadsafety>Immutable.</threadsafety>
public sealed record FeedPublishResult(
    FeedPublishStatus Status,
    string Path,
    FeedWriteResult Write,
    long FileBytes,
    long? PreviousItemCount,
    string? Reason)
{
    /// <summary>Whether the new feed replaced the target file.</summary>
    public bool Published => Status == FeedPublishStatus.Published;

    /// <summary>Items written to the new feed (<see cref="FeedWriteResult.ItemsWritten"/> of <see cref="Write"/>).</summary>
    public long ItemsWritten => Write.ItemsWritten;

    /// <summary>Items the writer skipped (<see cref="FeedWriteResult.ItemsSkipped"/> of <see cref="Write"/>).</summary>
    public long ItemsSkipped => Write.ItemsSkipped;

    /// <summary>One line: the path and what happened.</summary>
    /// <returns>For example <c>/srv/feeds/google.tsv: published, 163 items written, 2 skipped, 48213 bytes</c>, or the refusal reason.</returns>
    public override string ToString() =>
        Published
            ? Path + ": published, "
              + IkmDomain.Common.EnglishCount.Of(ItemsWritten, "item", "items") + " written, "
              + ItemsSkipped.ToString(System.Globalization.CultureInfo.InvariantCulture) + " skipped, "
              + FileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes"
            : Path + ": not published: " + Reason;
}
