using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// The feed writers <see cref="CraftProduct"/> has, read from its <see cref="MarketplaceFeedAttribute"/>s,
/// so the tool offers exactly what the library generates (no marketplace without a writer).
/// </summary>
internal static class FeedWriters
{
    /// <summary>One generated writer: marketplace, format and the tool's names for them.</summary>
    internal sealed record Writer(Marketplace Marketplace, FeedFormat Format, MethodInfo WriteAsyncMethod)
    {
        public string MarketplaceName => NameOf(Marketplace);

        public string FormatName => Format switch
        {
            FeedFormat.JsonLines => "jsonl",
            _ => Format.ToString().ToLowerInvariant(),
        };

        public string Extension => Format switch
        {
            FeedFormat.JsonLines => ".jsonl",
            _ => "." + Format.ToString().ToLowerInvariant(),
        };

        public string Title => Marketplace switch
        {
            Marketplace.GoogleMerchant => "Google Merchant",
            Marketplace.MetaCatalog => "Meta catalogue",
            Marketplace.TikTokShop => "TikTok Shop",
            Marketplace.SchemaOrg => "schema.org",
            _ => Marketplace.ToString(),
        } + " " + Format.ToString().ToUpperInvariant();

        /// <summary>Whether the feed is an RSS file with a channel title and link (the XML feeds).</summary>
        public bool HasChannel => Format == FeedFormat.Xml;

        public Task<FeedWriteResult> WriteAsync(IAsyncEnumerable<CraftProduct> products, Stream destination, CancellationToken cancellationToken) =>
            WriteAsync(products, destination, null, cancellationToken);

        public Task<FeedWriteResult> WriteAsync(IAsyncEnumerable<CraftProduct> products, Stream destination, FeedWriterOptions? options, CancellationToken cancellationToken) =>
            (Task<FeedWriteResult>)WriteAsyncMethod.Invoke(null, [products, destination, options, cancellationToken])!;
    }

    private static readonly Lazy<IReadOnlyList<Writer>> All = new(Discover);

    /// <summary>Every writer, in attribute order.</summary>
    public static IReadOnlyList<Writer> Writers => All.Value;

    /// <summary>The marketplaces that have at least one writer, as the tool names them.</summary>
    public static IReadOnlyList<string> MarketplaceNames => Writers.Select(w => w.MarketplaceName).Distinct().ToArray();

    public static string NameOf(Marketplace marketplace) => marketplace switch
    {
        Marketplace.GoogleMerchant => "google",
        Marketplace.MetaCatalog => "meta",
        Marketplace.TikTokShop => "tiktok",
        Marketplace.Shopee => "shopee",
        Marketplace.SchemaOrg => "schemaorg",
        _ => marketplace.ToString().ToLowerInvariant(),
    };

    /// <summary>The writers of a marketplace (by the tool's name).</summary>
    public static IReadOnlyList<Writer> For(string marketplace) =>
        Writers.Where(w => w.MarketplaceName == marketplace.Trim().ToLowerInvariant()).ToArray();

    /// <summary>
    /// TikTok Shop and Shopee request bodies need the seller's platform ids (category, warehouse or
    /// logistics channels, uploaded images: <c>FeedWriterOptions.MarketplaceOptions</c>), which the tool
    /// has no options for, so it does not offer them (every item would be skipped).
    /// </summary>
    private static bool NeedsPlatformIds(Marketplace marketplace) => marketplace is Marketplace.TikTokShop or Marketplace.Shopee;

    private static IReadOnlyList<Writer> Discover()
    {
        var feeds = typeof(CraftProductFeeds);
        var writers = new List<Writer>();
        foreach (var attribute in typeof(CraftProduct).GetCustomAttributes<MarketplaceFeedAttribute>())
        {
            if (NeedsPlatformIds(attribute.Marketplace))
            {
                continue;
            }

            var nested = feeds.GetNestedType(attribute.Marketplace.ToString() + attribute.Format.ToString(), BindingFlags.Public);
            var method = nested?.GetMethod("WriteAsync", [typeof(IAsyncEnumerable<CraftProduct>), typeof(Stream), typeof(FeedWriterOptions), typeof(CancellationToken)]);
            if (method is not null)
            {
                writers.Add(new Writer(attribute.Marketplace, attribute.Format, method));
            }
        }

        return writers;
    }
}
