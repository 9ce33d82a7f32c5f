using System;
using System.IO;
using System.Linq;
using IkmDomain.Crafts;
using IkmDomain.Feeds;
using IkmDomain.Validation;

namespace IkmDomain.Tests.Feeds;

/// <summary>A user's type whose GTIN is text, for the generated string check.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
public sealed partial record GtinTextListing(string Id, string Title, string Description, Uri Link, Uri ImageLink, string Availability, string Price, string? Gtin);

/// <summary>
/// Google Merchant Center's GTIN prefix rules (answer/6286293 restricted 2, 02, 04; answer/6286302
/// coupons 05, 981-984, 99; GTIN-14's first digit ignored; a UPC reads with a leading 0), in the
/// generated Google writers and in the readiness validator alike.
/// </summary>
public class GoogleGtinRuleTests
{
    [Theory]
    [InlineData("200000000000", "RestrictedPrefix")] // GTIN-13 2…
    [InlineData("020000000000", "RestrictedPrefix")] // GTIN-13 02…
    [InlineData("040000000000", "RestrictedPrefix")] // GTIN-13 04…
    [InlineData("21234567890", "RestrictedPrefix")] // UPC 2… reads 02…
    [InlineData("41234567890", "RestrictedPrefix")] // UPC 4… reads 04…
    [InlineData("51234567890", "Coupon")] // UPC 5… reads 05…
    [InlineData("050000000000", "Coupon")]
    [InlineData("981000000000", "Coupon")]
    [InlineData("984000000000", "Coupon")]
    [InlineData("990000000000", "Coupon")]
    [InlineData("1200000000000", "RestrictedPrefix")] // GTIN-14: first digit ignored, then 2…
    [InlineData("2400638133393", "None")] // GTIN-14 whose first digit is 2: ignored
    [InlineData("985000000000", "None")]
    [InlineData("978000000000", "None")] // ISBN
    [InlineData("899123456789", "None")] // GS1 Indonesia
    [InlineData("01234567890", "None")] // UPC 0… reads 00…
    [InlineData("3000000", "None")] // GTIN-8
    [InlineData("2000000", "RestrictedPrefix")] // GTIN-8 2…
    public void A_GTIN_is_classified_by_its_prefix_as_Google_reads_it(string dataDigits, string expected)
    {
        var gtin = Gtin.FromDataDigits(dataDigits);

        Assert.Equal(expected, GoogleGtinRules.Classify(gtin).ToString());
        Assert.Equal(expected, GoogleGtinRules.Classify(gtin.ToString().AsSpan()).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("20000")]
    public void Text_that_is_not_a_GTIN_is_left_to_Google(string text)
    {
        Assert.Equal(GoogleGtinRestriction.None, GoogleGtinRules.Classify(text.AsSpan()));
    }

    [Fact]
    public void The_Google_writer_skips_a_CraftProduct_with_a_restricted_GTIN_and_writes_the_rest()
    {
        var restricted = CraftProductFeedTests.Product("R-1") with { Gtin = Gtin.FromDataDigits("200000000000") };
        var coupon = CraftProductFeedTests.Product("C-1") with { Gtin = Gtin.FromDataDigits("990000000000") };
        var fine = CraftProductFeedTests.Product("F-1") with { Gtin = Gtin.Parse("4006381333931") };
        using var stream = new MemoryStream();

        var result = CraftProductFeeds.GoogleMerchantXml.Write([restricted, coupon, fine], stream);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(["R-1", "C-1"], result.Skipped.Select(s => s.Id));
        Assert.All(result.Skipped, s => Assert.Equal("gtin", s.Attribute));
        Assert.Contains("restricted prefix", result.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("coupon", result.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("<g:gtin>4006381333931</g:gtin>", stream.Utf8(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_writer_checks_a_GTIN_given_as_text()
    {
        GtinTextListing Make(string id, string? gtin) => new(id, "T", "D", new Uri("https://x.example/p"), new Uri("https://x.example/i.jpg"), "in_stock", "1.00 IDR", gtin);
        using var stream = new MemoryStream();

        var result = GtinTextListingFeeds.GoogleMerchantTsv.Write([Make("A", Gtin.FromDataDigits("040000000000").ToString()), Make("B", "4006381333931"), Make("C", null)], stream);

        Assert.Equal(2, result.ItemsWritten);
        Assert.Equal("A", Assert.Single(result.Skipped).Id);
    }

    [Fact]
    public void The_readiness_validator_reports_IKM490_and_IKM491()
    {
        var validator = new GoogleMerchantReadinessValidator();

        var restricted = validator.Validate(CraftProductFeedTests.Product() with { Gtin = Gtin.FromDataDigits("21234567890") });
        var coupon = validator.Validate(CraftProductFeedTests.Product() with { Gtin = Gtin.FromDataDigits("982000000000") });
        var fine = validator.Validate(CraftProductFeedTests.Product() with { Gtin = Gtin.Parse("4006381333931") });

        Assert.Equal([IkmErrorCodes.GoogleGtinRestrictedPrefix], restricted.Errors.Select(e => e.ErrorCode));
        Assert.Equal([IkmErrorCodes.GoogleGtinCoupon], coupon.Errors.Select(e => e.ErrorCode));
        Assert.DoesNotContain(fine.Errors, e => e.PropertyName == nameof(CraftProduct.Gtin));
    }
}
