using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.MoneyArea;

public class MoneyAllocationTests
{
    private static Money Idr(decimal amount) => new(amount, Currency.IDR);

    [Fact]
    public void Hundred_rupiah_in_three_gives_the_extra_sen_to_the_first_share()
    {
        Assert.Equal(new[] { Idr(33.34m), Idr(33.33m), Idr(33.33m) }, Idr(100.00m).Allocate(3));
    }

    [Fact]
    public void Five_cents_in_three_spreads_the_remainder_instead_of_dumping_it_on_the_last()
    {
        var usd = new Money(0.05m, Currency.USD);
        Assert.Equal(new[] { 0.02m, 0.02m, 0.01m }, usd.Allocate(3).Select(m => m.Amount));
    }

    [Fact]
    public void Thirteen_cents_in_eight_never_gives_a_negative_share()
    {
        var shares = new Money(0.13m, Currency.USD).Allocate(8);
        Assert.Equal(new[] { 0.02m, 0.02m, 0.02m, 0.02m, 0.02m, 0.01m, 0.01m, 0.01m }, shares.Select(m => m.Amount));
    }

    [Fact]
    public void Ratios_split_in_proportion_with_the_largest_remainder_getting_the_unit()
    {
        // 0.05 by 200:300:1 -> exact shares 0.0199.., 0.0299.., 0.0000998..: remainders favour the first two.
        var shares = new Money(0.05m, Currency.USD).Allocate(200m, 300m, 1m);
        Assert.Equal(new[] { 0.02m, 0.03m, 0.00m }, shares.Select(m => m.Amount));
    }

    [Fact]
    public void Ratios_that_are_fractions_work_like_whole_ratios()
    {
        Assert.Equal(Idr(1000m).Allocate(1m, 3m), Idr(1000m).Allocate(0.25m, 0.75m));
    }

    [Fact]
    public void Negative_amounts_allocate_to_negative_shares()
    {
        Assert.Equal(new[] { Idr(-33.34m), Idr(-33.33m), Idr(-33.33m) }, Idr(-100m).Allocate(3));
    }

    [Fact]
    public void Shares_show_the_minor_digits()
    {
        Assert.Equal("IDR 50.00", Idr(100m).Allocate(2)[0].ToString());
    }

    [Fact]
    public void Zero_parts_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Idr(100m).Allocate(0));
    }

    [Fact]
    public void Empty_ratios_throw_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Idr(100m).Allocate(Array.Empty<decimal>()));
    }

    [Fact]
    public void Negative_ratio_throws_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Idr(100m).Allocate(1m, -1m));
    }

    [Fact]
    public void All_zero_ratios_throw_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Idr(100m).Allocate(0m, 0m));
    }

    [Fact]
    public void Amounts_finer_than_the_minor_unit_still_add_up_exactly()
    {
        var shares = Idr(100.005m).Allocate(2);
        Assert.Equal(100.005m, shares.Sum(m => m.Amount));
    }

    private static Gen<Money> RoundedMoney() =>
        IkmArbitraries.CurrencyWithMinorUnits().SelectMany(IkmArbitraries.RoundedMoneyIn);

    [Property]
    public Property Shares_add_up_to_the_whole_and_stay_within_a_minor_unit_of_the_exact_share() =>
        Prop.ForAll(
            RoundedMoney().ToArbitrary(),
            Gen.ListOf(Gen.Choose(0, 1000)).Where(l => l.Any(x => x > 0)).Select(l => l.Select(x => (decimal)x).ToArray()).ToArbitrary(),
            (money, ratios) =>
            {
                var shares = money.Allocate(ratios);
                var minor = Money.FromMinorUnits(1, money.Currency).Amount;
                var total = ratios.Sum();
                var sumIsExact = shares.Sum(s => s.Amount) == money.Amount;
                var withinBounds = shares.Select((s, i) => Math.Abs(s.Amount - (money.Amount * ratios[i] / total)) < minor).All(x => x);
                var whole = shares.All(s => s.Amount.Scale <= money.Currency.MinorUnits && s.Currency == money.Currency);
                return sumIsExact && withinBounds && whole && shares.Length == ratios.Length;
            });

    [Property]
    public Property Equal_parts_differ_by_at_most_one_minor_unit() =>
        Prop.ForAll(
            RoundedMoney().ToArbitrary(),
            Gen.Choose(1, 50).ToArbitrary(),
            (money, parts) =>
            {
                var shares = money.Allocate(parts);
                var minor = Money.FromMinorUnits(1, money.Currency).Amount;
                return shares.Max(s => s.Amount) - shares.Min(s => s.Amount) <= minor &&
                       shares.Sum(s => s.Amount) == money.Amount;
            });
}
