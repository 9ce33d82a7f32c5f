using System.Collections.Generic;
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

    /// <summary>
    /// Whether a writer starts its output with the UTF-8 byte order mark (EF BB BF). <see langword="null"/>
    /// (the default) means the writer's own choice:
    /// <list type="bullet">
    /// <item>Custom CSV templates (<c>TFeeds.CustomCsv.&lt;Template&gt;</c>) write it: they are spreadsheet-bound, and
    /// Excel opens a CSV without a BOM in the system code page (Windows-1252 under an Indonesian locale), so
    /// <c>Batik Tulis – Motif Parang</c> or <c>Café</c> come out mangled. Set <see langword="false"/> when the
    /// file goes to a tool that reads the first header with the BOM as part of its name.</item>
    /// <item>Machine feeds (Google, Meta, TikTok Shop, Shopee, schema.org) never write one, whatever this says:
    /// their importers read UTF-8 by specification, a BOM can become part of the first column's name, and
    /// JSON forbids it (RFC 8259 §8.1).</item>
    /// </list>
    /// </summary>
    public bool? Utf8Bom { get; init; }

    /// <summary>
    /// The ids more than one item has, when the caller already knows them (a database query, or a first
    /// read of the input file). A marketplace that drops every item sharing an id (Meta) otherwise makes
    /// its writers hold every item until all ids are known; with this set they stream the items instead,
    /// skipping those whose id is in it (IKM497). The set must be complete: the writer still notes each id
    /// it sees (the ids only, not the items), and an id seen twice that the set lacks stops the write with
    /// <see cref="InvalidOperationException"/> (the items before it are already written). Compare
    /// ordinally. A list (<see cref="IReadOnlyList{T}"/>) is not held twice, so for a list the writer finds
    /// the shared ids itself, in a pooled table, faster than checking a set (this one is then not used).
    /// Writers of other marketplaces ignore it.
    /// </summary>
    public IReadOnlySet<string>? SharedIds { get; init; }
}
