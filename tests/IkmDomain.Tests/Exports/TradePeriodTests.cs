using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Exports;

public class TradePeriodTests
{
    [Fact]
    public void A_year_parses_as_an_annual_period()
    {
        var p = TradePeriod.Parse("2023");

        Assert.Equal((2023, (int?)null, true), (p.Year, p.Month, p.IsAnnual));
    }

    [Theory]
    [InlineData("2023-01")]
    [InlineData("202301")]
    public void A_month_parses_from_ISO_and_Comtrade_forms(string text)
    {
        Assert.Equal(TradePeriod.ForMonth(2023, 1), TradePeriod.Parse(text));
    }

    [Fact]
    public void Months_print_ISO_and_Comtrade_forms()
    {
        var p = TradePeriod.ForMonth(2023, 7);

        Assert.Equal("2023-07", p.ToString());
        Assert.Equal("202307", p.ToComtradeString());
        Assert.Equal("202307", p.ToString("C"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("23")]
    [InlineData("1899")]
    [InlineData("2023-13")]
    [InlineData("202300")]
    [InlineData("2023-1")]
    [InlineData("2023/01")]
    [InlineData("\u20282023")]
    [InlineData("２０２３")]
    public void Parse_rejects_bad_text_naming_it(string text)
    {
        var ex = Assert.Throws<FormatException>(() => TradePeriod.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message);
    }

    [Fact]
    public void ForMonth_rejects_month_13()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TradePeriod.ForMonth(2023, 13));
    }

    [Fact]
    public void ForYear_rejects_years_before_1900()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TradePeriod.ForYear(1899));
    }

    [Fact]
    public void A_year_sorts_before_its_months_and_after_the_previous_December()
    {
        Assert.True(TradePeriod.ForYear(2023) < TradePeriod.ForMonth(2023, 1));
        Assert.True(TradePeriod.ForMonth(2022, 12) < TradePeriod.ForYear(2023));
    }

    [Fact]
    public void A_month_is_within_its_year()
    {
        Assert.True(TradePeriod.ForMonth(2023, 5).IsWithin(TradePeriod.ForYear(2023)));
        Assert.False(TradePeriod.ForMonth(2023, 5).IsWithin(TradePeriod.ForYear(2022)));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool ToString_round_trips(TradePeriod p) =>
        TradePeriod.Parse(p.ToString()) == p && TradePeriod.Parse(p.ToComtradeString()) == p;

    [Property]
    public bool TryParse_never_throws(string? text) => TradePeriod.TryParse(text, out _) || true;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Ordering_agrees_with_year_then_month(TradePeriod a, TradePeriod b) =>
        Math.Sign(a.CompareTo(b)) == Math.Sign(((a.Year * 13) + (a.Month ?? 0)).CompareTo((b.Year * 13) + (b.Month ?? 0)));

    [Fact]
    public void Json_reads_Comtrade_numbers_and_writes_the_canonical_string()
    {
        Assert.Equal(TradePeriod.ForMonth(2023, 1), JsonSerializer.Deserialize("202301", ExportsTestJson.Default.TradePeriod));
        Assert.Equal("\"2023-01\"", JsonSerializer.Serialize(TradePeriod.ForMonth(2023, 1), ExportsTestJson.Default.TradePeriod));
    }
}
