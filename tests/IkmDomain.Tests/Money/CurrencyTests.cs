using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.MoneyArea;

public class CurrencyTests
{
    [Fact]
    public void Rupiah_is_360_with_two_minor_units_and_the_symbol_Rp()
    {
        var idr = Currency.IDR;
        Assert.Equal(("IDR", 360, 2, "Rupiah", "Rp"), (idr.Code, idr.Number, idr.MinorUnits, idr.EnglishName, idr.Symbol));
    }

    [Fact]
    public void Us_dollar_is_840_with_two_minor_units_and_the_symbol_US_dollar()
    {
        var usd = Currency.USD;
        Assert.Equal(("USD", 840, 2, "US Dollar", "US$"), (usd.Code, usd.Number, usd.MinorUnits, usd.EnglishName, usd.Symbol));
    }

    [Theory]
    [InlineData("EUR", "€")]
    [InlineData("JPY", "¥")]
    [InlineData("SGD", "S$")]
    [InlineData("MYR", "RM")]
    [InlineData("GBP", "£")]
    [InlineData("CNY", "CN¥")]
    public void Common_currencies_have_their_symbol(string code, string symbol)
    {
        Assert.Equal(symbol, Currency.FromCode(code).Symbol);
    }

    [Fact]
    public void A_currency_without_a_known_symbol_shows_its_code()
    {
        var chf = Currency.FromCode("CHF");
        Assert.Equal(("CHF", false), (chf.Symbol, chf.HasSymbol));
    }

    [Fact]
    public void No_currency_uses_the_bare_dollar_sign()
    {
        Assert.DoesNotContain(Currency.All, c => c.Symbol == "$");
    }

    [Fact]
    public void Symbols_are_unique()
    {
        var symbols = Currency.All.Select(c => c.Symbol).ToList();
        Assert.Equal(symbols.Count, symbols.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Japanese_yen_has_no_decimals_and_kuwaiti_dinar_three()
    {
        Assert.Equal((0, 3), (Currency.JPY.MinorUnits, Currency.FromCode("KWD").MinorUnits));
    }

    [Fact]
    public void Default_currency_is_XXX_the_no_currency_code()
    {
        Currency none = default;
        Assert.Equal(("XXX", 999, false), (none.Code, none.Number, none.HasMinorUnits));
        Assert.Equal(Currency.XXX, none);
    }

    [Fact]
    public void Gold_has_no_minor_unit()
    {
        var gold = Currency.FromCode("XAU");
        Assert.Equal((false, 0), (gold.HasMinorUnits, gold.MinorUnits));
    }

    [Fact]
    public void FromCode_is_case_insensitive()
    {
        Assert.Equal(Currency.IDR, Currency.FromCode("idr"));
    }

    [Fact]
    public void FromCode_of_an_unknown_code_throws_ArgumentException_naming_the_code()
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.FromCode("QQQ"));
        Assert.Contains("QQQ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("QQQ")]
    [InlineData("ID")]
    [InlineData("IDRR")]
    [InlineData("1DR")]
    public void TryFromCode_of_an_unknown_code_returns_false(string? code)
    {
        Assert.False(Currency.TryFromCode(code, out _));
    }

    [Fact]
    public void FromNumber_finds_rupiah_by_360()
    {
        Assert.Equal(Currency.IDR, Currency.FromNumber(360));
    }

    [Fact]
    public void FromNumber_of_an_unknown_number_throws_ArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Currency.FromNumber(1));
    }

    [Fact]
    public void Parse_of_a_bad_code_throws_FormatException_naming_it()
    {
        var ex = Assert.Throws<FormatException>(() => Currency.Parse("RUPIAH"));
        Assert.Contains("RUPIAH", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_is_the_code()
    {
        Assert.Equal("IDR", Currency.IDR.ToString());
    }

    [Theory]
    [InlineData("G", "IDR")]
    [InlineData("S", "Rp")]
    [InlineData("N", "Rupiah")]
    public void ToString_with_a_format_gives_code_symbol_or_name(string format, string expected)
    {
        Assert.Equal(expected, Currency.IDR.ToString(format, null));
    }

    [Fact]
    public void Currencies_are_equal_by_code()
    {
        Assert.True(Currency.FromCode("IDR") == Currency.IDR && Currency.IDR != Currency.USD);
    }

    [Fact]
    public void All_starts_with_XXX_and_holds_every_currency_once()
    {
        Assert.Equal(Currency.XXX, Currency.All[0]);
        Assert.Equal(Currency.All.Count, Currency.All.Distinct().Count());
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Code_round_trips_through_Parse(Currency currency) =>
        Currency.Parse(currency.ToString()) == currency;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Code_round_trips_through_utf8_TryFormat(Currency currency)
    {
        Span<byte> buffer = stackalloc byte[8];
        return currency.TryFormat(buffer, out var written, default, null) &&
               System.Text.Encoding.ASCII.GetString(buffer[..written]) == currency.Code;
    }

    [Property]
    public bool TryParse_never_throws(string? text) =>
        Currency.TryParse(text, null, out _) ==
        (text is not null && Currency.All.Any(x => string.Equals(x.Code, text.Trim(), StringComparison.OrdinalIgnoreCase)));

    [Fact]
    public void Currency_is_two_bytes()
    {
        Assert.Equal(2, System.Runtime.CompilerServices.Unsafe.SizeOf<Currency>());
    }
}
