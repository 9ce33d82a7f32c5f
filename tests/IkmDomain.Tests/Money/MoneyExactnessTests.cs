using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Testing;

namespace IkmDomain.Tests.MoneyArea;

/// <summary>Issue 14 (money): whole-rupiah price tags, exact inverse rates, exact amounts.</summary>
public class MoneyExactnessTests
{
    private static readonly ExchangeRate UsdIdr = ExchangeRate.Parse("USD/IDR 16250");

    [Theory]
    [InlineData("Rp150.000,-")]
    [InlineData("Rp150.000.-")]
    [InlineData("Rp 150.000,-")]
    [InlineData("Rp150.000,\u2013")]
    [InlineData("150.000,- IDR")]
    public void A_whole_rupiah_price_tag_parses_as_whole_rupiah(string text)
    {
        Assert.Equal(Money.Idr(150_000m), Money.Parse(text, IndonesianFormat.NumberFormat));
    }

    [Theory]
    [InlineData("150.000,-")]
    [InlineData("150.000.-")]
    public void A_bare_whole_amount_with_a_dash_parses_in_a_known_currency(string text)
    {
        Assert.Equal(Money.Idr(150_000m), Money.Parse(text, Currency.IDR, IndonesianFormat.NumberFormat));
    }

    [Theory]
    [InlineData("Rp150.000,50-")]
    [InlineData("Rp150.000,-50")]
    [InlineData("Rp150.000,--")]
    [InlineData("Rp150.000-")]
    [InlineData("Rp,-")]
    public void The_dash_closes_only_a_whole_amount(string text)
    {
        Assert.Throws<FormatException>(() => Money.Parse(text, IndonesianFormat.NumberFormat));
        Assert.False(Money.TryParse(text, IndonesianFormat.NumberFormat, out _));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Every_whole_rupiah_amount_reads_the_same_with_a_dash(NonNegativeInt amount)
    {
        var whole = Money.Idr(amount.Get * 1000m);
        var text = "Rp" + whole.Amount.ToString("#,0", IndonesianFormat.NumberFormat) + ",-";
        return Money.Parse(text, IndonesianFormat.NumberFormat) == whole;
    }

    [Fact]
    public void Converting_through_an_inverted_rate_is_exact()
    {
        Assert.Equal(Money.Usd(1m), UsdIdr.Invert().Convert(Money.Idr(16250m)));
        Assert.Equal("USD 1.00", UsdIdr.Invert().Convert(Money.Idr(16250m)).ToString());
    }

    [Fact]
    public void Inverting_twice_gives_the_original_rate()
    {
        var twice = UsdIdr.Invert().Invert();
        Assert.Equal(UsdIdr, twice);
        Assert.Equal(16250m, twice.Value);
        Assert.False(twice.IsInverted);
        Assert.Equal("USD/IDR 16250", twice.ToString());
    }

    [Fact]
    public void An_inverted_rate_writes_and_reads_its_exact_form()
    {
        var inverse = UsdIdr.Invert();
        Assert.Equal("IDR/USD 1/16250", inverse.ToString());
        Assert.Equal(inverse, ExchangeRate.Parse("IDR/USD 1/16250"));
        Assert.Equal(16250m, inverse.Reciprocal);
        Assert.Equal(inverse, JsonSerializer.Deserialize<ExchangeRate>(JsonSerializer.Serialize(inverse)));
    }

    [Fact]
    public void An_inverse_equals_the_decimal_rate_only_when_it_is_exactly_that()
    {
        Assert.Equal(new ExchangeRate(Currency.IDR, Currency.USD, 0.5m), new ExchangeRate(Currency.USD, Currency.IDR, 2m).Invert());
        Assert.NotEqual(new ExchangeRate(Currency.IDR, Currency.USD, 1m / 16250m), UsdIdr.Invert());
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Inverting_twice_is_the_identity_and_round_trips_as_text(ExchangeRate rate)
    {
        var inverse = rate.Invert();
        return rate.Invert().Invert() == rate
            && ExchangeRate.Parse(inverse.ToString()) == inverse
            && inverse.GetHashCode() == ExchangeRate.Parse(inverse.ToString()).GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool An_inverted_rate_converts_exactly_as_dividing_by_the_original(ExchangeRate rate, PositiveInt units)
    {
        var money = new Money(units.Get, rate.QuoteCurrency);
        var back = new Money(units.Get, rate.BaseCurrency);
        return rate.Invert().Convert(money) == rate.Convert(money)
            && rate.Invert().Convert(back) == rate.Convert(back);
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, "USD 0.62")]
    [InlineData(MidpointRounding.AwayFromZero, "USD 0.62")]
    [InlineData(MidpointRounding.ToZero, "USD 0.61")]
    [InlineData(MidpointRounding.ToPositiveInfinity, "USD 0.62")]
    public void Convert_with_rounding_rounds_once_to_the_target_minor_units(MidpointRounding mode, string expected)
    {
        // 10000 / 16250 = 0.615384...
        Assert.Equal(expected, UsdIdr.Convert(Money.Idr(10_000m), mode).ToString());
    }

    [Theory]
    [InlineData(MidpointRounding.ToEven, "IDR 2.00")]
    [InlineData(MidpointRounding.AwayFromZero, "IDR 2.01")]
    [InlineData(MidpointRounding.ToNegativeInfinity, "IDR 2.00")]
    public void Convert_with_rounding_applies_the_midpoint_rule(MidpointRounding mode, string expected)
    {
        var rate = new ExchangeRate(Currency.USD, Currency.IDR, 2m);
        Assert.Equal(expected, rate.Convert(Money.Usd(1.0025m), mode).ToString()); // 2.005: a midpoint
    }

    [Fact]
    public void Convert_with_rounding_does_not_round_twice()
    {
        // 1 / 199.99999999999999999999999999 = 0.00500000000000000000000000000025…: above the midpoint,
        // but decimal division rounds it to 0.0050000000000000000000000000 first.
        var rate = new ExchangeRate(Currency.USD, Currency.EUR, 199.99999999999999999999999999m);
        var eur = new Money(1m, Currency.EUR);
        Assert.Equal(new Money(0.00m, Currency.USD), rate.Convert(eur).Round(MidpointRounding.ToEven));
        Assert.Equal(new Money(0.01m, Currency.USD), rate.Convert(eur, MidpointRounding.ToEven));
        Assert.Equal(new Money(0.01m, Currency.USD), rate.Invert().Invert().Convert(eur, MidpointRounding.ToEven));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Convert_with_rounding_equals_rounding_the_exact_result_when_that_is_exact(ExchangeRate rate, Money money)
    {
        if (money.Currency != rate.BaseCurrency || rate.IsInverted)
        {
            return true;
        }

        Money product;
        try
        {
            product = rate.Convert(money); // base → quote multiplies
        }
        catch (OverflowException)
        {
            return true;
        }

        if (product.Amount.Scale != money.Amount.Scale + rate.Value.Scale)
        {
            return true; // decimal had to round the product: not a reference
        }

        return rate.Convert(money, MidpointRounding.AwayFromZero) == product.Round(MidpointRounding.AwayFromZero)
            && rate.Convert(money, MidpointRounding.ToEven) == product.Round(MidpointRounding.ToEven);
    }

    [Theory]
    [InlineData("IDR 0.00000000000000000000000000001")]
    [InlineData("IDR 0.12345678901234567890123456789")]
    [InlineData("IDR 9.9999999999999999999999999999")]
    public void An_amount_decimal_cannot_hold_exactly_is_an_error(string text)
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains("exactly", error.Message);
        Assert.False(Money.TryParse(text, out _));
    }

    [Theory]
    [InlineData("\"IDR 0.00000000000000000000000000001\"")]
    [InlineData("{\"amount\":0.00000000000000000000000000001,\"currency\":\"IDR\"}")]
    [InlineData("{\"amount\":\"0.00000000000000000000000000001\",\"currency\":\"IDR\"}")]
    [InlineData("{\"amount\":1e-29,\"currency\":\"IDR\"}")]
    [InlineData("{\"amount\":1e40,\"currency\":\"IDR\"}")]
    public void An_amount_decimal_cannot_hold_exactly_is_an_error_in_json(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Money>(json));
    }

    [Theory]
    [InlineData("{\"amount\":1.3e6,\"currency\":\"IDR\"}", "IDR 1300000.00")]
    [InlineData("{\"amount\":1300000.000000000000000000000000000000000,\"currency\":\"IDR\"}", "IDR 1300000.00")]
    [InlineData("{\"amount\":0.0000000000000000000000000001,\"currency\":\"IDR\"}", "IDR 0.0000000000000000000000000001")]
    public void Json_amounts_that_decimal_holds_exactly_are_read(string json, string expected)
    {
        Assert.Equal(Money.Parse(expected), JsonSerializer.Deserialize<Money>(json));
    }

    [Fact]
    public void An_exchange_rate_decimal_cannot_hold_exactly_is_an_error()
    {
        Assert.False(ExchangeRate.TryParse("USD/IDR 0.00000000000000000000000000001", null, out _));
    }

    [Property]
    public bool Parsing_never_changes_the_value_written(PositiveInt digits, NonNegativeInt scale)
    {
        // Any digit string and scale: either read exactly (the text of the value equals the text) or rejected.
        var mantissa = string.Concat(Enumerable.Repeat("7", 1 + (digits.Get % 35)));
        var s = Math.Min(scale.Get % 40, mantissa.Length - 1);
        var number = s == 0 ? mantissa : mantissa[..^s] + "." + mantissa[^s..];
        if (!Money.TryParse("IDR " + number, out var money))
        {
            return mantissa.Length > 29 || s > 28;
        }

        return money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) == number;
    }
}
