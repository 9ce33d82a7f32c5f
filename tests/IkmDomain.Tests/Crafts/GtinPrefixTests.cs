using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

/// <summary>Google Merchant Center's GTIN prefix rules (answer/6286293 restricted, answer/6286302 coupons).</summary>
public class GtinPrefixTests
{
    [Theory]
    [InlineData("2001234567893", GtinPrefixUse.RestrictedCirculation)]  // in-store / variable measure, prefix 2
    [InlineData("212345678909", GtinPrefixUse.RestrictedCirculation)]   // UPC read with a leading 0: 02
    [InlineData("412345678903", GtinPrefixUse.RestrictedCirculation)]   // UPC: 04
    [InlineData("12001234567890", GtinPrefixUse.RestrictedCirculation)] // GTIN-14: indicator 1 ignored, then 2
    [InlineData("104123456789", GtinPrefixUse.TradeItem)]               // UPC 104...: 0104, prefix 01
    [InlineData("29123452", GtinPrefixUse.RestrictedCirculation)]       // GTIN-8 starting with 2
    [InlineData("02123455", GtinPrefixUse.RestrictedCirculation)]       // GTIN-8 starting with 02
    [InlineData("512345678900", GtinPrefixUse.Coupon)]                  // UPC 5...: 05 (UPC number system 5)
    [InlineData("051234567890", GtinPrefixUse.TradeItem)]               // UPC 05...: 005, not 05
    [InlineData("9812345678902", GtinPrefixUse.Coupon)]
    [InlineData("9912345678909", GtinPrefixUse.Coupon)]
    [InlineData("99123451", GtinPrefixUse.Coupon)]
    [InlineData("8991234567891", GtinPrefixUse.TradeItem)]              // Indonesia, 899
    [InlineData("4006381333931", GtinPrefixUse.TradeItem)]              // Germany, 400
    [InlineData("978012345672", GtinPrefixUse.TradeItem)]               // UPC 9780...: 0978 -> prefix 09
    [InlineData("036000291452", GtinPrefixUse.TradeItem)]               // UPC-A: 00
    [InlineData("10614141000415", GtinPrefixUse.TradeItem)]             // GTIN-14: 0614141... -> 06
    [InlineData("89123454", GtinPrefixUse.TradeItem)]
    public void Prefix_use_reads_the_GTIN_13_form(string text, GtinPrefixUse expected)
    {
        var gtin = Gtin.Parse(text);

        Assert.Equal(expected, gtin.PrefixUse);
        Assert.Equal(expected == GtinPrefixUse.TradeItem, gtin.IsAcceptedByGoogle);
    }

    [Fact]
    public void Google_readiness_rejects_the_in_store_GTIN_2001234567893()
    {
        var product = CraftProductTests.Sample() with { Gtin = Gtin.Parse("2001234567893") };

        var result = MarketplaceReadiness.For(Marketplace.GoogleMerchant).Validate(product);

        var error = Assert.Single(result.Errors);
        Assert.Equal(IkmErrorCodes.GoogleGtinRestrictedPrefix, error.ErrorCode);
        Assert.Contains("2001234567893", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_marketplaces_do_not_apply_Googles_prefix_rule()
    {
        var product = CraftProductTests.Sample() with { Gtin = Gtin.Parse("2001234567893") };

        foreach (var marketplace in new[] { Marketplace.MetaCatalog, Marketplace.TikTokShop, Marketplace.Shopee, Marketplace.SchemaOrg })
        {
            Assert.True(MarketplaceReadiness.For(marketplace).Validate(product).IsValid, marketplace.ToString());
        }
    }

    // Whole space: an independent reading of Google's text on the digits as strings, over every length.
    [Property(MaxTest = 2000)]
    public Property Prefix_use_matches_Googles_rule_on_the_13_digit_form() =>
        Prop.ForAll(IkmArbitraries.Gtin(), gtin =>
        {
            var text = gtin.ToString();
            var form = text.Length switch { 12 => "0" + text, 14 => text[1..], _ => text };
            var restricted = form.StartsWith('2') || form.StartsWith("02", StringComparison.Ordinal) || form.StartsWith("04", StringComparison.Ordinal);
            var coupon = new[] { "05", "981", "982", "983", "984", "99" }.Any(p => form.StartsWith(p, StringComparison.Ordinal));
            var expected = restricted ? GtinPrefixUse.RestrictedCirculation : coupon ? GtinPrefixUse.Coupon : GtinPrefixUse.TradeItem;
            return gtin.PrefixUse == expected && gtin.IsAcceptedByGoogle == (expected == GtinPrefixUse.TradeItem);
        });

    [Fact]
    public void Every_two_and_three_digit_prefix_of_a_GTIN_13_is_classified_as_Google_says()
    {
        for (var prefix = 0; prefix < 1000; prefix++)
        {
            var gtin = Gtin.FromDataDigits(prefix.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "000000000");
            var restricted = prefix / 100 == 2 || prefix / 10 is 2 or 4;
            var coupon = prefix / 10 is 5 or 99 || prefix is >= 981 and <= 984;

            Assert.Equal(restricted ? GtinPrefixUse.RestrictedCirculation : coupon ? GtinPrefixUse.Coupon : GtinPrefixUse.TradeItem, gtin.PrefixUse);
        }
    }

    [Fact]
    public void Default_gtin_reports_trade_item() => Assert.Equal(GtinPrefixUse.TradeItem, default(Gtin).PrefixUse);

    [Fact]
    public void Default_gtin_is_not_set_so_google_does_not_accept_it()
    {
        Assert.False(default(Gtin).IsAcceptedByGoogle);
        Assert.True(Gtin.Parse("8991234567891").IsAcceptedByGoogle);
    }
}
