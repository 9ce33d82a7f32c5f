using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.MoneyArea;

public class MoneyParsingTests
{
    private static Money Idr(decimal amount) => new(amount, Currency.IDR);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Theory]
    [InlineData("IDR 1300000.00")]
    [InlineData("1300000.00 IDR")]
    [InlineData("IDR1300000")]
    [InlineData("  IDR 1300000.00  ")]
    [InlineData("idr 1300000")]
    [InlineData("IDR 1,300,000.00")]
    public void Invariant_forms_parse_without_a_provider(string text)
    {
        Assert.Equal(Idr(1_300_000m), Money.Parse(text));
    }

    [Theory]
    [InlineData("Rp1.300.000,00")]
    [InlineData("Rp 1.300.000")]
    [InlineData("Rp. 1.300.000")]
    [InlineData("1.300.000 Rp")]
    [InlineData("IDR 1.300.000,00")]
    public void Indonesian_forms_parse_with_the_Indonesian_provider(string text)
    {
        Assert.Equal(Idr(1_300_000m), Money.Parse(text, IndonesianFormat.NumberFormat));
    }

    [Fact]
    public void The_rupiah_symbol_implies_Indonesian_separators_when_no_provider_is_given()
    {
        Assert.Equal(Idr(1_300_000m), Money.Parse("Rp1.300.000,00"));
    }

    [Fact]
    public void The_invariant_machine_form_parses_even_with_the_Indonesian_provider()
    {
        Assert.Equal(Idr(1_300_000m), Money.Parse("IDR 1300000.00", IndonesianFormat.NumberFormat));
    }

    [Fact]
    public void Negative_rupiah_parse()
    {
        Assert.Equal(Idr(-1_300_000m), Money.Parse("-Rp1.300.000,00", IndonesianFormat.NumberFormat));
        Assert.Equal(Idr(-5m), Money.Parse("IDR -5.00"));
        Assert.Equal(Idr(-5m), Money.Parse("(IDR 5.00)"));
    }

    [Fact]
    public void US_dollar_symbol_parses_as_USD()
    {
        Assert.Equal(Usd(776m), Money.Parse("US$776"));
    }

    [Theory]
    [InlineData("Rp1,3 miliar", 1_300_000_000)]
    [InlineData("Rp1,3 milyar", 1_300_000_000)]
    [InlineData("Rp 500 ribu", 500_000)]
    [InlineData("Rp2,5 juta", 2_500_000)]
    [InlineData("Rp1 triliun", 1_000_000_000_000)]
    [InlineData("Rp50 rb", 50_000)]
    public void Indonesian_scale_words_multiply(string text, long expected)
    {
        Assert.Equal(Idr(expected), Money.Parse(text, IndonesianFormat.NumberFormat));
    }

    [Theory]
    [InlineData("US$776 juta", 776_000_000)]
    [InlineData("USD 1.3 billion", 1_300_000_000)]
    [InlineData("USD 2 thousand", 2_000)]
    [InlineData("USD 4.5 million", 4_500_000)]
    [InlineData("USD 1 trillion", 1_000_000_000_000)]
    [InlineData("1.3 billion USD", 1_300_000_000)]
    public void Scale_words_work_with_dollars(string text, long expected)
    {
        Assert.Equal(Usd(expected), Money.Parse(text));
    }

    [Fact]
    public void A_bare_dollar_without_a_currency_is_ambiguous()
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse("$776"));
        Assert.Contains("ambiguous", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$776", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_dollar_resolves_through_an_explicit_currency()
    {
        Assert.Equal(Usd(776m), Money.Parse("$776", Currency.USD));
        Assert.Equal(new Money(776m, Currency.SGD), Money.Parse("$776", Currency.SGD));
    }

    [Fact]
    public void A_bare_dollar_does_not_resolve_to_a_currency_without_a_dollar()
    {
        Assert.Throws<FormatException>(() => Money.Parse("$776", Currency.IDR));
    }

    [Fact]
    public void A_number_alone_takes_the_explicit_currency()
    {
        Assert.Equal(Idr(1_300_000m), Money.Parse("1.300.000", Currency.IDR, IndonesianFormat.NumberFormat));
    }

    [Fact]
    public void Text_naming_another_currency_than_the_explicit_one_is_rejected()
    {
        Assert.Throws<FormatException>(() => Money.Parse("USD 5", Currency.IDR));
    }

    [Fact]
    public void A_number_without_any_currency_is_rejected()
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse("1300000"));
        Assert.Contains("no currency", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rp1.3")]
    [InlineData("Rp1.30.000")]
    [InlineData("Rp13.0000")]
    public void Group_separators_must_split_groups_of_three(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text, IndonesianFormat.NumberFormat));
        Assert.Contains(text, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_thousands_are_not_misread_as_invariant_decimals()
    {
        // "Rp 1.300" is 1,300 rupiah, never 1.3.
        Assert.Equal(Idr(1300m), Money.Parse("Rp 1.300"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("IDR")]
    [InlineData("IDR abc")]
    [InlineData("QQQ 100")]
    [InlineData("IDR 100 USD")]
    [InlineData("IDR 100 dollars")]
    public void Bad_text_throws_FormatException_naming_the_input(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!));
    }

    [Fact]
    public void Parse_keeps_the_digits_as_written()
    {
        Assert.Equal(0.125m, Money.Parse("IDR 0.125").Amount);
    }

    [Fact]
    public void Numbers_longer_than_nineteen_digits_parse_exactly()
    {
        Assert.Equal(12345678901234567890.12m, Money.Parse("IDR 12345678901234567890.12").Amount);
        Assert.Equal(12345678901234567890.12m, Money.Parse("Rp12.345.678.901.234.567.890,12").Amount);
    }

    [Fact]
    public void A_scale_word_that_overflows_is_rejected()
    {
        Assert.False(Money.TryParse("IDR 79228162514264337593543950335 triliun", null, out _));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Invariant_text_round_trips_for_every_currency(Money money)
    {
        var parsed = Money.Parse(money.ToString());
        return parsed == money && parsed.Amount.Scale >= money.Amount.Scale;
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Indonesian_currency_text_round_trips_for_every_currency(Money money)
    {
        // "C" with enough digits prints the exact amount; the currency's symbol (or code) reads back.
        var digits = Math.Max(money.Amount.Scale, money.Currency.MinorUnits);
        var text = money.ToString("C" + digits.ToString(System.Globalization.CultureInfo.InvariantCulture), IndonesianFormat.NumberFormat);
        return Money.Parse(text, IndonesianFormat.NumberFormat) == money;
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool ToString_writes_what_decimal_formatting_writes(Money money)
    {
        var amount = Money.WithMinimumScale(money.Amount == 0m ? 0m * money.Amount : money.Amount, money.Currency.MinorUnits);
        var expected = money.Currency.Code + " " + amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return money.ToString() == expected.Replace(" -0", " 0", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0125", "IDR 0.0125")]
    [InlineData("-0.5", "IDR -0.50")]
    [InlineData("5", "IDR 5.00")]
    [InlineData("18446744073709551615", "IDR 18446744073709551615.00")]
    [InlineData("18446744073709551616", "IDR 18446744073709551616.00")]
    [InlineData("79228162514264337593543950335", "IDR 79228162514264337593543950335")]
    public void ToString_handles_small_large_and_negative_amounts(string amount, string expected)
    {
        Assert.Equal(expected, new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Currency.IDR).ToString());
    }

    [Property]
    public bool TryParse_never_throws_on_random_text(string? text) =>
        Money.TryParse(text, null, out var result) || result == default;

    [Property]
    public bool TryParse_never_throws_with_the_Indonesian_provider_or_a_currency(string? text) =>
        (Money.TryParse(text, IndonesianFormat.NumberFormat, out var a) || a == default) &&
        (Money.TryParse(text, Currency.USD, null, out var b) || b == default);

    [Property]
    public Property TryParse_rejects_invalid_text() =>
        Prop.ForAll(IkmArbitraries.InvalidMoneyText().ToArbitrary(), text => !Money.TryParse(text, null, out _));

    [Property]
    public Property TryParse_never_throws_on_money_like_text() =>
        Prop.ForAll(
            Gen.Elements("IDR", "Rp", "US$", "$", "(", ")", "-", " ", ".", ",", "0", "1", "9", "juta", "miliar", "€", "¥")
                .ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text => Money.TryParse(text, null, out var r) || r == default);
}
