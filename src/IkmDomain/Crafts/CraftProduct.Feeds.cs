using System;
using System.Runtime.CompilerServices;
using IkmDomain.Feeds;

namespace IkmDomain.Crafts;

/// <summary>
/// Marketplace feeds of craft products, generated: <c>CraftProductFeeds.GoogleMerchantTsv</c>,
/// <c>GoogleMerchantXml</c>, <c>MetaCatalogCsv</c>, <c>MetaCatalogTsv</c>, <c>MetaCatalogXml</c>, <c>SchemaOrgJson</c>,
/// <c>TikTokShopJson</c>, <c>TikTokShopJsonLines</c>, <c>ShopeeJson</c> and <c>ShopeeJsonLines</c>.
/// Members map by name (Title, Description, Link, ImageLink, Availability, AvailabilityDate, Price,
/// SalePrice, Brand, Gtin, IdentifierExists, Condition, Materials, Weight, Dimensions, and
/// StockQuantity for TikTok Shop's inventory quantity and Shopee's seller_stock); the members below
/// adapt the rest. The TikTok Shop and Shopee writers need the seller's platform ids (category,
/// warehouse or logistics channels, uploaded images) through <see cref="FeedWriterOptions.MarketplaceOptions"/>.
/// </summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Json)]
[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Json)]
[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)]
[MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)]
[MarketplaceFeed(Marketplace.Shopee, FeedFormat.JsonLines)]
public sealed partial record CraftProduct
{
    /// <summary>The feed <c>id</c>: the SKU.</summary>
    [FeedField(FeedAttribute.Id)]
    internal string FeedId => Sku;

    /// <summary>The product page as a feed writes it (see <see cref="FeedUrls"/>).</summary>
    [FeedField(FeedAttribute.Link)]
    internal FeedUrl FeedLink => FeedUrlTexts[0];

    /// <summary>The main image as a feed writes it.</summary>
    [FeedField(FeedAttribute.ImageLink)]
    internal FeedUrl FeedImageLink => FeedUrlTexts[1];

    /// <summary>The images after the main one, without copying the list.</summary>
    [FeedField(FeedAttribute.AdditionalImageLink)]
    internal FeedTail<FeedUrl> FeedAdditionalImageLinks => new(FeedUrlTexts, 2);

    // The link, then the images: made by the first feed written, then reused.
    private FeedUrl[] FeedUrlTexts => _feedUrls.Texts ?? MakeFeedUrls();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private FeedUrl[] MakeFeedUrls()
    {
        var texts = new FeedUrl[1 + _imageLinks.Count];
        texts[0] = new FeedUrl(_link);
        for (var i = 0; i < _imageLinks.Count; i++)
        {
            texts[i + 1] = new FeedUrl(_imageLinks[i]);
        }

        // One reference written whole: threads racing here store equal arrays, and any one will do.
        _feedUrls = new FeedUrls(texts);
        return texts;
    }

    /// <summary>
    /// The links' texts as feeds write them (<see cref="FeedUrl"/>), made by the first feed written
    /// and kept in one array, so that later feeds read one string per URL instead of walking each
    /// <see cref="Uri"/>'s parsed state (three objects deep). Derived from <see cref="Link"/> and
    /// <see cref="ImageLinks"/>, whose setters drop it, and no part of the record's equality: every
    /// cache compares equal, so the links themselves decide.
    /// </summary>
    private readonly struct FeedUrls : IEquatable<FeedUrls>
    {
        public FeedUrls(FeedUrl[] texts) => Texts = texts;

        public FeedUrl[]? Texts { get; }

        public bool Equals(FeedUrls other) => true;

        public override bool Equals(object? obj) => obj is FeedUrls;

        public override int GetHashCode() => 0;
    }
}
