using System;
using System.Globalization;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Classifications;

namespace IkmDomain.Validation;

/// <summary>
/// FluentValidation rules for business identifiers that arrive as raw strings (DTOs, CSV rows):
/// <c>RuleFor(x => x.Nib).MustBeNib()</c>. A null value passes (combine with <c>NotEmpty()</c> when the
/// value is required); any other value, including an empty string, must parse. Each failure carries an
/// IKM3xx code and an English or Indonesian message.
/// </summary>
public static class BusinessRuleExtensions
{
    /// <summary>The value must be a NIB: exactly 13 digits (IKM301; OSS, PP 28/2025).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeNib<T>(this IRuleBuilder<T, string?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(v => v is null || Nib.TryParse(v, out _)).WithIkmError(IkmErrorCodes.NibMalformed);
    }

    /// <summary>
    /// The value must be an NPWP: 15 digits with or without <c>99.999.999.9-999.999</c> punctuation, or 16
    /// digits (IKM302; PMK 112/PMK.03/2022). When <paramref name="warnOnCheckDigit"/> is true, a legacy
    /// number whose check digit fails the unofficial Luhn rule adds a warning (IKM303,
    /// <see cref="Severity.Warning"/>), never an error: DJP has not published the rule.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="warnOnCheckDigit">Whether to add the check-digit warning.</param>
    /// <returns>The rule, for chaining; options set on it apply to the last check added.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeNpwp<T>(this IRuleBuilder<T, string?> rule, bool warnOnCheckDigit = true)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var options = rule.Must(v => v is null || Npwp.TryParse(v, out _)).WithIkmError(IkmErrorCodes.NpwpMalformed);
        if (!warnOnCheckDigit)
        {
            return options;
        }

        return options
            .Must(v => v is null || !Npwp.TryParse(v, out var npwp) || !npwp.HasCheckDigit || npwp.HasValidCheckDigit)
            .WithIkmError(IkmErrorCodes.NpwpCheckDigit)
            .WithSeverity(Severity.Warning);
    }

    /// <summary>The value must be a NIK: 16 digits with a well-formed district code and a real birth date (IKM304; PP 37/2007 Art. 37).</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeNik<T>(this IRuleBuilder<T, string?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(v => v is null || Nik.TryParse(v, out _)).WithIkmError(IkmErrorCodes.NikMalformed);
    }

    /// <summary>
    /// The value must be a KBLI code: five digits, optionally <c>/2020</c> or <c>/2025</c> (IKM305; Perba BPS
    /// 2/2020 and 7/2025). Any well-formed code passes, in the catalogue or not.
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBeKbli<T>(this IRuleBuilder<T, string?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(v => v is null || Kbli.TryParse(v, out _)).WithIkmError(IkmErrorCodes.KbliMalformed);
    }

    /// <summary>
    /// The value must be an Indonesian mobile or landline number as people write it, such as
    /// <c>0812-3456-7890</c>, <c>+62 812 3456 7890</c> or <c>(021) 555-1234</c> (IKM306).
    /// </summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, string?> MustBePhoneNumber<T>(this IRuleBuilder<T, string?> rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Must(v => v is null || PhoneNumber.TryParse(v, out _)).WithIkmError(IkmErrorCodes.PhoneNumberMalformed);
    }
}

/// <summary>Message arguments for the business validators, in the language the message will use.</summary>
internal static class BusinessMessageText
{
    // The message language follows IkmMessages' own choice; ask it with a known code.
    public static bool IsIndonesian() =>
        ReferenceEquals(IkmMessages.Get(IkmErrorCodes.KbliMissing), IkmMessages.Indonesian(IkmErrorCodes.KbliMissing));

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Scale(UmkmScale scale) => IsIndonesian()
        ? scale switch
        {
            UmkmScale.Micro => "usaha mikro",
            UmkmScale.Small => "usaha kecil",
            UmkmScale.Medium => "usaha menengah",
            _ => "usaha besar",
        }
        : scale switch
        {
            UmkmScale.Micro => "micro",
            UmkmScale.Small => "small",
            UmkmScale.Medium => "medium",
            _ => "large",
        };

    public static string TaxpayerType(NpwpTaxpayerType type) => IsIndonesian()
        ? type switch
        {
            NpwpTaxpayerType.Company => "badan",
            NpwpTaxpayerType.Entrepreneur => "orang pribadi pengusaha",
            NpwpTaxpayerType.Employee => "orang pribadi karyawan",
            NpwpTaxpayerType.Individual => "orang pribadi",
            _ => "tidak dikenal",
        }
        : type switch
        {
            NpwpTaxpayerType.Company => "company",
            NpwpTaxpayerType.Entrepreneur => "individual entrepreneur",
            NpwpTaxpayerType.Employee => "employee",
            NpwpTaxpayerType.Individual => "individual",
            _ => "unknown",
        };

    public static string LegalForm(LegalForm form) => form switch
    {
        Businesses.LegalForm.PT => "PT",
        Businesses.LegalForm.CV => "CV",
        Businesses.LegalForm.Koperasi => "Koperasi",
        Businesses.LegalForm.Perseorangan => "Perseorangan",
        Businesses.LegalForm.PTPerorangan => "PT Perorangan",
        _ => IsIndonesian() ? "lainnya" : "other",
    };
}

/// <summary>Builds failures for rules that report several items (duplicates) from one <c>Custom</c> rule.</summary>
internal static class BusinessFailures
{
    public static FluentValidation.Results.ValidationFailure Create(string propertyPath, object? attemptedValue, string code, string displayName)
    {
        var message = new FluentValidation.Internal.MessageFormatter()
            .AppendPropertyName(displayName)
            .AppendPropertyValue(attemptedValue)
            .BuildMessage(IkmMessages.Get(code));
        return new FluentValidation.Results.ValidationFailure(propertyPath, message, attemptedValue) { ErrorCode = code };
    }
}
