using System;
using System.Collections.Generic;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Regions;

namespace IkmDomain.Validation;

/// <summary>
/// Validates an <see cref="IkmBusiness"/> profile, including the rules that span several fields.
/// </summary>
/// <remarks>
/// <para>Rules, each with its code (see <c>docs/error-codes.md</c>):</para>
/// <list type="bullet">
/// <item>Name and street address present (IKM001); at least one KBLI code (IKM310), none twice (IKM311).</item>
/// <item>Region at district or village level (IKM312); a warning when it is not in the region directory (IKM313).</item>
/// <item>E-mail well-formed when given (IKM314); founding year not after the current year (IKM315).</item>
/// <item>Worker counts not negative (IKM316); male plus female workers equal the total when both are given (IKM317).</item>
/// <item>Capital and annual sales in rupiah (IKM318), not negative (IKM319) and written with no more decimals
/// than rupiah has minor units (IKM130: <c>IDR 1.250,505</c> is almost always a misread thousands separator).</item>
/// <item>The declared UMKM scale agrees with capital (IKM320) or sales (IKM321) under PP 7/2021 Art. 35.
/// Art. 35 uses capital for businesses founded after it and annual sales for those existing before, so when
/// both are known a declared scale matching either one is accepted; when it matches neither, both are reported.</item>
/// <item>NPWP check digit (IKM303) and NPWP taxpayer type against the legal form (IKM322): warnings only,
/// since neither rule is published by DJP.</item>
/// <item>Every certification through <see cref="CertificationValidator"/>.</item>
/// </list>
/// <para>The current year and date come from the <see cref="TimeProvider"/> given to the constructor (its
/// local time), so results are reproducible in tests.</para>
/// </remarks>
public sealed class IkmBusinessValidator : AbstractValidator<IkmBusiness>
{
    /// <summary>Creates the validator with the system clock and <see cref="RegionDirectory.Default"/>.</summary>
    public IkmBusinessValidator()
        : this(TimeProvider.System, RegionDirectory.Default)
    {
    }

    /// <summary>Creates the validator with the given clock and <see cref="RegionDirectory.Default"/>.</summary>
    /// <param name="timeProvider">The clock for "this year" and "today"; null means <see cref="TimeProvider.System"/>.</param>
    public IkmBusinessValidator(TimeProvider? timeProvider)
        : this(timeProvider, RegionDirectory.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="timeProvider">The clock for "this year" and "today"; null means <see cref="TimeProvider.System"/>.</param>
    /// <param name="directory">The directory to look regions up in; null skips the lookup (IKM313).</param>
    public IkmBusinessValidator(TimeProvider? timeProvider, RegionDirectory? directory)
    {
        var clock = timeProvider ?? TimeProvider.System;

        // Typed members that were never set hold a "not set" default (IKM020/IKM021).
        RuleFor(b => b.Nib).MustBeSet();
        RuleFor(b => b.Region).MustBeSet();
        RuleFor(b => b.Npwp).MustBeSet();
        RuleFor(b => b.PostalCode).MustBeSet();
        RuleFor(b => b.Phone).MustBeSet();
        RuleForEach(b => b.KbliCodes).MustBeSetItem();
        RuleForEach(b => b.Materials).MustBeSetItem();

        RuleFor(b => b.Name).NotEmpty().WithIkmError(IkmErrorCodes.Required);
        RuleFor(b => b.StreetAddress).NotEmpty().WithIkmError(IkmErrorCodes.Required);

        RuleFor(b => b.KbliCodes).NotEmpty().WithIkmError(IkmErrorCodes.KbliMissing);
        RuleFor(b => b.KbliCodes).Custom((codes, context) => ReportDuplicates(codes, context, IkmErrorCodes.KbliDuplicate));

        RuleFor(b => b.Region)
            .Must(r => r.Level is RegionLevel.District or RegionLevel.Village)
            .WithIkmError(IkmErrorCodes.BusinessRegionLevel);
        if (directory is not null)
        {
            RuleFor(b => b.Region)
                .MustBeInDirectory(directory)
                .When(b => b.Region.Level is RegionLevel.District or RegionLevel.Village);
        }

        RuleFor(b => b.Email)
            .Must(IsEmailAddress!)
            .When(b => b.Email is not null)
            .WithIkmError(IkmErrorCodes.EmailMalformed);

        RuleFor(b => b.FoundedYear)
            .Must((_, year, context) =>
            {
                var current = clock.GetLocalNow().Year;
                context.MessageFormatter.AppendArgument("CurrentYear", current);
                return year <= current;
            })
            .When(b => b.FoundedYear is not null)
            .WithIkmError(IkmErrorCodes.FoundedYearInFuture);

        RuleFor(b => b.Workers).GreaterThanOrEqualTo(0).WithIkmError(IkmErrorCodes.WorkersNegative);
        RuleFor(b => b.MaleWorkers).GreaterThanOrEqualTo(0).When(b => b.MaleWorkers is not null).WithIkmError(IkmErrorCodes.WorkersNegative);
        RuleFor(b => b.FemaleWorkers).GreaterThanOrEqualTo(0).When(b => b.FemaleWorkers is not null).WithIkmError(IkmErrorCodes.WorkersNegative);
        RuleFor(b => b.Workers)
            .Must((b, workers, context) =>
            {
                context.MessageFormatter.AppendArgument("MaleWorkers", b.MaleWorkers ?? 0);
                context.MessageFormatter.AppendArgument("FemaleWorkers", b.FemaleWorkers ?? 0);
                return b.MaleWorkers + b.FemaleWorkers == workers;
            })
            .When(b => b.MaleWorkers is not null && b.FemaleWorkers is not null)
            .WithIkmError(IkmErrorCodes.WorkersByGenderMismatch);

        RuleFor(b => b.Capital).Must(m => m!.Value.Currency == Currency.IDR).When(b => b.Capital is not null).WithIkmError(IkmErrorCodes.AmountNotRupiah);
        RuleFor(b => b.Capital).Must(m => m!.Value.Amount >= 0).When(b => b.Capital is not null).WithIkmError(IkmErrorCodes.AmountNegative);
        RuleFor(b => b.AnnualSales).Must(m => m!.Value.Currency == Currency.IDR).When(b => b.AnnualSales is not null).WithIkmError(IkmErrorCodes.AmountNotRupiah);
        RuleFor(b => b.AnnualSales).Must(m => m!.Value.Amount >= 0).When(b => b.AnnualSales is not null).WithIkmError(IkmErrorCodes.AmountNegative);
        RuleFor(b => b.Capital).MustNotHaveMoreDecimalsThanCurrency();
        RuleFor(b => b.AnnualSales).MustNotHaveMoreDecimalsThanCurrency();

        // PP 7/2021 Art. 35: a declared scale must match capital or, for older businesses, annual sales.
        RuleFor(b => b.DeclaredScale)
            .Must((b, declared, context) =>
            {
                var byCapital = b.ScaleByCapital();
                var bySales = b.ScaleByAnnualSales();
                context.MessageFormatter.AppendArgument("DeclaredScale", BusinessMessageText.Scale(declared!.Value));
                context.MessageFormatter.AppendArgument("Capital", b.Capital?.ToString() ?? "");
                context.MessageFormatter.AppendArgument("ExpectedScale", byCapital is { } s ? BusinessMessageText.Scale(s) : "");
                return byCapital is null || byCapital == declared || bySales == declared;
            })
            .When(b => b.DeclaredScale is not null)
            .WithIkmError(IkmErrorCodes.DeclaredScaleContradictsCapital);
        RuleFor(b => b.DeclaredScale)
            .Must((b, declared, context) =>
            {
                var byCapital = b.ScaleByCapital();
                var bySales = b.ScaleByAnnualSales();
                context.MessageFormatter.AppendArgument("DeclaredScale", BusinessMessageText.Scale(declared!.Value));
                context.MessageFormatter.AppendArgument("AnnualSales", b.AnnualSales?.ToString() ?? "");
                context.MessageFormatter.AppendArgument("ExpectedScale", bySales is { } s ? BusinessMessageText.Scale(s) : "");
                return bySales is null || bySales == declared || byCapital == declared;
            })
            .When(b => b.DeclaredScale is not null)
            .WithIkmError(IkmErrorCodes.DeclaredScaleContradictsSales);

        RuleFor(b => b.Npwp)
            .Must(n => !n!.Value.HasCheckDigit || n.Value.HasValidCheckDigit)
            .When(b => b.Npwp is not null)
            .WithIkmError(IkmErrorCodes.NpwpCheckDigit)
            .WithSeverity(Severity.Warning);
        RuleFor(b => b.Npwp)
            .Must((b, npwp, context) =>
            {
                var type = npwp!.Value.TaxpayerType;
                context.MessageFormatter.AppendArgument("TaxpayerType", BusinessMessageText.TaxpayerType(type));
                context.MessageFormatter.AppendArgument("LegalForm", BusinessMessageText.LegalForm(b.LegalForm));
                return TaxpayerTypeFits(b.LegalForm, type);
            })
            .When(b => b.Npwp is not null)
            .WithIkmError(IkmErrorCodes.NpwpTaxpayerTypeMismatch)
            .WithSeverity(Severity.Warning);

        RuleForEach(b => b.Certifications).SetValidator(new CertificationValidator(clock));
    }

    // Companies, CVs and cooperatives are wajib pajak badan (NPWP 01-03); a sole proprietor is an individual.
    private static bool TaxpayerTypeFits(LegalForm form, NpwpTaxpayerType type) => form switch
    {
        LegalForm.PT or LegalForm.CV or LegalForm.Koperasi or LegalForm.PTPerorangan =>
            type is NpwpTaxpayerType.Company or NpwpTaxpayerType.Unknown,
        LegalForm.Perseorangan => type is not NpwpTaxpayerType.Company,
        _ => true,
    };

    internal static void ReportDuplicates<T, TItem>(IReadOnlyList<TItem> items, ValidationContext<T> context, string code)
        where TItem : notnull
    {
        var seen = new HashSet<TItem>();
        var reported = new HashSet<TItem>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.Add(items[i]) && reported.Add(items[i]))
            {
                context.AddFailure(BusinessFailures.Create($"{context.PropertyPath}[{i}]", items[i], code, context.DisplayName));
            }
        }
    }

    // A pragmatic check (no display names, no quoted local parts): one '@', a non-empty local part of at
    // most 64 characters, a dotted domain of letters, digits and hyphens, at most 254 characters in all.
    private static bool IsEmailAddress(string email)
    {
        if (email.Length is 0 or > 254)
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at is <= 0 or > 64 || email.IndexOf('@', at + 1) >= 0)
        {
            return false;
        }

        foreach (var c in email.AsSpan(0, at))
        {
            if (c <= ' ' || c > '~' || c is '(' or ')' or ',' or ':' or ';' or '<' or '>' or '[' or ']' or '\\' or '"')
            {
                return false;
            }
        }

        var domain = email.AsSpan(at + 1);
        if (domain.IsEmpty || domain.IndexOf('.') < 0)
        {
            return false;
        }

        foreach (var label in domain.ToString().Split('.'))
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
