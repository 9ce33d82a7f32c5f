using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Regions;

namespace IkmDomain.Validation;

/// <summary>
/// Checks a <see cref="CraftProductInput"/> against every rule of <see cref="CraftProduct"/> and reports
/// each broken rule with its IKM4xx code (IKM001 for a missing required value), its property and a
/// message in English or Indonesian. A valid input always converts with <see cref="CraftProductInput.ToProduct"/>.
/// </summary>
/// <remarks>
/// One failure per broken rule: each member stops at its first failure, and the sale-price rule
/// compares with the price only when the price itself is valid. Marketplace limits are checked
/// separately, on the product, by <see cref="MarketplaceReadiness"/>.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class CraftProductValidator : AbstractValidator<CraftProductInput>
{
    /// <summary>Creates the validator.</summary>
    public CraftProductValidator()
    {
        RuleFor(x => x.Sku).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .MustBeSku();

        RuleFor(x => x.Title).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(t => CraftProductRules.IsValidText(t, CraftProduct.MaxTitleLength)).WithIkmError(IkmErrorCodes.ProductTitleInvalid);

        RuleFor(x => x.Description).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(t => CraftProductRules.IsValidText(t, CraftProduct.MaxDescriptionLength)).WithIkmError(IkmErrorCodes.ProductDescriptionInvalid);

        RuleFor(x => x.Materials).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(m => m!.Count > 0).WithIkmError(IkmErrorCodes.ProductMaterialsEmpty)
            .Must(m => !HasDuplicateMaterials(m!)).WithIkmError(IkmErrorCodes.ProductMaterialDuplicated);
        RuleForEach(x => x.Materials).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.CraftMaterialUnknown)
            .MustBeCraftMaterial();

        RuleFor(x => x.Technique).MustBeCraftTechnique();

        RuleFor(x => x.Price).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(p => p > 0).WithIkmError(IkmErrorCodes.ProductPriceInvalid)
            .MustNotHaveMoreDecimalsThanCurrency(x => x.Currency);

        RuleFor(x => x.Currency).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(c => Currency.TryFromCode(c, out _)).WithIkmError(IkmErrorCodes.ProductCurrencyUnknown);

        RuleFor(x => x.SalePrice).Cascade(CascadeMode.Stop)
            .MustNotHaveMoreDecimalsThanCurrency(x => x.Currency)
            .Must((x, sale) => sale is null || (sale > 0 && (x.Price is not > 0 || sale < x.Price)))
            .WithIkmError(IkmErrorCodes.ProductSalePriceInvalid);

        RuleFor(x => x.Availability)
            .Must(a => a is null || CraftEnumText.TryParseAvailability(a, out _)).WithIkmError(IkmErrorCodes.ProductAvailabilityUnknown);

        RuleFor(x => x.StockQuantity)
            .Must(q => q is null or >= 0).WithIkmError(IkmErrorCodes.ProductStockNegative);

        RuleFor(x => x.Weight).MustBeWeight();
        RuleFor(x => x.Dimensions).MustBeDimensions();

        RuleFor(x => x.ImageLinks).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(i => i!.Count is > 0 and <= CraftProduct.MaxImageLinks).WithIkmError(IkmErrorCodes.ProductImageCountInvalid);
        RuleForEach(x => x.ImageLinks).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.ProductImageLinkInvalid)
            .MustBeWebUrl(IkmErrorCodes.ProductImageLinkInvalid);

        RuleFor(x => x.Link).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .MustBeWebUrl(IkmErrorCodes.ProductLinkInvalid);

        RuleFor(x => x.Brand).Cascade(CascadeMode.Stop)
            .NotNull().WithIkmError(IkmErrorCodes.Required)
            .Must(b => CraftProductRules.IsValidText(b, CraftProduct.MaxBrandLength)).WithIkmError(IkmErrorCodes.ProductBrandInvalid);

        RuleFor(x => x.Gtin).MustBeGtin();
        RuleFor(x => x.HsCode).MustBeHsCode();

        RuleFor(x => x.OriginRegion)
            .Must(r => r is null || RegionCode.TryParse(r, out _)).WithIkmError(IkmErrorCodes.ProductOriginRegionInvalid);

        RuleFor(x => x.MakerNib)
            .Must(n => n is null || Nib.TryParse(n, out _)).WithIkmError(IkmErrorCodes.ProductMakerNibInvalid);

        RuleFor(x => x.Condition)
            .Must(c => c is null || CraftEnumText.TryParseCondition(c, out _)).WithIkmError(IkmErrorCodes.ProductConditionUnknown);

        RuleForEach(x => x.Certifications).NotNull().WithIkmError(IkmErrorCodes.Required);
    }

    // Only names that parse count; an unknown name is reported by its own rule.
    private static bool HasDuplicateMaterials(IList<string?> materials)
    {
        var parsed = materials
            .Select(m => CraftMaterial.TryParse(m, out var material) ? material : (CraftMaterial?)null)
            .OfType<CraftMaterial>()
            .ToList();
        return CraftProductRules.HasDuplicates(parsed);
    }
}
