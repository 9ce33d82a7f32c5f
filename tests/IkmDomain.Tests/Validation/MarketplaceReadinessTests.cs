using System;
using System.Linq;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Tests.Crafts;

namespace IkmDomain.Tests.Validation;

public class MarketplaceReadinessTests
{
    // One change per marketplace rule, and the single code that marketplace must report.
    public static readonly (string Name, Marketplace Marketplace, Func<CraftProduct, CraftProduct> Break, string Code)[] Mutations =
    [
        ("Google title 151", Marketplace.GoogleMerchant, p => p with { Title = new string('t', 151) }, IkmErrorCodes.GoogleTitleTooLong),
        ("Google description 5001", Marketplace.GoogleMerchant, p => p with { Description = new string('d', 5001) }, IkmErrorCodes.GoogleDescriptionTooLong),
        ("Google paragraph tag", Marketplace.GoogleMerchant, p => p with { Description = "<p>" + p.Description + "</p>" }, IkmErrorCodes.GoogleDescriptionHtmlNotAllowed),
        ("Google preorder without date", Marketplace.GoogleMerchant, p => p with { Availability = Availability.Preorder, AvailabilityDate = null }, IkmErrorCodes.GoogleAvailabilityDateMissing),
        ("Google weight 1000.001 kg", Marketplace.GoogleMerchant, p => p with { Weight = Weight.FromGrams(1_000_001) }, IkmErrorCodes.GoogleWeightTooHeavy),
        ("Google side 401 cm", Marketplace.GoogleMerchant, p => p with { Dimensions = new Dimensions(401, 10, 10) }, IkmErrorCodes.GoogleDimensionsOutOfRange),
        ("Google long image link", Marketplace.GoogleMerchant, p => p with { ImageLinks = [new Uri("https://cdn.example.id/" + new string('a', 2000) + ".jpg")] }, IkmErrorCodes.GoogleImageLinkInvalid),
        ("Google in-store GTIN 2001234567893", Marketplace.GoogleMerchant, p => p with { Gtin = Gtin.Parse("2001234567893") }, IkmErrorCodes.GoogleGtinRestrictedPrefix),
        ("Google UPC with restricted 02 prefix", Marketplace.GoogleMerchant, p => p with { Gtin = Gtin.Parse("212345678909") }, IkmErrorCodes.GoogleGtinRestrictedPrefix),
        ("Google GTIN-14 with restricted prefix after the indicator", Marketplace.GoogleMerchant, p => p with { Gtin = Gtin.Parse("12001234567890") }, IkmErrorCodes.GoogleGtinRestrictedPrefix),
        ("Google coupon GTIN 981", Marketplace.GoogleMerchant, p => p with { Gtin = Gtin.Parse("9812345678902") }, IkmErrorCodes.GoogleGtinCouponPrefix),
        ("Google coupon GTIN 99", Marketplace.GoogleMerchant, p => p with { Gtin = Gtin.Parse("9912345678909") }, IkmErrorCodes.GoogleGtinCouponPrefix),
        ("Meta title 201", Marketplace.MetaCatalog, p => p with { Title = new string('t', 201) }, IkmErrorCodes.MetaTitleTooLong),
        ("Meta description 10000", Marketplace.MetaCatalog, p => p with { Description = new string('d', 10_000) }, IkmErrorCodes.MetaDescriptionTooLong),
        ("Meta HTML description", Marketplace.MetaCatalog, p => p with { Description = "<b>" + p.Description + "</b>" }, IkmErrorCodes.MetaDescriptionNotPlainText),
        ("TikTok title 24", Marketplace.TikTokShop, p => p with { Title = new string('t', 24) }, IkmErrorCodes.TikTokTitleLength),
        ("TikTok price Rp50", Marketplace.TikTokShop, p => p.WithPrices(Money.Idr(50), null), IkmErrorCodes.TikTokPriceOutOfRange),
        ("TikTok price above Rp100,000,000", Marketplace.TikTokShop, p => p.WithPrices(Money.Idr(100_000_001), null), IkmErrorCodes.TikTokPriceOutOfRange),
        ("TikTok price in USD", Marketplace.TikTokShop, p => p.WithPrices(Money.Usd(25), null), IkmErrorCodes.TikTokPriceOutOfRange),
        ("TikTok ten images", Marketplace.TikTokShop, p => p with { ImageLinks = Enumerable.Range(1, 10).Select(i => new Uri($"https://cdn.example.id/{i}.jpg")).ToArray() }, IkmErrorCodes.TikTokTooManyImages),
        ("TikTok half centimetre", Marketplace.TikTokShop, p => p with { Dimensions = new Dimensions(10.5m, 10, 10) }, IkmErrorCodes.TikTokDimensionsNotWhole),
        ("TikTok div in description", Marketplace.TikTokShop, p => p with { Description = "<div>" + p.Description + "</div>" }, IkmErrorCodes.TikTokDescriptionHtmlNotAllowed),
        ("TikTok nested paragraphs", Marketplace.TikTokShop, p => p with { Description = "<p><p>" + p.Description + "</p></p>" }, IkmErrorCodes.TikTokDescriptionHtmlNotAllowed),
        ("Shopee half centimetre", Marketplace.Shopee, p => p with { Dimensions = new Dimensions(10, 10.5m, 10) }, IkmErrorCodes.ShopeeDimensionsNotWhole),
        ("Shopee half rupiah", Marketplace.Shopee, p => p.WithPrices(Money.Idr(p.Price.Amount + 0.5m), p.SalePrice), IkmErrorCodes.ShopeePriceNotWholeRupiah),
        ("Shopee HTML description", Marketplace.Shopee, p => p with { Description = "<br>" + p.Description }, IkmErrorCodes.ShopeeDescriptionNotPlainText),
    ];

    public static TheoryData<int> MutationIndexes
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < Mutations.Length; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [Property]
    public Property A_generated_product_is_ready_for_every_marketplace() =>
        Prop.ForAll(IkmArbitraries.CraftProduct(), p =>
            Enum.GetValues<Marketplace>().All(m => MarketplaceReadiness.For(m).Validate(p).Errors.Count == 0));

    [Property(MaxTest = 30)]
    public Property Breaking_one_marketplace_rule_fails_exactly_that_rule() =>
        Prop.ForAll(IkmArbitraries.CraftProduct(), Gen.Choose(0, Mutations.Length - 1).ToArbitrary(), (product, index) =>
        {
            var (name, marketplace, breakIt, code) = Mutations[index];
            var errors = MarketplaceReadiness.For(marketplace).Validate(breakIt(product)).Errors;
            return (errors.Count == 1 && errors[0].ErrorCode == code).Label($"{name}: {string.Join(", ", errors.Select(e => e.ErrorCode))}");
        });

    [Theory]
    [MemberData(nameof(MutationIndexes))]
    public void Each_marketplace_rule_has_an_example(int index)
    {
        var (name, marketplace, breakIt, code) = Mutations[index];

        var failure = Assert.Single(MarketplaceReadiness.For(marketplace).Validate(breakIt(CraftProductTests.Sample())).Errors);

        Assert.True(failure.ErrorCode == code, $"{name}: got {failure.ErrorCode}");
    }

    [Fact]
    public void FindRejected_lists_only_the_products_Google_rejects_and_why()
    {
        var good = CraftProductTests.Sample();
        var longTitle = good with { Sku = "LONG-1", Title = new string('t', 151) };
        var longDescription = good with { Sku = "LONG-2", Description = new string('d', 5001) };

        var rejected = MarketplaceReadiness.FindRejected([good, longTitle, longDescription], Marketplace.GoogleMerchant);

        var rejection = Assert.Single(rejected);
        Assert.Equal("LONG-1", rejection.Product.Sku);
        Assert.Equal(IkmErrorCodes.GoogleTitleTooLong, Assert.Single(rejection.Errors).ErrorCode);
    }

    [Fact]
    public void An_overlong_Google_description_is_only_a_warning()
    {
        var product = CraftProductTests.Sample() with { Description = new string('d', 5001) };

        var failure = Assert.Single(MarketplaceReadiness.For(Marketplace.GoogleMerchant).Validate(product).Errors);

        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Converting_the_description_makes_a_product_ready_for_Meta_and_Shopee()
    {
        var product = CraftProductTests.Sample() with { Description = "<p>Ukiran <b>jati</b></p><ul><li>60 cm</li></ul>" };
        var converted = product with { Description = DescriptionHtml.ToPlainText(product.Description) };

        Assert.NotEmpty(MarketplaceReadiness.FindRejected([product], Marketplace.MetaCatalog));
        Assert.Empty(MarketplaceReadiness.FindRejected([converted], Marketplace.MetaCatalog));
        Assert.Empty(MarketplaceReadiness.FindRejected([converted], Marketplace.Shopee));
    }
}
