using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Exports;

public class ExportStatisticsTests
{
    private static readonly ExportStatistics Kemenperin = new(HandicraftFacts.KemenperinExports);

    private static ExportRecord Rec(int year, string partner, decimal usd, string? hs = null, ExportSource? source = null, int? month = null) =>
        new(month is { } m ? TradePeriod.ForMonth(year, m) : TradePeriod.ForYear(year), CountryCode.Parse(partner), Money.Usd(usd), source ?? ExportSource.UnComtrade)
        {
            HsCode = hs is null ? null : HsCode.Parse(hs),
        };

    [Fact]
    public void Kemenperin_growth_2016_to_2017_is_776_over_747_minus_1()
    {
        Assert.Equal((776m / 747m) - 1m, Kemenperin.Growth(2016, 2017));
    }

    [Fact]
    public void Kemenperin_growth_2016_to_2017_formats_as_3_88_percent()
    {
        Assert.Equal("3.88 %", ExportStatistics.FormatPercentage(Kemenperin.Growth(2016, 2017)));
    }

    [Fact]
    public void Kemenperin_CAGR_2016_to_2022_compounds_back_to_the_2022_total()
    {
        var cagr = Kemenperin.Cagr(2016, 2022);

        var compounded = 747_000_000m * Pow(1m + cagr, 6);
        Assert.InRange(compounded, 948_999_999.999m, 949_000_000.001m);
        Assert.Equal("4.07 %", ExportStatistics.FormatPercentage(cagr));
    }

    [Fact]
    public void Kemenperin_CAGR_2016_to_2022_agrees_with_double_arithmetic()
    {
        var expected = Math.Pow(949.0 / 747.0, 1.0 / 6.0) - 1.0;

        Assert.Equal(expected, (double)Kemenperin.Cagr(2016, 2022), 12);
    }

    [Fact]
    public void CAGR_over_one_year_equals_growth()
    {
        Assert.Equal(Kemenperin.Growth(2020, 2021), Kemenperin.Cagr(2020, 2021));
    }

    [Fact]
    public void CAGR_needs_the_last_year_after_the_first()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Kemenperin.Cagr(2020, 2020));
    }

    [Fact]
    public void Growth_from_a_year_without_records_names_the_available_years()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Kemenperin.Growth(2015, 2016));
        Assert.Contains("2016", ex.Message);
    }

    [Fact]
    public void Growth_from_zero_is_undefined()
    {
        var stats = new ExportStatistics([Rec(2020, "US", 0m), Rec(2021, "US", 5m)]);

        Assert.Throws<InvalidOperationException>(() => stats.Growth(2020, 2021));
    }

    [Fact]
    public void Year_on_year_growth_covers_each_year_after_a_year_with_records()
    {
        var yoy = Kemenperin.YearOnYearGrowth();

        Assert.Equal(new[] { 2017, 2018, 2019, 2020, 2021, 2022 }, yoy.Keys);
        Assert.Equal((829m / 892m) - 1m, yoy[2020]);
    }

    [Fact]
    public void Aggregating_Kemenperin_and_Kemendag_together_throws()
    {
        var stats = new ExportStatistics(HandicraftFacts.AllExports);

        var ex = Assert.Throws<MixedSourcesException>(() => stats.TotalsByYear());
        Assert.Equal(2, ex.Sources.Count);
    }

    [Fact]
    public void Choosing_a_source_makes_mixed_records_aggregate()
    {
        var stats = new ExportStatistics(HandicraftFacts.AllExports).ForSource(ExportSource.Kemendag);

        Assert.Equal(Money.Usd(743_500_000m), stats.TotalForYear(2021));
        Assert.Equal("16.48 %", ExportStatistics.FormatPercentage(stats.Growth(2020, 2021)));
    }

    [Fact]
    public void World_rows_make_the_total_and_are_not_added_to_partner_rows()
    {
        var stats = new ExportStatistics([Rec(2021, "XW", 100m), Rec(2021, "US", 60m), Rec(2021, "JP", 30m)]);

        Assert.Equal(Money.Usd(100m), stats.TotalForYear(2021));
        Assert.Equal(Money.Usd(90m), stats.TotalsByPartner(2021).Values.Aggregate((a, b) => a + b));
        Assert.Equal(0.6m, stats.PartnerShares(2021)[CountryCode.UnitedStates]);
    }

    [Fact]
    public void Whole_year_rows_win_over_monthly_rows_of_the_same_year()
    {
        var stats = new ExportStatistics([Rec(2021, "US", 100m), Rec(2021, "US", 40m, month: 1), Rec(2022, "US", 7m, month: 3), Rec(2022, "US", 8m, month: 4)]);

        Assert.Equal(Money.Usd(100m), stats.TotalForYear(2021));
        Assert.Equal(Money.Usd(15m), stats.TotalForYear(2022));
    }

    [Fact]
    public void Top_partners_are_largest_first_and_limited_to_N()
    {
        var stats = new ExportStatistics([Rec(2021, "US", 60m), Rec(2021, "JP", 30m), Rec(2021, "MY", 45m), Rec(2021, "NL", 1m)]);

        var top = stats.TopPartners(2);

        Assert.Equal(new[] { "US", "MY" }, top.Select(p => p.Key.Alpha2));
        Assert.Equal(Money.Usd(45m), top[1].Value);
    }

    [Fact]
    public void Totals_by_heading_group_subheadings_under_their_heading()
    {
        var stats = new ExportStatistics([Rec(2021, "US", 10m, "442011"), Rec(2021, "US", 5m, "442090"), Rec(2021, "JP", 2m, "4602"), Rec(2021, "JP", 1m)]);

        var byHeading = stats.TotalsByHeading();

        Assert.Equal(Money.Usd(15m), byHeading[HsCode.Parse("4420")]);
        Assert.Equal(Money.Usd(1m), stats.TotalWithoutHeading());
    }

    [Fact]
    public void Totals_by_material_use_the_material_derived_from_the_HS_code()
    {
        var stats = new ExportStatistics([Rec(2021, "US", 10m, "442011"), Rec(2021, "US", 4m, "4602")]);

        Assert.Equal(Money.Usd(10m), stats.TotalsByMaterial()[CraftMaterial.Wood]);
        Assert.Equal(Money.Usd(4m), stats.TotalWithoutMaterial());
    }

    [Fact]
    public void TopPartners_rejects_a_negative_count()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Kemenperin.TopPartners(-1));
    }

    [Fact]
    public void Statistics_over_no_records_total_zero()
    {
        Assert.Equal(Money.Usd(0m), new ExportStatistics([]).Total());
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Totals_by_year_add_up_to_the_total(ExportRecord[] records)
    {
        var stats = new ExportStatistics(records);
        return stats.TotalsByYear().Values.Sum(m => m.Amount) == stats.Total().Amount;
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Totals_by_partner_add_up_to_the_total_without_World_rows(ExportRecord[] records)
    {
        var stats = new ExportStatistics(records);
        return stats.TotalsByPartner().Values.Sum(m => m.Amount) == stats.Total().Amount
            && stats.Total().Amount == records.Sum(r => r.Value.Amount);
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Totals_by_material_plus_unclassified_add_up_to_the_total(ExportRecord[] records)
    {
        var stats = new ExportStatistics(records);
        return stats.TotalsByMaterial().Values.Sum(m => m.Amount) + stats.TotalWithoutMaterial().Amount == stats.Total().Amount;
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Totals_by_heading_plus_unclassified_add_up_to_the_total(ExportRecord[] records)
    {
        var stats = new ExportStatistics(records);
        return stats.TotalsByHeading().Values.Sum(m => m.Amount) + stats.TotalWithoutHeading().Amount == stats.Total().Amount;
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Partner_shares_add_up_to_one_when_there_are_no_World_rows(ExportRecord[] records)
    {
        var stats = new ExportStatistics(records);
        if (stats.Total().Amount == 0m)
        {
            return stats.PartnerShares().Count == 0;
        }

        return Math.Abs(stats.PartnerShares().Values.Sum() - 1m) < 1e-20m;
    }

    [Property]
    public Property Growth_of_a_constant_series_is_zero() =>
        Prop.ForAll(
            Gen.Choose(1, 1_000_000).Select(n => n / 100m).ToArbitrary(),
            Gen.Choose(2, 30).ToArbitrary(),
            (value, years) =>
            {
                var stats = new ExportStatistics(Enumerable.Range(2000, years).Select(y => Rec(y, "XW", value)));
                return stats.Growth(2000, 2000 + years - 1) == 0m
                    && stats.Cagr(2000, 2000 + years - 1) == 0m
                    && stats.YearOnYearGrowth().Values.All(g => g == 0m);
            });

    [Property]
    public Property CAGR_compounds_back_to_the_last_total() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000_000).ToArbitrary(),
            Gen.Choose(1, 10_000_000).ToArbitrary(),
            Gen.Choose(1, 40).ToArbitrary(),
            (first, last, years) =>
            {
                var stats = new ExportStatistics([Rec(2000, "XW", first), Rec(2000 + years, "XW", last)]);
                var compounded = first * Pow(1m + stats.Cagr(2000, 2000 + years), years);
                return Math.Abs(compounded - last) <= last * 1e-20m;
            });

    [Property]
    public Property Growth_times_the_base_gives_the_change() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000_000).ToArbitrary(),
            Gen.Choose(0, 10_000_000).ToArbitrary(),
            (from, to) =>
            {
                var stats = new ExportStatistics([Rec(2020, "XW", from), Rec(2021, "XW", to)]);
                return Math.Abs((stats.Growth(2020, 2021) * from) - (to - from)) < 1e-18m;
            });

    [Property]
    public Property Mixing_two_sources_always_throws() =>
        Prop.ForAll(
            IkmArbitraries.ExportRecordGen(ExportSource.Kemenperin).ToArbitrary(),
            IkmArbitraries.ExportRecordGen(ExportSource.Kemendag).ToArbitrary(),
            (a, b) =>
            {
                var stats = new ExportStatistics([a, b]);
                try
                {
                    stats.Total();
                    return false;
                }
                catch (MixedSourcesException)
                {
                    return stats.ForSource(ExportSource.Kemenperin).Total() == a.Value;
                }
            });

    private static decimal Pow(decimal x, int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= x;
        }

        return result;
    }
}
