namespace IkmDomain.Feeds;

/// <summary>
/// The per-type part of a feed writer, implemented by generated code as a struct so that
/// <see cref="FeedWriter"/> calls it without interface dispatch.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public interface IFeedFormatter<in T>
{
    /// <summary>Writes what comes before the first item (a TSV header row, the RSS channel opening).</summary>
    /// <param name="writer">The buffer.</param>
    /// <param name="options">The writer options.</param>
    void WriteHeader(FeedBufferWriter writer, FeedWriterOptions options);

    /// <summary>The item's id as text, for reports about skipped items.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The id, or <see langword="null"/>.</returns>
    string? IdOf(T item);

    /// <summary>
    /// Writes one item, checking it against the marketplace's rules field by field as it goes (each
    /// value is read once, for the check and the write). On the first rule the item breaks it stops
    /// and returns the problem; <see cref="FeedWriter"/> then takes back what was written of the item.
    /// </summary>
    /// <param name="writer">The buffer.</param>
    /// <param name="item">The item.</param>
    /// <returns><see cref="FeedItemProblem.None"/> when written whole, or the first rule the item breaks.</returns>
    FeedItemProblem WriteItem(FeedBufferWriter writer, T item);

    /// <summary>Writes what comes after the last item (the RSS channel closing).</summary>
    /// <param name="writer">The buffer.</param>
    /// <param name="options">The writer options.</param>
    void WriteFooter(FeedBufferWriter writer, FeedWriterOptions options);
}
