using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace IkmDomain.Tests.Validation;

/// <summary>IKM130: an amount written with more decimals than its currency has (150.000 IDR).</summary>
public class MoneyInputRuleTests
{
    private static readonly CraftProductValidator Validator = new();

    private static CraftProductInput Product(decimal price, string currency = "IDR", decimal? sale = null) => new()
    {
        Sku = "TSK-1",
        Title = "Tas anyaman pandan",
        Description = "Pandan-leaf woven bag.",
        Materials = ["natural-fibre"],
        Price = price,
        SalePrice = sale,
        Currency = currency,
        ImageLinks = ["https://example.id/a.jpg"],
        Link = "https://example.id/p/1",
        Brand = "Anyaman",
    };

    [Fact]
    public void Three_decimals_on_IDR_fails_with_IKM130_even_though_it_equals_150()
    {
        var result = Validator.Validate(Product(150.000m));

        var failure = Assert.Single(result.Errors);
        Assert.Equal(IkmErrorCodes.AmountHasTooManyDecimals, failure.ErrorCode);
        Assert.Equal("Price", failure.PropertyName);
        Assert.Contains("3 decimals", failure.ErrorMessage);
        Assert.Contains("IDR has 2", failure.ErrorMessage);
        Assert.Contains("thousands separator", failure.ErrorMessage);
    }

    [Fact]
    public void Decimals_read_from_JSON_keep_their_scale()
    {
        var input = JsonSerializer.Deserialize<CraftProductInput>("""{"price": 150.000}""", new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var product = Product(1m);
        product.Price = input.Price;

        Assert.Contains(Validator.Validate(product).Errors, e => e.ErrorCode == "IKM130");
    }

    [Theory]
    [InlineData("150000", "IDR")]
    [InlineData("150000.00", "IDR")]
    [InlineData("12.50", "USD")]
    [InlineData("1500", "JPY")]
    public void Amounts_within_the_currency_decimals_pass(string amount, string currency)
    {
        var result = Validator.Validate(Product(decimal.Parse(amount, CultureInfo.InvariantCulture), currency));

        Assert.DoesNotContain(result.Errors, e => e.ErrorCode == "IKM130");
    }

    [Fact]
    public void A_decimal_on_a_currency_without_minor_units_fails()
    {
        var result = Validator.Validate(Product(1500.5m, "JPY"));

        Assert.Contains(result.Errors, e => e.ErrorCode == "IKM130" && e.ErrorMessage.Contains("JPY has 0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sale_price_is_checked_too()
    {
        var result = Validator.Validate(Product(200000m, sale: 150.000m));

        var failure = Assert.Single(result.Errors);
        Assert.Equal("IKM130", failure.ErrorCode);
        Assert.Equal("SalePrice", failure.PropertyName);
    }

    [Fact]
    public void The_message_is_Indonesian_under_id()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID", predefinedOnly: false);
            var failure = Validator.Validate(Product(150.000m)).Errors.Single();
            Assert.Contains("pemisah ribuan", failure.ErrorMessage);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private sealed class Price(Money value)
    {
        public Money Value { get; } = value;
    }

    private sealed class PriceValidator : FluentValidation.AbstractValidator<Price>
    {
        public PriceValidator() => RuleFor(x => x.Value).MustNotHaveMoreDecimalsThanCurrency();
    }

    [Theory]
    [InlineData("IDR 150.000", false)]
    [InlineData("IDR 150000.00", true)]
    [InlineData("Rp150.000", true)]
    [InlineData("USD 12.50", true)]
    [InlineData("USD 12.505", false)]
    public void Money_values_keep_their_written_decimals(string text, bool valid)
    {
        var result = new PriceValidator().Validate(new Price(Money.Parse(text)));

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("IKM130", e.ErrorCode));
    }
}
