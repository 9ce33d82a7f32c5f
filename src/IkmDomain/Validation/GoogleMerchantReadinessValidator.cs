using System.Linq;
using FluentValidation;
using IkmDomain.Crafts;

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
/// <threadsafety static="true" instance="true"/>
public sealed class GoogleMerchantReadinessValidator : AbstractValidator<CraftProduct>
{
    /// <summary>Google's longest title.</summary>
    public const int MaxTitleLength = 150;

    /// <summary>Google's longest description.</summary>
    public const int MaxDescriptionLength = 5000;

    /// <summary>Creates the validator.</summary>
    public GoogleMerchantReadinessValidator()
    {
        RuleFor(x => x.Title).Must(t => t.Length <= MaxTitleLength).WithIkmError(IkmErrorCodes.GoogleTitleTooLong);

        RuleFor(x => x.Description)
            .Must(d => d.Length <= MaxDescriptionLength).WithIkmError(IkmErrorCodes.GoogleDescriptionTooLong)
            .WithSeverity(Severity.Warning);

        RuleFor(x => x.Description)
            .Must(DescriptionHtml.IsGoogleHtml).WithIkmError(IkmErrorCodes.GoogleDescriptionHtmlNotAllowed);

        RuleFor(x => x.AvailabilityDate)
            .NotNull().When(x => x.Availability is Availability.Preorder or Availability.Backorder)
            .WithIkmError(IkmErrorCodes.GoogleAvailabilityDateMissing);

        RuleFor(x => x.Weight)
            .Must(w => w is null || w.Value.Grams <= 1_000_000).WithIkmError(IkmErrorCodes.GoogleWeightTooHeavy);

        RuleFor(x => x.Dimensions)
            .Must(d => d is null || (d.Value.ShortestSideCm >= 1 && d.Value.LongestSideCm <= 400))
            .WithIkmError(IkmErrorCodes.GoogleDimensionsOutOfRange);

        RuleFor(x => x.Gtin)
            .Must(g => g is null || g.Value.PrefixUse != GtinPrefixUse.RestrictedCirculation)
            .WithIkmError(IkmErrorCodes.GoogleGtinRestrictedPrefix);

        RuleFor(x => x.Gtin)
            .Must(g => g is null || g.Value.PrefixUse != GtinPrefixUse.Coupon)
            .WithIkmError(IkmErrorCodes.GoogleGtinCouponPrefix);

        RuleFor(x => x.ImageLinks)
            .Must(links => links.All(u => u.AbsoluteUri.Length <= 2000 && System.Text.Ascii.IsValid(u.AbsoluteUri)))
            .WithIkmError(IkmErrorCodes.GoogleImageLinkInvalid);
    }
}
