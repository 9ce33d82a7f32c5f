using System;
using System.Linq;
using FluentValidation;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Validation;

public class ExportRecordValidatorTests
{
    private static readonly ExportRecordValidator Validator = new(new FixedClock(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));

    private static ExportRecord Valid() =>
        new(TradePeriod.ForYear(2021), CountryCode.UnitedStates, Money.Usd(100m), ExportSource.UnComtrade) { HsCode = HsCode.Parse("4420") };

    private static string[] Codes(ExportRecord r) => Validator.Validate(r).Errors.Select(e => e.ErrorCode).ToArray();

    [Fact]
    public void A_plain_record_is_valid()
    {
        Assert.Empty(Codes(Valid()));
    }

    [Fact]
    public void Exporting_to_yourself_is_IKM501()
    {
        Assert.Equal(new[] { "IKM501" }, Codes(Valid() with { Partner = CountryCode.Indonesia }));
    }

    [Fact]
    public void World_as_reporter_is_IKM502()
    {
        Assert.Contains("IKM502", Codes(Valid() with { Reporter = CountryCode.World }));
    }

    [Fact]
    public void Next_month_is_IKM503_but_this_month_is_fine()
    {
        Assert.Equal(new[] { "IKM503" }, Codes(Valid() with { Period = TradePeriod.ForMonth(2026, 12) }));
        Assert.Empty(Codes(Valid() with { Period = TradePeriod.ForMonth(2026, 11) }));
    }

    [Fact]
    public void A_quantity_without_a_unit_is_IKM504()
    {
        Assert.Equal(new[] { "IKM504" }, Codes(Valid() with { Quantity = 3m }));
    }

    [Fact]
    public void Leather_under_a_wood_heading_is_IKM505()
    {
        Assert.Equal(new[] { "IKM505" }, Codes(Valid() with { Material = CraftMaterial.Leather }));
    }

    [Fact]
    public void Goods_shipped_at_zero_value_is_an_IKM506_warning()
    {
        var failure = Assert.Single(Validator.Validate(Valid() with { Value = Money.Usd(0m), NetWeightKg = 5m }).Errors);

        Assert.Equal(("IKM506", Severity.Warning), (failure.ErrorCode, failure.Severity));
    }

    [Fact]
    public void Messages_come_in_Indonesian_for_id_culture()
    {
        var old = ValidatorOptions.Global.LanguageManager.Culture;
        try
        {
            ValidatorOptions.Global.LanguageManager.Culture = new System.Globalization.CultureInfo("id-ID");
            var message = Validator.Validate(Valid() with { Partner = CountryCode.Indonesia }).Errors.Single().ErrorMessage;
            Assert.Contains("dirinya sendiri", message);
        }
        finally
        {
            ValidatorOptions.Global.LanguageManager.Culture = old;
        }
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Generated_records_have_no_errors(ExportRecord record) =>
        Validator.Validate(record).Errors.All(e => e.Severity != Severity.Error);
}
