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

    /// <summary>
    /// Asks the processor to bring into its cache, a few items ahead of <see cref="WriteItem"/>, the
    /// objects that call will read of <paramref name="item"/>. A hint only: nothing is written, and
    /// generated code reads here only fields and auto-implemented properties, whose reading has no
    /// effect (a computed property is read by <see cref="WriteItem"/> alone, once).
    /// </summary>
    /// <param name="item">An item a few places ahead (never null).</param>
    /// <param name="stage">
    /// 0: the objects the item's members refer to (texts, links, lists); 1: what those refer to (a
    /// link's text, an array's first element, a <see cref="System.Collections.Generic.List{T}"/>'s first
    /// slot); 2: one step further (the text of an array's first link, a list's first element: see
    /// <see cref="FeedWriter.PrefetchFirst{TElement}"/>). <see cref="FeedWriter"/>
    /// calls each stage nearer the item's turn than the one before, so that each reads what the one
    /// before fetched.
    /// </param>
    void Prefetch(T item, int stage);

    /// <summary>Writes what comes after the last item (the RSS channel closing).</summary>
    /// <param name="writer">The buffer.</param>
    /// <param name="options">The writer options.</param>
    void WriteFooter(FeedBufferWriter writer, FeedWriterOptions options);
}
