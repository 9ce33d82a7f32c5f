using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FluentValidation;

namespace IkmDomain.Tests.Validation;

/// <summary>
/// IKM130 (more decimals written than the currency has minor units) as a kind: every money member
/// (<see cref="Money"/>, <see cref="Money"/>?, and the <see cref="decimal"/> amounts of input records) of
/// every record that a validator in the library checks is reported, naming the member.
/// </summary>
public class MoneyDecimalsScanTests
{
    private static IkmBusiness Business() => new()
    {
        Nib = Nib.Parse("8120000123456"),
        Name = "Sanggar Jati",
        LegalForm = LegalForm.Perseorangan,
        KbliCodes = [Kbli.Parse("16293")],
        Region = RegionCode.Parse("33.20.01"),
        StreetAddress = "Jl. Raya 1",
    };

    /// <summary>Each validator type of the library with a valid sample of what it checks.</summary>
    private static readonly Dictionary<Type, Func<(object Sample, IValidator Validator)>> Cases = new()
    {
        [typeof(IkmBusinessValidator)] = () => (Business(), new IkmBusinessValidator(TimeProvider.System, null)),
        [typeof(SentraValidator)] = () => (new Sentra { Id = "S-1", Name = "Sentra", Village = RegionCode.Parse("33.20.01.2001"), MainCommodity = "Ukiran" }, new SentraValidator(null)),
        [typeof(ExportRecordValidator)] = () => (new ExportRecord(TradePeriod.ForYear(2021), CountryCode.UnitedStates, Money.Usd(10m), ExportSource.UnComtrade), new ExportRecordValidator()),
        [typeof(CraftProductValidator)] = () => (new CraftProductInput { Price = 150000m, Currency = "IDR" }, new CraftProductValidator()),
        [typeof(CertificationValidator)] = () => (new Certification { Kind = CertificationKind.Svlk, Number = "VLK-00123", Issuer = "PT Sucofindo", IssuedOn = new DateOnly(2024, 3, 1) }, new CertificationValidator()),
        [typeof(GoogleMerchantReadinessValidator)] = () => (IkmDomain.Tests.Crafts.CraftProductTests.Sample(), new GoogleMerchantReadinessValidator()),
        [typeof(MetaCatalogReadinessValidator)] = () => (IkmDomain.Tests.Crafts.CraftProductTests.Sample(), new MetaCatalogReadinessValidator()),
        [typeof(TikTokShopReadinessValidator)] = () => (IkmDomain.Tests.Crafts.CraftProductTests.Sample(), new TikTokShopReadinessValidator()),
        [typeof(ShopeeReadinessValidator)] = () => (IkmDomain.Tests.Crafts.CraftProductTests.Sample(), new ShopeeReadinessValidator()),
    };

    public static TheoryData<string> Validators => [.. ValidatorTypes().Select(t => t.Name)];

    private static IEnumerable<Type> ValidatorTypes() =>
        typeof(Money).Assembly.GetExportedTypes().Where(t => !t.IsAbstract && typeof(IValidator).IsAssignableFrom(t)).OrderBy(t => t.Name, StringComparer.Ordinal);

    [Fact]
    public void Every_validator_of_the_library_has_a_sample_here()
    {
        Assert.Empty(ValidatorTypes().Where(t => !Cases.ContainsKey(t)).Select(t => t.Name));
    }

    [Fact]
    public void The_reported_business_capital_and_sales_are_refused()
    {
        var capital = Money.Parse("IDR 1.250,505", IndonesianFormat.NumberFormat);
        Assert.Equal(3, capital.Amount.Scale);
        var result = new IkmBusinessValidator(TimeProvider.System, null).Validate(Business() with { Capital = capital, AnnualSales = capital });
        var failures = result.Errors.Where(e => e.ErrorCode == IkmErrorCodes.AmountHasTooManyDecimals).ToList();
        Assert.Equal(["AnnualSales", "Capital"], failures.Select(f => f.PropertyName).Order(StringComparer.Ordinal));
        Assert.All(failures, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains("IDR", failures[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Validators))]
    public void Every_money_member_with_too_many_decimals_is_reported(string validatorName)
    {
        var (sample, validator) = Cases[ValidatorTypes().Single(t => t.Name == validatorName)]();
        var type = sample.GetType();
        Assert.Empty(Ikm130(validator, sample));

        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && IsMoney(p.PropertyType, type))
            .ToList();
        foreach (var member in members)
        {
            var copy = Copy(sample);
            var currency = CurrencyOf(member.GetValue(copy), copy) ?? Currency.IDR;
            var amount = new decimal(1_000_005, 0, 0, false, (byte)(currency.MinorUnits + 1)); // one decimal too many
            object value = (Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType) == typeof(decimal)
                ? amount
                : new Money(amount, currency);
            member.SetValue(copy, value);

            var failures = Ikm130(validator, copy);
            Assert.True(
                failures.Any(f => f.PropertyName == member.Name),
                $"{validatorName}: {type.Name}.{member.Name} = {value} ({amount.Scale} decimals, {currency.Code} has {currency.MinorUnits}): no IKM130");
        }
    }

    private static List<FluentValidation.Results.ValidationFailure> Ikm130(IValidator validator, object instance) =>
        [.. validator.Validate(new ValidationContext<object>(instance)).Errors.Where(e => e.ErrorCode == IkmErrorCodes.AmountHasTooManyDecimals)];

    // Money members, and decimal amounts of an input record (one with a Currency text member).
    private static bool IsMoney(Type member, Type record)
    {
        var t = Nullable.GetUnderlyingType(member) ?? member;
        return t == typeof(Money) || (t == typeof(decimal) && record.GetProperty("Currency")?.PropertyType == typeof(string));
    }

    private static Currency? CurrencyOf(object? value, object record) =>
        value is Money m ? m.Currency
        : record.GetType().GetProperty("Currency")?.GetValue(record) is string code ? Currency.FromCode(code)
        : null;

    private static object Copy(object sample) =>
        sample.GetType().GetMethod("<Clone>$") is { } clone ? clone.Invoke(sample, null)! : sample;
}
