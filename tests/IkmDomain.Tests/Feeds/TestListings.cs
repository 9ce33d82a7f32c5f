using System;
using System.Collections.Generic;

namespace IkmDomain.Tests.Feeds;

public enum StockState
{
    InStock,
    OutOfStock,
    PreOrder,
    Backorder,
    Discontinued,
    Unknown,
}

public enum ItemCondition
{
    New,
    Used,
}

/// <summary>A user's own listing type, as the README shows it: positional, [FeedField] where names differ.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
public sealed partial record Listing(
    [property: FeedField(FeedAttribute.Id)] string Sku,
    string Title,
    string Description,
    Uri Link,
    Uri ImageLink,
    StockState Availability,
    [property: FeedField(FeedAttribute.Price)] string PriceText)
{
    public IReadOnlyList<Uri>? ImageLinks { get; init; }

    public string? Brand { get; init; }

    public ItemCondition? Condition { get; init; }

    public bool? IdentifierExists { get; init; }

    public DateOnly? AvailabilityDate { get; init; }

    public decimal? ShippingWeight { get; init; }

    public string[]? ProductTypes { get; init; }

    public IEnumerable<string>? Materials { get; init; }

    [FeedIgnore]
    public string? Color { get; init; }

    /// <summary>Not a feed attribute: ignored.</summary>
    public int InternalCounter { get; init; }
}

/// <summary>A minimal listing with only text members, for the round-trip properties.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
public sealed class TextListing
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public Uri Link { get; set; } = new("https://example.com/");

    public Uri ImageLink { get; set; } = new("https://example.com/a.jpg");

    public StockState Availability { get; set; }

    public string Price { get; set; } = "1.00 IDR";

    public string? Brand { get; set; }
}

/// <summary>A listing whose links are <see cref="FeedUrl"/>s: checked once, only their length checked per feed.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
public sealed record UrlListing(string Id, string Title, string Description, FeedUrl Link, FeedUrl? ImageLink, StockState Availability, string Price)
{
    public IReadOnlyList<FeedUrl>? ImageLinks { get; init; }
}
