using System;
using System.Linq;
using FluentValidation;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;

namespace IkmDomain.Validation;

/// <summary>
/// Checks the cross-field rules of an <see cref="ExportRecord"/> that loose data (a CSV row, a JSON
/// document) can break. The record itself already guarantees a US-dollar, non-negative value, a
/// period and a source.
/// </summary>
/// <remarks>
/// Rules: the partner differs from the reporter (IKM501); the reporter is a country, not World
/// (IKM502); the period is not after the current month (IKM503); quantity and unit come together
/// (IKM504); a material set by hand fits the HS heading, per <see cref="CraftMaterial.FromHsCode"/>
/// (IKM505); a warning when goods were shipped at a value of zero (IKM506); the HS code exists in HS 2022
/// (IKM510; see <see cref="HsCode.Exists"/>; figures classified under an older edition, UN Comtrade H0–H5,
/// need their codes converted first); a warning when the value is written with more than two decimals (IKM130:
/// statistical and converted values may legitimately carry fractions of a cent, so it is not an error here).
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class ExportRecordValidator : AbstractValidator<ExportRecord>
{
    /// <summary>Creates the validator using the system clock.</summary>
    public ExportRecordValidator()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Creates the validator using <paramref name="clock"/> to decide what is the future.</summary>
    /// <param name="clock">The clock (a fake one in tests).</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public ExportRecordValidator(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);

        RuleFor(x => x.Period).MustBeSet();
        RuleFor(x => x.Source).MustBeSet();
        RuleFor(x => x.HsCode).MustBeSet();
        RuleFor(x => x.Material).MustBeSet();

        RuleFor(x => x.Partner)
            .Must((record, partner) => partner != record.Reporter)
            .WithIkmError(IkmErrorCodes.ExportPartnerIsReporter);

        RuleFor(x => x.Reporter)
            .Must(reporter => !reporter.IsWorld)
            .WithIkmError(IkmErrorCodes.ExportReporterIsWorld);

        RuleFor(x => x.Period)
            .Must(period => !IsInFuture(period, clock.GetUtcNow()))
            .WithIkmError(IkmErrorCodes.ExportPeriodInFuture);

        RuleFor(x => x.Quantity)
            .Must((record, quantity) => quantity.HasValue == (record.QuantityUnit is not null))
            .WithIkmError(IkmErrorCodes.ExportQuantityUnitMismatch);

        RuleFor(x => x.Material)
            .Must((record, material) => FitsHeading(material, record.HsCode))
            .WithIkmError(IkmErrorCodes.ExportMaterialMismatch);

        RuleFor(x => x.HsCode)
            .Must(code => code is not { } hs || hs.Exists)
            .WithIkmError(IkmErrorCodes.ExportHsCodeNotInNomenclature);

        // IKM130 as a warning only: statistical and converted US-dollar values may carry fractions of a cent.
        RuleFor(x => x.Value).MustNotHaveMoreDecimalsThanCurrency().WithSeverity(Severity.Warning);

        RuleFor(x => x.Value)
            .Must((record, value) => value.Amount != 0m || !(record.NetWeightKg > 0m || record.Quantity > 0m))
            .WithIkmError(IkmErrorCodes.ExportZeroValueWithGoods)
            .WithSeverity(Severity.Warning);
    }

    private static bool IsInFuture(TradePeriod period, DateTimeOffset now) =>
        period.Year > now.Year || (period.Year == now.Year && period.Month is { } month && month > now.Month);

    private static bool FitsHeading(CraftMaterial? material, HsCode? code)
    {
        if (material is not { } m || code?.Heading is not { } heading)
        {
            return true;
        }

        var materials = CraftMaterial.FromHsCode(heading);
        return materials.Count == 0 || materials.Contains(m);
    }
}
