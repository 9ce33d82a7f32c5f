using FluentValidation;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Validation;

/// <summary>
/// Checks a <see cref="CraftProduct"/> against Meta's catalog limits (developers.facebook.com catalog
/// reference; Meta's data feed specifications): title at most 200 characters, description at most
/// 9,999 characters of plain text (HTML belongs in <c>rich_text_description</c>; convert with
/// <see cref="DescriptionHtml.ToPlainText"/>).
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class MetaCatalogReadinessValidator : AbstractValidator<CraftProduct>
{
    /// <summary>Meta's longest title.</summary>
    public const int MaxTitleLength = MarketplaceLimits.MetaCatalog.MaxTitleLength;

    /// <summary>Meta's longest description.</summary>
    public const int MaxDescriptionLength = MarketplaceLimits.MetaCatalog.MaxDescriptionLength;

    /// <summary>Creates the validator.</summary>
    public MetaCatalogReadinessValidator()
    {
        // IKM130 on every money member: more decimals than the currency has is a misread separator.
        RuleFor(x => x.Price).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.SalePrice).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(x => x.Title).Must(t => MarketplaceLimits.FitsLength(t, MaxTitleLength)).WithIkmError(IkmErrorCodes.MetaTitleTooLong);
        RuleFor(x => x.Description).Must(d => MarketplaceLimits.FitsLength(d, MaxDescriptionLength)).WithIkmError(IkmErrorCodes.MetaDescriptionTooLong);
        RuleFor(x => x.Description).Must(d => !DescriptionHtml.ContainsHtml(d)).WithIkmError(IkmErrorCodes.MetaDescriptionNotPlainText);
    }
}
