using System.Linq;
using FluentValidation;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Validation;

/// <summary>
/// Checks a <see cref="CraftProduct"/> against Google Merchant Center's product data specification
/// (support.google.com/merchants/answer/7052112): title at most 150 characters (6324415), description
/// at most 5000 (a warning: Google truncates, 6324468) using only Google's allowed HTML, an
/// availability date for preorder and backorder (6324448), shipping weight at most 1000 kg (6324503),
/// sides 1–400 cm (6324498), image links ASCII and at most 2000 characters (6324350), and a GTIN whose
/// prefix Google accepts (<see cref="Gtin.IsAcceptedByGoogle"/>: not restricted 2, 02, 04, answer/6286293;
/// not a coupon 05, 981–984, 99, answer/6286302).
/// </summary>
/// <remarks>Errors mean Google disapproves the item; warnings (<see cref="Severity.Warning"/>) mean it is
/// accepted with changes. Brand (required for handmade goods) and the id rule are already invariants of
/// <see cref="CraftProduct"/>.</remarks>
/// <para>The limits are <see cref="MarketplaceLimits.GoogleMerchant"/>, the same constants the generated Google writers check, and text is counted the same way (<see cref="MarketplaceLimits.CountCharacters"/>); the GTIN rule is the one the generated Google writers apply per item.</para>
/// <threadsafety static="true" instance="true"/>
public sealed class GoogleMerchantReadinessValidator : AbstractValidator<CraftProduct>
{
    /// <summary>Google's longest title.</summary>
    public const int MaxTitleLength = MarketplaceLimits.GoogleMerchant.MaxTitleLength;

    /// <summary>Google's longest description.</summary>
    public const int MaxDescriptionLength = MarketplaceLimits.GoogleMerchant.MaxDescriptionLength;

    /// <summary>Creates the validator.</summary>
    public GoogleMerchantReadinessValidator()
    {
        // IKM130 on every money member: more decimals than the currency has is a misread separator.
        RuleFor(x => x.Price).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.SalePrice).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.Title).Must(t => MarketplaceLimits.FitsLength(t, MaxTitleLength)).WithIkmError(IkmErrorCodes.GoogleTitleTooLong);

        RuleFor(x => x.Description)
            .Must(d => MarketplaceLimits.FitsLength(d, MaxDescriptionLength)).WithIkmError(IkmErrorCodes.GoogleDescriptionTooLong)
            .WithSeverity(Severity.Warning);

        RuleFor(x => x.Description)
            .Must(DescriptionHtml.IsGoogleHtml).WithIkmError(IkmErrorCodes.GoogleDescriptionHtmlNotAllowed);

        RuleFor(x => x.AvailabilityDate)
            .NotNull().When(x => x.Availability is Availability.Preorder or Availability.Backorder)
            .WithIkmError(IkmErrorCodes.GoogleAvailabilityDateMissing);

        RuleFor(x => x.Weight)
            .Must(w => w is null || w.Value.Grams <= MarketplaceLimits.GoogleMerchant.MaxShippingWeightGrams).WithIkmError(IkmErrorCodes.GoogleWeightTooHeavy);

        RuleFor(x => x.Dimensions)
            .Must(d => d is null || (d.Value.ShortestSideCm >= MarketplaceLimits.GoogleMerchant.MinShippingSideCm && d.Value.LongestSideCm <= MarketplaceLimits.GoogleMerchant.MaxShippingSideCm))
            .WithIkmError(IkmErrorCodes.GoogleDimensionsOutOfRange);

        RuleFor(x => x.Gtin)
            .Must(g => g is null || g.Value.PrefixUse != GtinPrefixUse.RestrictedCirculation)
            .WithIkmError(IkmErrorCodes.GoogleGtinRestrictedPrefix);

        RuleFor(x => x.Gtin)
            .Must(g => g is null || g.Value.PrefixUse != GtinPrefixUse.Coupon)
            .WithIkmError(IkmErrorCodes.GoogleGtinCouponPrefix);

        RuleFor(x => x.ImageLinks)
            .Must(links => links.All(u => Common.HttpUrl.TryGetAbsoluteUri(u, out var text) && text.Length <= MarketplaceLimits.GoogleMerchant.MaxUrlLength && System.Text.Ascii.IsValid(text)))
            .WithIkmError(IkmErrorCodes.GoogleImageLinkInvalid);
    }
}
