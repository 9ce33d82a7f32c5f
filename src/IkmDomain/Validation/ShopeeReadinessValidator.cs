using FluentValidation;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Validation;

/// <summary>
/// Checks a <see cref="CraftProduct"/> against Shopee Indonesia's rules: prices are whole rupiah in IDR
/// (Open Platform <c>v2.product.add_item</c>: decimals are rounded in Indonesia), and the description
/// is plain text, and package dimensions are whole centimetres (<c>dimension</c> takes integers). Name, description and image limits vary per shop and category
/// (<c>v2.product.get_item_limit</c>), so they are not checked here.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class ShopeeReadinessValidator : AbstractValidator<CraftProduct>
{
    /// <summary>Creates the validator.</summary>
    public ShopeeReadinessValidator()
    {
        // IKM130 on every money member: more decimals than the currency has is a misread separator.
        RuleFor(x => x.Price).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.SalePrice).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.Price).Must(IsWholeRupiah).WithIkmError(IkmErrorCodes.ShopeePriceNotWholeRupiah);
        RuleFor(x => x.SalePrice).Must(p => p is null || IsWholeRupiah(p.Value)).WithIkmError(IkmErrorCodes.ShopeePriceNotWholeRupiah);
        RuleFor(x => x.Description).Must(d => !DescriptionHtml.ContainsHtml(d)).WithIkmError(IkmErrorCodes.ShopeeDescriptionNotPlainText);
        RuleFor(x => x.Dimensions)
            .Must(d => d is null || (FeedRules.IsWholeCentimetres(d.Value.LengthCm) && FeedRules.IsWholeCentimetres(d.Value.WidthCm) && FeedRules.IsWholeCentimetres(d.Value.HeightCm)))
            .WithIkmError(IkmErrorCodes.ShopeeDimensionsNotWhole);
    }

    // The Shopee writers' own rule (FeedRules), without the rounding a caller may opt into there.
    private static bool IsWholeRupiah(Money price) => !FeedRules.CheckShopeePrice("original_price", price, round: false, out _).IsProblem;
}
