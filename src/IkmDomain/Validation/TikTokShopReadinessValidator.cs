using FluentValidation;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Validation;

/// <summary>
/// Checks a <see cref="CraftProduct"/> against TikTok Shop's Indonesian product rules
/// (Partner API <c>POST /product/202309/products</c>): title 25–255 characters, prices in IDR from
/// Rp100 to Rp100,000,000, at most 9 main images, package dimensions in whole centimetres, and a
/// description using only the tags TikTok allows, not nested (<see cref="DescriptionHtml.IsTikTokShopHtml"/>).
/// The generated TikTok Shop writers check the same rules with the same limits (<see cref="FeedRules"/>).
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class TikTokShopReadinessValidator : AbstractValidator<CraftProduct>
{
    /// <summary>The shortest title outside the US and UK.</summary>
    public const int MinTitleLength = MarketplaceLimits.TikTokShop.MinTitleLength;

    /// <summary>The longest title.</summary>
    public const int MaxTitleLength = MarketplaceLimits.TikTokShop.MaxTitleLength;

    /// <summary>The lowest price in Indonesia, in rupiah.</summary>
    public const decimal MinPriceRupiah = MarketplaceLimits.TikTokShop.MinPriceRupiah;

    /// <summary>The highest price in Indonesia, in rupiah.</summary>
    public const decimal MaxPriceRupiah = MarketplaceLimits.TikTokShop.MaxPriceRupiah;

    /// <summary>The most main images.</summary>
    public const int MaxImages = MarketplaceLimits.TikTokShop.MaxMainImages;

    /// <summary>Creates the validator.</summary>
    public TikTokShopReadinessValidator()
    {
        // IKM130 on every money member: more decimals than the currency has is a misread separator.
        RuleFor(x => x.Price).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.SalePrice).MustNotHaveMoreDecimalsThanCurrency();
        // The writers' own rules (FeedRules), so a product this passes is one the TikTok Shop writers write.
        RuleFor(x => x.Title).Must(t => t is not null && !FeedRules.CheckTikTokShopTitle("title", t).IsProblem).WithIkmError(IkmErrorCodes.TikTokTitleLength);
        RuleFor(x => x.Price).Must(IsInRange).WithIkmError(IkmErrorCodes.TikTokPriceOutOfRange);
        RuleFor(x => x.SalePrice).Must(p => p is null || IsInRange(p.Value)).WithIkmError(IkmErrorCodes.TikTokPriceOutOfRange);
        RuleFor(x => x.ImageLinks).Must(i => i.Count <= MaxImages).WithIkmError(IkmErrorCodes.TikTokTooManyImages);
        RuleFor(x => x.Dimensions)
            .Must(d => d is null || (IsWhole(d.Value.LengthCm) && IsWhole(d.Value.WidthCm) && IsWhole(d.Value.HeightCm)))
            .WithIkmError(IkmErrorCodes.TikTokDimensionsNotWhole);
        RuleFor(x => x.Description).Must(DescriptionHtml.IsTikTokShopHtml).WithIkmError(IkmErrorCodes.TikTokDescriptionHtmlNotAllowed);
    }

    private static bool IsInRange(Money price) => !FeedRules.CheckTikTokShopPrice("price", price).IsProblem;

    private static bool IsWhole(decimal value) => FeedRules.IsWholeCentimetres(value);
}
