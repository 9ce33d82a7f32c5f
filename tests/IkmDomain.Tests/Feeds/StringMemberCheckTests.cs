using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Tests.Feeds;

/// <summary>A user's type that keeps availability, condition, price and link as plain strings.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
public sealed record StringListing(string Id, string Title, string Description, string Link, string ImageLink, string Availability, string Condition, string Price)
{
    public double? ShippingWeight { get; init; }

    public string? SalePrice { get; init; }
}

/// <summary>
/// String members hold whatever the caller put there, so the writers check them as the typed members
/// are checked (found by a newcomer: "banana" availability and "free" price were written as they were).
/// </summary>
public class StringMemberCheckTests
{
    private static StringListing Google(string availability = "in_stock", string condition = "new", string price = "450000.00 IDR", string link = "https://toko.example/p/1") =>
        new("S-1", "Tas anyaman", "Anyaman pandan", link, "https://toko.example/i/1.jpg", availability, condition, price);

    private static StringListing Meta(string availability = "in stock", string price = "450000.00 IDR") => Google(availability, "new", price);

    private static FeedWriteResult Tsv(StringListing item, out string text)
    {
        using var stream = new MemoryStream();
        var result = StringListingFeeds.GoogleMerchantTsv.Write([item], stream);
        text = stream.Utf8();
        return result;
    }

    [Theory]
    [InlineData("in_stock", null)]
    [InlineData("out_of_stock", null)]
    [InlineData("backorder", "IKM433")] // A type with no availability date: Google refuses backorder without one.
    [InlineData("preorder", "IKM433")]
    [InlineData("banana", "IKM411")]
    [InlineData("In Stock", "IKM411")]
    [InlineData("in stock", "IKM411")] // Meta's spelling, not Google's.
    public void Google_availability_text_is_one_of_Googles_values(string availability, string? code)
    {
        var result = Tsv(Google(availability: availability), out var text);

        Assert.Equal(code, result.Skipped is [var skipped] ? skipped.Code : null);
        if (code == "IKM411")
        {
            Assert.Contains("in_stock, out_of_stock, preorder, backorder", result.Skipped[0].Reason, StringComparison.Ordinal);
            Assert.DoesNotContain(availability, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("new", null)]
    [InlineData("mint", "IKM423")]
    [InlineData("NEW", "IKM423")]
    public void Google_condition_text_is_one_of_Googles_values(string condition, string? code)
    {
        var result = Tsv(Google(condition: condition), out _);

        Assert.Equal(code, result.Skipped is [var skipped] ? skipped.Code : null);
    }

    [Theory]
    [InlineData("450000.00 IDR", null)]
    [InlineData("12.5 USD", null)]
    [InlineData("450000 IDR", null)]
    [InlineData("free", "IKM408")]
    [InlineData("450.000,00 IDR", "IKM408")]
    [InlineData("450000.00", "IKM408")]
    [InlineData("450000.00 XYZ", "IKM408")]
    [InlineData("-5.00 IDR", "IKM408")]
    [InlineData("0.00 IDR", "IKM408")]
    [InlineData("1.005 IDR", "IKM130")]
    [InlineData("5.00 XAU", "IKM492")]
    public void A_price_text_is_an_amount_and_a_currency_code(string price, string? code)
    {
        var result = Tsv(Google(price: price), out _);

        Assert.Equal(code, result.Skipped is [var skipped] ? skipped.Code : null);
    }

    [Fact]
    public void A_sale_price_text_is_checked_too()
    {
        var result = Tsv(Google() with { SalePrice = "gratis" }, out _);

        Assert.Equal(("sale_price", "IKM410"), (result.Skipped[0].Attribute, result.Skipped[0].Code));
    }

    [Theory]
    [InlineData("https://toko.example/p/1", true)]
    [InlineData("https://toko.example/p/%20b", true)]
    [InlineData("https://a.example/ b", false)]
    [InlineData("https://a.example/\"x\"", false)]
    [InlineData("https://a.example/{x}", false)]
    [InlineData("javascript:alert(1)", false)]
    public void A_link_text_must_be_written_as_a_feed_carries_it(string link, bool written)
    {
        var result = Tsv(Google(link: link), out _);

        Assert.Equal(written ? 1 : 0, result.ItemsWritten);
    }

    [Theory]
    [InlineData("in stock", null)]
    [InlineData("available for order", null)]
    [InlineData("in_stock", "IKM411")]
    [InlineData(" in stock ", "IKM411")]
    public void Meta_availability_text_is_one_of_Metas_values(string availability, string? code)
    {
        using var stream = new MemoryStream();

        var result = StringListingFeeds.MetaCatalogCsv.Write([Meta(availability)], stream);

        Assert.Equal(code, result.Skipped is [var skipped] ? skipped.Code : null);
    }

    [Fact]
    public void The_xml_writer_checks_the_same_texts()
    {
        using var stream = new MemoryStream();

        var result = StringListingFeeds.GoogleMerchantXml.Write([Google(availability: "banana"), Google(price: "free") with { Id = "S-2" }, Google() with { Id = "S-3" }], stream);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(["IKM411", "IKM408"], result.Skipped.Select(s => s.Code));
    }

    [Fact]
    public void A_weight_of_negative_zero_is_written_as_zero()
    {
        var result = Tsv(Google() with { ShippingWeight = -0.0 }, out var text);

        Assert.Equal(1, result.ItemsWritten);
        Assert.DoesNotContain("-0", text, StringComparison.Ordinal);
        Assert.Contains("\t0 kg", text, StringComparison.Ordinal);
    }
}

/// <summary>A user's type with a Money price and sale price (CraftProduct refuses a bad pair itself).</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Xml)]
public sealed record SaleListing(string Id, string Title, string Description, Uri Link, Uri ImageLink, Availability Availability, Condition Condition, Money Price)
{
    public Money? SalePrice { get; init; }
}

/// <summary>A sale price stands beside the price: same currency, below it (IKM410), as the readiness validators and CraftProduct say.</summary>
public class SalePriceFeedTests
{
    public static TheoryData<string> Writers() => ["GoogleMerchantTsv", "GoogleMerchantXml", "MetaCatalogCsv", "MetaCatalogTsv", "MetaCatalogXml"];

    private static FeedWriteResult Write(string writer, SaleListing item)
    {
        using var stream = new MemoryStream();
        SaleListing[] items = [item];
        return writer switch
        {
            "GoogleMerchantTsv" => SaleListingFeeds.GoogleMerchantTsv.Write(items, stream),
            "GoogleMerchantXml" => SaleListingFeeds.GoogleMerchantXml.Write(items, stream),
            "MetaCatalogCsv" => SaleListingFeeds.MetaCatalogCsv.Write(items, stream),
            "MetaCatalogTsv" => SaleListingFeeds.MetaCatalogTsv.Write(items, stream),
            _ => SaleListingFeeds.MetaCatalogXml.Write(items, stream),
        };
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void A_sale_price_at_or_above_the_price_or_in_another_currency_is_skipped(string writer)
    {
        var item = new SaleListing("S-1", "Tas anyaman", "Anyaman pandan", new Uri("https://toko.example/p/1"), new Uri("https://toko.example/i/1.jpg"), Availability.InStock, Condition.New, Money.Idr(150000m));

        Assert.Equal(1, Write(writer, item with { SalePrice = Money.Idr(120000m) }).ItemsWritten);
        Assert.Equal(1, Write(writer, item).ItemsWritten);
        foreach (var sale in new[] { Money.Idr(150000m), Money.Idr(200000m), new Money(10m, Currency.USD) })
        {
            var result = Write(writer, item with { SalePrice = sale });

            var skipped = Assert.Single(result.Skipped);
            Assert.Equal(IkmDomain.Validation.IkmErrorCodes.ProductSalePriceInvalid, skipped.Code);
            Assert.EndsWith("sale_price", skipped.Attribute, StringComparison.Ordinal);
        }
    }
}

/// <summary>A custom template with a list of text values joined with commas in one cell.</summary>
[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
public sealed partial record TaggedRow([property: FeedColumn("tags", "SKU")] string Sku)
{
    [FeedColumn("tags", "Tag")] public IReadOnlyList<string>? Tags { get; init; }
}

/// <summary>A value holding the comma its cell joins the list with would read back as two values (IKM498, found by a newcomer).</summary>
public class CommaJoinedListTests
{
    [Theory]
    [InlineData(new[] { "b", "c" }, true)]
    [InlineData(new[] { "b,c" }, false)]
    [InlineData(new[] { "a", "b,c" }, false)]
    public void A_list_value_with_a_comma_is_skipped(string[] tags, bool written)
    {
        using var stream = new MemoryStream();

        var result = TaggedRowFeeds.CustomCsv.Tags.Write([new TaggedRow("T-1") { Tags = tags }], stream);

        Assert.Equal(written ? 1 : 0, result.ItemsWritten);
        if (!written)
        {
            Assert.Equal(("Tag", IkmDomain.Validation.IkmErrorCodes.FeedListValueHasComma), (result.Skipped[0].Attribute, result.Skipped[0].Code));
        }
    }
}

/// <summary>Google's product_type with a comma in a value: TSV joins the values with commas, XML gives each its element.</summary>
public class GoogleCommaListTests
{
    [Fact]
    public void A_product_type_with_a_comma_is_skipped_in_TSV_and_written_in_XML()
    {
        var listing = FeedTestData.Batik() with { ProductTypes = ["Home > Decor", "Gifts, crafts"] };
        using var tsv = new MemoryStream();
        using var xml = new MemoryStream();

        var tsvResult = ListingFeeds.GoogleMerchantTsv.Write([listing], tsv);
        var xmlResult = ListingFeeds.GoogleMerchantXml.Write([listing], xml);

        Assert.Equal(("product_type", IkmDomain.Validation.IkmErrorCodes.FeedListValueHasComma), (tsvResult.Skipped[0].Attribute, tsvResult.Skipped[0].Code));
        Assert.Equal(1, xmlResult.ItemsWritten);
        Assert.Contains("<g:product_type>Gifts, crafts</g:product_type>", xml.Utf8(), StringComparison.Ordinal);
    }
}
