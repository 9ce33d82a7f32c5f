using System;

namespace IkmDomain.Tests.Exports;

public class ExportRecordTests
{
    private static readonly TradePeriod Y2021 = TradePeriod.ForYear(2021);

    [Fact]
    public void Reporter_is_Indonesia_by_default()
    {
        var r = new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(10m), ExportSource.UnComtrade);

        Assert.Equal(CountryCode.Indonesia, r.Reporter);
    }

    [Fact]
    public void A_value_in_rupiah_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ExportRecord(Y2021, CountryCode.UnitedStates, new Money(10m, Currency.IDR), ExportSource.Bps));
        Assert.Contains("IDR", ex.Message);
    }

    [Fact]
    public void A_negative_value_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(-1m), ExportSource.Bps));
    }

    [Fact]
    public void A_default_source_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), default));
    }

    [Fact]
    public void A_default_period_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExportRecord(default, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps));
    }

    [Fact]
    public void A_negative_weight_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { NetWeightKg = -1m });
    }

    [Fact]
    public void A_padded_quantity_unit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { QuantityUnit = " kg" });
    }

    [Fact]
    public void Material_is_derived_from_a_heading_with_one_material()
    {
        var r = new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { HsCode = HsCode.Parse("442011") };

        Assert.Equal(CraftMaterial.Wood, r.Material);
    }

    [Fact]
    public void Material_is_not_guessed_for_a_heading_shared_by_several_materials()
    {
        var r = new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { HsCode = HsCode.Parse("4602") };

        Assert.Null(r.Material);
    }

    [Fact]
    public void A_material_set_by_hand_wins_over_the_derived_one()
    {
        var r = new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { HsCode = HsCode.Parse("4602"), Material = CraftMaterial.Rattan };

        Assert.Equal(CraftMaterial.Rattan, r.Material);
    }

    [Fact]
    public void Records_with_the_same_fields_are_equal()
    {
        var a = new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { HsCode = HsCode.Parse("4420") };
        var b = new ExportRecord(Y2021, CountryCode.UnitedStates, Money.Usd(1m), ExportSource.Bps) { HsCode = HsCode.Parse("4420") };

        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { Source = ExportSource.Kemendag });
    }
}
