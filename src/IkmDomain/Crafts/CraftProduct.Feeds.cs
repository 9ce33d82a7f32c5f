using System;
using IkmDomain.Feeds;

namespace IkmDomain.Crafts;

/// <summary>
/// Google Merchant Center feeds of craft products, generated: <c>CraftProductFeeds.GoogleMerchantTsv</c>
/// and <c>CraftProductFeeds.GoogleMerchantXml</c>. Members map by name (Title, Description, Link,
/// ImageLink, Availability, AvailabilityDate, Price, SalePrice, Brand, Gtin, IdentifierExists,
/// Condition, Materials, Weight, Dimensions); the two below adapt the rest.
/// </summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
public sealed partial record CraftProduct
{
    /// <summary>The feed <c>id</c>: the SKU.</summary>
    [FeedField(FeedAttribute.Id)]
    internal string FeedId => Sku;

    /// <summary>The images after the main one, without copying the list.</summary>
    [FeedField(FeedAttribute.AdditionalImageLink)]
    internal FeedTail<Uri> FeedAdditionalImageLinks => new(ImageLinks, 1);
}
