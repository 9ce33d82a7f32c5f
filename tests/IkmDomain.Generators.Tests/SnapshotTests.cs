namespace IkmDomain.Generators.Tests;

public class SnapshotTests
{
    [Fact]
    public void Positional_record_with_FeedField_and_both_Google_formats()
    {
        Snapshot.Match("PositionalRecord", GeneratorRunner.Generate("""
            using System;
            using IkmDomain.Feeds;
            namespace Shop;
            public enum Stock { InStock, OutOfStock }
            [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
            [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
            public partial record Listing(
                [property: FeedField(FeedAttribute.Id)] string Sku,
                string Title, string Description, Uri Link, Uri ImageLink, Stock Availability,
                [property: FeedField(FeedAttribute.Price)] string PriceText);
            """));
    }

    [Fact]
    public void Class_with_inherited_nullable_and_repeated_members()
    {
        Snapshot.Match("InheritedNullableRepeated", GeneratorRunner.Generate("""
            using System;
            using System.Collections.Generic;
            using IkmDomain.Feeds;
            namespace Shop;
            public abstract class ProductBase
            {
                public required string Id { get; init; }
                public string Title { get; set; } = "";
            }
            [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
            public sealed class Product : ProductBase
            {
                public string Description { get; set; } = "";
                public Uri? Link { get; set; }
                public Uri? ImageLink { get; set; }
                public List<Uri>? ImageLinks { get; set; }
                public string Availability { get; set; } = "in_stock";
                public string Price { get; set; } = "";
                public DateOnly? AvailabilityDate { get; set; }
                public int? ShippingLength { get; set; }
                public bool IdentifierExists { get; set; }
                [FeedIgnore] public string? Brand { get; set; }
                public long Gtin;
            }
            """));
    }

    [Fact]
    public void Nested_struct_in_a_partial_class_and_an_unsupported_target()
    {
        Snapshot.Match("NestedStruct", GeneratorRunner.Generate("""
            using System;
            using IkmDomain.Feeds;
            namespace Shop;
            public static partial class Catalog
            {
                [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
                [MarketplaceFeed(Marketplace.Shopee, FeedFormat.Csv)]
                public readonly record struct Item(string Id, string Title, string Description, Uri Link, Uri ImageLink, string Availability, string Price);
            }
            """));
    }

    [Fact]
    public void Meta_catalog_CSV_TSV_and_XML()
    {
        Snapshot.Match("MetaCatalog", GeneratorRunner.Generate("""
            using System;
            using System.Collections.Generic;
            using IkmDomain.Feeds;
            namespace Shop;
            public enum Stock { InStock, OutOfStock, Backorder }
            public enum State { New, Used }
            [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
            [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Tsv)]
            [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Xml)]
            public partial record Listing(string Id, string Title, string Description, Uri Link, Uri ImageLink, Stock Availability, State Condition, string Price)
            {
                public List<Uri>? ImageLinks { get; init; }
            }
            """));
    }

    [Fact]
    public void SchemaOrg_JSON_with_nested_brand_and_offer()
    {
        Snapshot.Match("SchemaOrgJson", GeneratorRunner.Generate("""
            using System;
            using System.Collections.Generic;
            using IkmDomain;
            using IkmDomain.Feeds;
            namespace Shop;
            public enum Stock { InStock, OutOfStock, Backorder }
            [MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Json)]
            public partial record Listing(string Id, string Title, Uri Link, Uri ImageLink, Stock Availability, Money Price)
            {
                public string? Description { get; init; }
                public string? Brand { get; init; }
            }
            """));
    }

    [Fact]
    public void TikTok_Shop_and_Shopee_request_bodies_as_JSON_and_JSON_Lines()
    {
        Snapshot.Match("ApiBodies", GeneratorRunner.Generate("""
            using System;
            using IkmDomain;
            using IkmDomain.Crafts;
            using IkmDomain.Feeds;
            namespace Shop;
            public enum State { New, Used, Refurbished }
            [MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Json)]
            [MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)]
            [MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)]
            [MarketplaceFeed(Marketplace.Shopee, FeedFormat.JsonLines)]
            public partial record Listing(string Id, string Title, string Description, Money Price, Weight Weight, int StockQuantity)
            {
                public Dimensions? Dimensions { get; init; }
                public State Condition { get; init; }
                public string? Brand { get; init; }
            }
            """));
    }
}
