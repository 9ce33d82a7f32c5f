using System;
using System.Text.Json;
using FsCheck.Xunit;

namespace IkmDomain.Tests.MoneyArea;

public class ExchangeRateTests
{
    private static readonly ExchangeRate UsdIdr = new(Currency.USD, Currency.IDR, 16250m);

    [Fact]
    public void Properties_hold_what_was_given()
    {
        Assert.Equal((Currency.USD, Currency.IDR, 16250m), (UsdIdr.BaseCurrency, UsdIdr.QuoteCurrency, UsdIdr.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Value_must_be_above_zero(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.USD, Currency.IDR, value));
    }

    [Fact]
    public void A_currency_against_itself_must_be_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.IDR, Currency.IDR, 2m));
    }

    [Fact]
    public void Convert_from_base_multiplies()
    {
        Assert.Equal(new Money(12_610_000m, Currency.IDR), UsdIdr.Convert(new Money(776m, Currency.USD)));
    }

    [Fact]
    public void Convert_from_quote_divides()
    {
        Assert.Equal(new Money(776m, Currency.USD), UsdIdr.Convert(new Money(12_610_000m, Currency.IDR)));
    }

    [Fact]
    public void Convert_of_a_third_currency_throws_CurrencyMismatchException()
    {
        Assert.Throws<CurrencyMismatchException>(() => UsdIdr.Convert(new Money(1m, Currency.EUR)));
    }

    [Fact]
    public void Invert_swaps_the_currencies_and_takes_the_reciprocal()
    {
        var inverse = new ExchangeRate(Currency.USD, Currency.IDR, 16000m).Invert();
        Assert.Equal((Currency.IDR, Currency.USD, 0.0000625m), (inverse.BaseCurrency, inverse.QuoteCurrency, inverse.Value));
    }

    [Fact]
    public void ToString_is_base_slash_quote_space_value()
    {
        Assert.Equal("USD/IDR 16250", UsdIdr.ToString());
    }

    [Fact]
    public void ToString_drops_trailing_zeros()
    {
        Assert.Equal("USD/IDR 16250.5", new ExchangeRate(Currency.USD, Currency.IDR, 16250.500m).ToString());
    }

    [Fact]
    public void Parse_reads_the_text_form()
    {
        Assert.Equal(UsdIdr, ExchangeRate.Parse("USD/IDR 16250"));
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ExchangeRate.Parse(null!));
    }

    [Theory]
    [InlineData("USD/IDR")]
    [InlineData("USD IDR 16250")]
    [InlineData("USD/IDR 16,250")]
    [InlineData("USD/IDR 0")]
    [InlineData("USD/IDR -5")]
    [InlineData("USD/QQQ 1")]
    public void Parse_of_bad_text_throws_FormatException_naming_it(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ExchangeRate.Parse(text));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_the_text_form()
    {
        Assert.Equal("\"USD/IDR 16250\"", JsonSerializer.Serialize(UsdIdr, IkmJsonContext.Default.ExchangeRate));
        Assert.Equal(UsdIdr, JsonSerializer.Deserialize("\"USD/IDR 16250\"", IkmJsonContext.Default.ExchangeRate));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Text_round_trips(ExchangeRate rate) => ExchangeRate.Parse(rate.ToString()) == rate;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Converting_there_and_back_is_exact_to_the_minor_unit(ExchangeRate rate)
    {
        var start = new Money(1000m, rate.BaseCurrency);
        var back = rate.Convert(rate.Convert(start));
        return Math.Abs(back.Amount - start.Amount) < 0.000001m && back.Currency == start.Currency;
    }

    [Property]
    public bool TryParse_never_throws(string? text) =>
        ExchangeRate.TryParse(text, null, out var rate) || rate == default;
}
