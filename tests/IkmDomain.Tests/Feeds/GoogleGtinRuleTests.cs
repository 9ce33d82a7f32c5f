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
/// coupons 05, 981-984, 99; GTIN-14's first digit ignored; a UPC reads with a leading 0; the rule
/// itself is <see cref="Gtin.PrefixUse"/>), in the generated Google writers and in the readiness
/// validator alike.
/// </summary>
public class GoogleGtinRuleTests
{
    [Theory]
    [InlineData("200000000000", true)] // GTIN-13 2…
    [InlineData("21234567890", true)] // UPC 2… reads 02…
    [InlineData("51234567890", true)] // UPC 5… reads 05…
    [InlineData("981000000000", true)]
    [InlineData("1200000000000", true)] // GTIN-14: first digit ignored, then 2…
    [InlineData("2400638133393", false)] // GTIN-14 whose first digit is 2: ignored
    [InlineData("899123456789", false)] // GS1 Indonesia
    public void The_generated_check_follows_Gtin_PrefixUse(string dataDigits, bool disapproved)
    {
        var gtin = Gtin.FromDataDigits(dataDigits);

        Assert.Equal(disapproved, FeedRules.CheckGoogleGtin("gtin", gtin).IsProblem);
        Assert.Equal(disapproved, FeedRules.CheckGoogleGtin("gtin", gtin.ToString()).IsProblem);
        Assert.Equal(!gtin.IsAcceptedByGoogle, disapproved);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("2000000000001")] // wrong check digit: not a GTIN, left to Google
    public void Text_that_is_not_a_GTIN_is_left_to_Google(string? text)
    {
        Assert.False(FeedRules.CheckGoogleGtin("gtin", text).IsProblem);
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
    public void The_readiness_validator_and_the_writer_agree()
    {
        var validator = new GoogleMerchantReadinessValidator();
        var restricted = CraftProductFeedTests.Product() with { Gtin = Gtin.FromDataDigits("21234567890") };
        var coupon = CraftProductFeedTests.Product() with { Gtin = Gtin.FromDataDigits("982000000000") };
        using var stream = new MemoryStream();

        var written = CraftProductFeeds.GoogleMerchantTsv.Write([restricted, coupon], stream);

        Assert.Equal([IkmErrorCodes.GoogleGtinRestrictedPrefix], validator.Validate(restricted).Errors.Select(e => e.ErrorCode));
        Assert.Equal([IkmErrorCodes.GoogleGtinCouponPrefix], validator.Validate(coupon).Errors.Select(e => e.ErrorCode));
        Assert.Equal(0, written.ItemsWritten);
    }
}
