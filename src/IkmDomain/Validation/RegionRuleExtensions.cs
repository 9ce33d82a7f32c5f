using System;
using FluentValidation;
using IkmDomain.Regions;

namespace IkmDomain.Validation;

/// <summary>
/// FluentValidation rules for region data that arrives as raw strings (CSV rows, DTOs):
/// <c>RuleFor(x => x.VillageCode).MustBeRegionCode(RegionLevel.Village)</c>,
/// <c>RuleFor(x => x.PostalCode).MustBePostalCode()</c>.
/// </summary>
/// <remarks>
/// A null value passes (add <c>NotEmpty().WithIkmError(IkmErrorCodes.Required)</c> when the value is
/// required); any other value, including an empty string, must be a code. Each failure carries one IKM2xx
/// code and a message in English or Indonesian.
/// </remarks>
public static class RegionRuleExtensions
{
    /// <summary>
    /// The value must be a well-formed Kemendagri region code (IKM201, Permendagri 137/2017 Art. 4), at
    /// <paramref name="level"/> when given (IKM203), that exists in <see cref="RegionDirectory.Default"/>
    /// (IKM202, Kepmendagri 300.2.2-2138/2025). At most one of the three is reported.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule for a string property.</param>
    /// <param name="level">The level the code must have, or null for any level.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeRegionCode<T>(this IRuleBuilder<T, string?> rule, RegionLevel? level = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var required = level is { } l ? Describe(l) : null;
        return rule
            .Must(value => value is null || RegionCode.TryParse(value, out _))
            .WithIkmError(IkmErrorCodes.RegionCodeMalformed)
            .Must((_, value, context) =>
            {
                if (level is null || value is null || !RegionCode.TryParse(value, out var code) || code.Level == level)
                {
                    return true;
                }

                context.MessageFormatter.AppendArgument("RegionLevel", required);
                context.MessageFormatter.AppendArgument("ActualRegionLevel", Describe(code.Level));
                return false;
            })
            .WithIkmError(IkmErrorCodes.RegionCodeWrongLevel)
            .Must((_, value, context) =>
            {
                if (value is null || !RegionCode.TryParse(value, out var code) || (level is not null && code.Level != level)
                    || RegionDirectory.Default.Exists(code))
                {
                    return true;
                }

                context.MessageFormatter.AppendArgument("RegionEdition", RegionDirectory.Default.Edition);
                return false;
            })
            .WithIkmError(IkmErrorCodes.RegionCodeUnknown);
    }

    /// <summary>
    /// The code must exist in <paramref name="directory"/> (IKM313, a warning: the directory may be
    /// older than the code). The message names the directory's edition.
    /// </summary>
    internal static IRuleBuilderOptions<T, RegionCode> MustBeInDirectory<T>(this IRuleBuilder<T, RegionCode> rule, RegionDirectory directory) =>
        rule.Must((_, code, context) =>
            {
                context.MessageFormatter.AppendArgument("RegionEdition", directory.Edition);
                return directory.Exists(code);
            })
            .WithIkmError(IkmErrorCodes.RegionNotInDirectory)
            .WithSeverity(Severity.Warning);

    /// <summary>
    /// The value must be a five-digit Indonesian postal code whose first digit, the postal zone, is 1–9
    /// (IKM204). Whether Pos Indonesia has assigned the code is not checked.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule for a string property.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBePostalCode<T>(this IRuleBuilder<T, string?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule
            .Must(value => value is null || PostalCode.TryParse(value, out _))
            .WithIkmError(IkmErrorCodes.PostalCodeMalformed);
    }

    // One wording for both languages: the English level and its Indonesian term.
    private static string Describe(RegionLevel level) => level switch
    {
        RegionLevel.Province => "province (provinsi)",
        RegionLevel.Regency => "regency or city (kabupaten/kota)",
        RegionLevel.District => "district (kecamatan)",
        _ => "village (desa/kelurahan)",
    };
}
