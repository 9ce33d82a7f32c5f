using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.MoneyArea;

public class MoneyArithmeticTests
{
    private static Money Idr(decimal amount) => new(amount, Currency.IDR);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void Constructor_keeps_amount_and_currency_exactly()
    {
        var money = new Money(1300000.005m, Currency.IDR);
        Assert.Equal((1300000.005m, Currency.IDR), (money.Amount, money.Currency));
    }

    [Fact]
    public void Adding_same_currency_adds_amounts()
    {
        Assert.Equal(Idr(1_500_000.50m), Idr(1_300_000m) + Idr(200_000.50m));
    }

    [Fact]
    public void Subtracting_same_currency_subtracts_amounts()
    {
        Assert.Equal(Idr(1_100_000m), Idr(1_300_000m) - Idr(200_000m));
    }

    [Fact]
    public void Adding_different_currencies_throws_CurrencyMismatchException()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Idr(1m) + Usd(1m));
        Assert.Equal((Currency.IDR, Currency.USD), (ex.Expected, ex.Actual));
    }

    [Fact]
    public void CurrencyMismatchException_is_an_InvalidOperationException()
    {
        Assert.IsAssignableFrom<InvalidOperationException>(new CurrencyMismatchException());
    }

    [Fact]
    public void Subtracting_different_currencies_throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => Idr(1m) - Usd(1m));
    }

    [Fact]
    public void Comparing_different_currencies_throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => Idr(1m) < Usd(1m));
        Assert.Throws<CurrencyMismatchException>(() => Idr(1m) >= Usd(1m));
    }

    [Fact]
    public void Different_currencies_are_not_equal_even_at_zero()
    {
        Assert.NotEqual(Idr(0m), Usd(0m));
    }

    [Fact]
    public void Equal_amounts_with_different_scale_are_equal_and_hash_alike()
    {
        Assert.Equal(Idr(10.00m), Idr(10m));
        Assert.Equal(Idr(10.00m).GetHashCode(), Idr(10m).GetHashCode());
    }

    [Fact]
    public void Arithmetic_is_exact_with_no_rounding_between_steps()
    {
        // 1/3 of a rupiah kept exactly through the chain; rounding happens only when asked.
        var third = Idr(1m) / 3m;
        Assert.Equal(Idr(0.9999999999999999999999999999m), third * 3m);
        Assert.Equal(Idr(1.00m), (third * 3m).Round());
    }

    [Fact]
    public void Multiplying_by_a_decimal_scales_the_amount()
    {
        Assert.Equal(Idr(1_430_000m), Idr(1_300_000m) * 1.1m);
        Assert.Equal(Idr(2_600_000m), 2m * Idr(1_300_000m));
    }

    [Fact]
    public void Dividing_money_by_money_of_the_same_currency_gives_the_ratio()
    {
        Assert.Equal(0.25m, Idr(300m) / Idr(1200m));
    }

    [Fact]
    public void Dividing_money_by_money_of_different_currencies_throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => Idr(300m) / Usd(1m));
    }

    [Fact]
    public void Dividing_by_zero_throws_DivideByZeroException()
    {
        Assert.Throws<DivideByZeroException>(() => Idr(300m) / 0m);
    }

    [Fact]
    public void Overflow_throws_OverflowException_naming_both_operands()
    {
        var ex = Assert.Throws<OverflowException>(() => Idr(decimal.MaxValue) + Idr(1m));
        Assert.Contains("IDR 79228162514264337593543950335", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IDR 1.00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiplication_overflow_names_both_operands()
    {
        var ex = Assert.Throws<OverflowException>(() => Idr(decimal.MaxValue / 2m) * 3m);
        Assert.Contains("* 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("IDR 39614081257132168796771975168", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10.005, 10.00)]
    [InlineData(10.015, 10.02)]
    [InlineData(10.025, 10.02)]
    [InlineData(-10.005, -10.00)]
    public void Round_uses_bankers_rounding_to_minor_units_by_default(double amount, double expected)
    {
        Assert.Equal(Idr((decimal)expected), Idr((decimal)amount).Round());
    }

    [Fact]
    public void Round_takes_another_midpoint_mode()
    {
        Assert.Equal(Idr(10.01m), Idr(10.005m).Round(MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Round_to_whole_rupiah_for_cash_prices()
    {
        Assert.Equal(Idr(1500m), Idr(1500.50m).Round(0));
    }

    [Fact]
    public void Round_respects_zero_minor_units_of_yen()
    {
        Assert.Equal(new Money(2m, Currency.JPY), new Money(2.5m, Currency.JPY).Round());
    }

    [Fact]
    public void Round_leaves_currencies_without_minor_units_unchanged()
    {
        var gold = new Money(1.23456m, Currency.FromCode("XAU"));
        Assert.Equal(1.23456m, gold.Round().Amount);
    }

    [Fact]
    public void ToMinorUnits_gives_sen()
    {
        Assert.Equal(130_000_000L, Idr(1_300_000m).ToMinorUnits());
    }

    [Fact]
    public void ToMinorUnits_refuses_fractions_of_a_minor_unit()
    {
        Assert.Throws<InvalidOperationException>(() => Idr(0.005m).ToMinorUnits());
    }

    [Fact]
    public void FromMinorUnits_gives_the_amount_with_minor_digits()
    {
        var money = Money.FromMinorUnits(130_000_000L, Currency.IDR);
        Assert.Equal(Idr(1_300_000m), money);
        Assert.Equal("IDR 1300000.00", money.ToString());
    }

    [Fact]
    public void Minor_units_of_gold_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => Money.FromMinorUnits(1, Currency.FromCode("XAU")));
    }

    [Fact]
    public void Default_money_is_zero_XXX()
    {
        Money none = default;
        Assert.Equal((0m, Currency.XXX), (none.Amount, none.Currency));
    }

    [Fact]
    public void Default_money_does_not_add_to_rupiah()
    {
        Assert.Throws<CurrencyMismatchException>(() => default(Money) + Idr(1m));
    }

    [Fact]
    public void Money_is_as_small_as_a_decimal()
    {
        Assert.Equal(16, System.Runtime.CompilerServices.Unsafe.SizeOf<Money>());
    }

    [Fact]
    public void Large_amounts_near_the_limit_still_add_exactly()
    {
        var half = decimal.MaxValue / 2m;
        Assert.Equal(Idr(half + 1m), Idr(half) + Idr(1m));
        Assert.Equal(Idr(-half - 1m), Idr(-half) - Idr(1m));
    }

    [Fact]
    public void Amount_keeps_sign_scale_and_all_96_bits()
    {
        var amounts = new[] { decimal.MaxValue, decimal.MinValue, -0.0000000000000000000000000001m, 1300000.00m, new decimal(-1, -1, -1, true, 28) };
        foreach (var amount in amounts)
        {
            var money = new Money(amount, Currency.FromCode("KWD"));
            Assert.Equal((amount, amount.Scale, Currency.FromCode("KWD")), (money.Amount, money.Amount.Scale, money.Currency));
        }
    }

    // ---- properties ---------------------------------------------------------------------------

    public static Arbitrary<(Money, Money)> SameCurrencyPairs() =>
        Gen.Elements(System.Linq.Enumerable.ToArray(Currency.All))
            .SelectMany(c => Gen.Two(IkmArbitraries.MoneyIn(c)))
            .ToArbitrary();

    [Property(Arbitrary = new[] { typeof(MoneyArithmeticTests) })]
    public bool Adding_then_subtracting_gives_back_the_amount((Money, Money) pair)
    {
        var (a, b) = pair;
        return a + b - b == a;
    }

    [Property(Arbitrary = new[] { typeof(MoneyArithmeticTests) })]
    public bool Addition_commutes((Money, Money) pair)
    {
        var (a, b) = pair;
        return a + b == b + a;
    }

    [Property(Arbitrary = new[] { typeof(MoneyArithmeticTests) })]
    public bool Comparison_operators_agree_with_CompareTo_and_amounts((Money, Money) pair)
    {
        var (a, b) = pair;
        var c = a.CompareTo(b);
        return (a < b) == (c < 0) && (a > b) == (c > 0) && (a <= b) == (c <= 0) && (a >= b) == (c >= 0) &&
               (a == b) == (c == 0) && Math.Sign(c) == Math.Sign(a.Amount.CompareTo(b.Amount)) &&
               Math.Sign(c) == -Math.Sign(b.CompareTo(a));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Round_gives_at_most_the_minor_digits_and_is_within_half_a_minor_unit(Money money)
    {
        var rounded = money.Round();
        if (!money.Currency.HasMinorUnits)
        {
            return rounded == money;
        }

        var half = Money.FromMinorUnits(1, money.Currency).Amount / 2m;
        return rounded.Amount.Scale <= money.Currency.MinorUnits && Math.Abs(rounded.Amount - money.Amount) <= half;
    }

    [Property]
    public Property Minor_units_round_trip() =>
        Prop.ForAll(
            IkmArbitraries.CurrencyWithMinorUnits().SelectMany(IkmArbitraries.MoneyIn).ToArbitrary(),
            money =>
            {
                var rounded = money.Round();
                return Money.FromMinorUnits(rounded.ToMinorUnits(), money.Currency) == rounded;
            });

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Negating_twice_gives_back_the_amount(Money money) => -(-money) == money && (money + -money).IsZero;

    [Property]
    public bool Sign_and_scale_read_from_the_words_agree_with_the_decimal(int lo, int mid, int hi, bool negative, byte scale)
    {
        var amount = new decimal(lo, mid, hi, negative, (byte)(scale % 29));
        var money = new Money(amount, Currency.IDR);
        return money.IsZero == (amount == 0m) && money.IsNegative == (amount < 0m) && money.IsAboveZero == (amount > 0m)
            && money.Scale == amount.Scale;
    }

    [Theory]
    [InlineData("0", true, false, false)]
    [InlineData("-0", true, false, false)]
    [InlineData("-0.00", true, false, false)]
    [InlineData("0.01", false, false, true)]
    [InlineData("-0.01", false, true, false)]
    [InlineData("79228162514264337593543950335", false, false, true)]
    public void Sign_examples(string text, bool zero, bool negative, bool aboveZero)
    {
        var money = new Money(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), Currency.IDR);
        Assert.Equal((zero, negative, aboveZero), (money.IsZero, money.IsNegative, money.IsAboveZero));
    }
}
