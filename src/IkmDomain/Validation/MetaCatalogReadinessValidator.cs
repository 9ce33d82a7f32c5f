using FluentValidation;
using IkmDomain.Crafts;

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
    public const int MaxTitleLength = 200;

    /// <summary>Meta's longest description.</summary>
    public const int MaxDescriptionLength = 9_999;

    /// <summary>Creates the validator.</summary>
    public MetaCatalogReadinessValidator()
    {
        RuleFor(x => x.Title).Must(t => t.Length <= MaxTitleLength).WithIkmError(IkmErrorCodes.MetaTitleTooLong);
        RuleFor(x => x.Description).Must(d => d.Length <= MaxDescriptionLength).WithIkmError(IkmErrorCodes.MetaDescriptionTooLong);
        RuleFor(x => x.Description).Must(d => !DescriptionHtml.ContainsHtml(d)).WithIkmError(IkmErrorCodes.MetaDescriptionNotPlainText);
    }
}
