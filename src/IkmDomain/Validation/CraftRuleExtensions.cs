using System;
using FluentValidation;
using IkmDomain.Classifications;
using IkmDomain.Crafts;

namespace IkmDomain.Validation;

/// <summary>
/// Reusable FluentValidation rules for craft-product text fields, each with its IKM4xx error code and
/// bilingual message: <c>RuleFor(x => x.Gtin).MustBeGtin()</c>.
/// </summary>
/// <remarks>A null value passes every rule here except <see cref="MustBeSku{T}"/>; add
/// <c>NotNull().WithIkmError(IkmErrorCodes.Required)</c> where the value is required.</remarks>
public static class CraftRuleExtensions
{
    /// <summary>The value is a SKU: 1–50 characters, no control characters, no surrounding space (IKM401).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeSku<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(CraftProductRules.IsValidSku).WithIkmError(IkmErrorCodes.ProductSkuInvalid);

    /// <summary>The value names a <see cref="CraftMaterial"/> (code, English or Indonesian name) (IKM405).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeCraftMaterial<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || CraftMaterial.TryParse(v, out _)).WithIkmError(IkmErrorCodes.CraftMaterialUnknown);

    /// <summary>The value names a <see cref="CraftTechnique"/> (IKM407).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeCraftTechnique<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || CraftTechnique.TryParse(v, out _)).WithIkmError(IkmErrorCodes.CraftTechniqueUnknown);

    /// <summary>The value is a GTIN with a correct GS1 check digit (IKM419).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeGtin<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || Gtin.TryParse(v, out _)).WithIkmError(IkmErrorCodes.GtinInvalid);

    /// <summary>
    /// The value is an HS code, plain or dotted (IKM420), that exists in HS 2022 (IKM472; 8- and 10-digit
    /// national codes by their 6-digit stem, see <see cref="HsCode.Exists"/>): 4420.10, split in 2022, fails.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeHsCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || HsCode.TryParse(v, out _)).WithIkmError(IkmErrorCodes.HsCodeInvalid)
            .Must(v => v is null || !HsCode.TryParse(v, out var code) || code.Exists).WithIkmError(IkmErrorCodes.HsCodeNotInNomenclature);

    /// <summary>The value is a weight such as <c>250 g</c> or <c>1.5 kg</c> (IKM413).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeWeight<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || Weight.TryParse(v, out _)).WithIkmError(IkmErrorCodes.ProductWeightInvalid);

    /// <summary>The value is package dimensions such as <c>30 x 20 x 10 cm</c> (IKM414).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeDimensions<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => v is null || Dimensions.TryParse(v, out _)).WithIkmError(IkmErrorCodes.ProductDimensionsInvalid);

    /// <summary>The value is an absolute http or https URL; failures carry <paramref name="code"/> (default IKM417).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="code">The error code to report, for example <see cref="IkmErrorCodes.ProductImageLinkInvalid"/>.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeWebUrl<T>(this IRuleBuilder<T, string?> rule, string code = IkmErrorCodes.ProductLinkInvalid)
    {
        ArgumentNullException.ThrowIfNull(code);
        return rule.Must(v => v is null || CraftProductRules.IsWebUri(v)).WithIkmError(code);
    }
}
