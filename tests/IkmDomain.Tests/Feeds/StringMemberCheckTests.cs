using System;
using System.IO;
using System.Linq;
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
    [InlineData("backorder", null)]
    [InlineData("banana", "IKM411")]
    [InlineData("In Stock", "IKM411")]
    [InlineData("in stock", "IKM411")] // Meta's spelling, not Google's.
    public void Google_availability_text_is_one_of_Googles_values(string availability, string? code)
    {
        var result = Tsv(Google(availability: availability), out var text);

        Assert.Equal(code, result.Skipped is [var skipped] ? skipped.Code : null);
        if (code is not null)
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
