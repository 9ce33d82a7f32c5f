using System;
using System.Globalization;
using System.Linq;
using FluentValidation;

namespace IkmDomain.Tests.Validation;

public class MoneyRuleTests
{
    private sealed record PriceRow(string? Text, Money Price);

    private sealed class PriceRowValidator : AbstractValidator<PriceRow>
    {
        public PriceRowValidator()
        {
            RuleFor(x => x.Text).MustBeMoney(IndonesianFormat.NumberFormat);
            RuleFor(x => x.Price).MustBeInCurrency(Currency.IDR).MustNotBeNegative().MustFitMinorUnits();
        }
    }

    private static string[] Codes(PriceRow row) =>
        new PriceRowValidator().Validate(row).Errors.Select(e => e.ErrorCode).ToArray();

    [Fact]
    public void A_valid_row_passes()
    {
        Assert.Empty(Codes(new PriceRow("Rp1.300.000,00", Money.Idr(1_300_000m))));
    }

    [Fact]
    public void Null_text_passes_MustBeMoney()
    {
        Assert.Empty(Codes(new PriceRow(null, Money.Idr(1m))));
    }

    [Fact]
    public void Text_that_is_not_money_fails_with_IKM101()
    {
        Assert.Equal(new[] { IkmErrorCodes.InvalidMoney }, Codes(new PriceRow("seribu", Money.Idr(1m))));
    }

    [Fact]
    public void Money_in_another_currency_fails_with_IKM102_naming_the_currency()
    {
        var errors = new PriceRowValidator().Validate(new PriceRow(null, Money.Usd(1m))).Errors;
        var error = Assert.Single(errors);
        Assert.Equal(IkmErrorCodes.WrongCurrency, error.ErrorCode);
        Assert.Contains("IDR", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_money_fails_with_IKM103()
    {
        Assert.Equal(new[] { IkmErrorCodes.NegativeMoney }, Codes(new PriceRow(null, Money.Idr(-1m))));
    }

    [Fact]
    public void Fractions_of_a_sen_fail_with_IKM104()
    {
        Assert.Equal(new[] { IkmErrorCodes.MoneyTooPrecise }, Codes(new PriceRow(null, Money.Idr(10.005m))));
    }

    [Fact]
    public void Messages_come_in_Indonesian_under_id()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id-ID");
            var error = new PriceRowValidator().Validate(new PriceRow(null, Money.Idr(-1m))).Errors.Single();
            Assert.Equal("'Price' tidak boleh negatif.", error.ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
