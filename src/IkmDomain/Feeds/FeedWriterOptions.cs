using System;

namespace IkmDomain.Feeds;

/// <summary>Options for a generated feed writer.</summary>
/// <remarks>Instances are read, never changed, by writers; share one freely across threads once built.</remarks>
public sealed class FeedWriterOptions
{
    /// <summary>The defaults: lenient (bad items are skipped and reported), generic channel text.</summary>
    public static FeedWriterOptions Default { get; } = new();

    /// <summary>
    /// When <see langword="true"/>, the first item that breaks a marketplace rule throws
    /// <see cref="FeedItemException"/> instead of being skipped. Items before it have been written.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The RSS channel title (XML feeds).</summary>
    public string ChannelTitle { get; init; } = "Products";

    /// <summary>The RSS channel link, the shop's home page (XML feeds).</summary>
    public Uri? ChannelLink { get; init; }

    /// <summary>The RSS channel description (XML feeds).</summary>
    public string ChannelDescription { get; init; } = "Product feed";

    /// <summary>
    /// How many skipped items <see cref="FeedWriteResult.Skipped"/> lists in full; the count
    /// <see cref="FeedWriteResult.ItemsSkipped"/> is always exact. Default 1000.
    /// </summary>
    public int MaxReportedSkips { get; init; } = 1000;

    /// <summary>
    /// What an API-body writer needs from the caller and the marketplace alone knows: platform ids
    /// (leaf category, brand, warehouse or logistics channels, uploaded image ids), per item.
    /// The TikTok Shop writers (<c>TFeeds.TikTokShopJson</c>, <c>TikTokShopJsonLines</c>) take a
    /// <see cref="TikTokShopWriterOptions{T}"/>, the Shopee writers a <see cref="ShopeeWriterOptions{T}"/>,
    /// with <c>T</c> the item type; other writers ignore it. When it is missing or of another kind, those
    /// writers skip every item and report why (never invent an id).
    /// </summary>
    public MarketplaceWriterOptions? MarketplaceOptions { get; init; }

    /// <summary>
    /// How many cells that start like a spreadsheet formula <see cref="FeedWriteResult.FormulaCells"/>
    /// lists; the count <see cref="FeedWriteResult.FormulaCellCount"/> is always exact. Default 100.
    /// </summary>
    public int MaxReportedFormulaCells { get; init; } = 100;
}
