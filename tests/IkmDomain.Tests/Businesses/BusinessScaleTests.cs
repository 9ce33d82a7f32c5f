using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class BusinessScaleTests
{
    private static Money Rp(decimal amount) => new(amount, Currency.IDR);

    [Theory]
    [InlineData(0, UmkmScale.Micro)]
    [InlineData(1_000_000_000, UmkmScale.Micro)]
    [InlineData(1_000_000_001, UmkmScale.Small)]
    [InlineData(5_000_000_000, UmkmScale.Small)]
    [InlineData(5_000_000_001, UmkmScale.Medium)]
    [InlineData(10_000_000_000, UmkmScale.Medium)]
    [InlineData(10_000_000_001, UmkmScale.Large)]
    public void Capital_boundaries_belong_to_the_lower_scale(long capital, UmkmScale expected)
    {
        Assert.Equal(expected, BusinessScale.FromCapital(Rp(capital)));
    }

    [Fact]
    public void One_sen_above_the_micro_capital_limit_is_small()
    {
        Assert.Equal(UmkmScale.Small, BusinessScale.FromCapital(Rp(1_000_000_000.01m)));
    }

    [Theory]
    [InlineData(0, UmkmScale.Micro)]
    [InlineData(2_000_000_000, UmkmScale.Micro)]
    [InlineData(2_000_000_001, UmkmScale.Small)]
    [InlineData(15_000_000_000, UmkmScale.Small)]
    [InlineData(15_000_000_001, UmkmScale.Medium)]
    [InlineData(50_000_000_000, UmkmScale.Medium)]
    [InlineData(50_000_000_001, UmkmScale.Large)]
    public void Sales_boundaries_belong_to_the_lower_scale(long sales, UmkmScale expected)
    {
        Assert.Equal(expected, BusinessScale.FromAnnualSales(Rp(sales)));
    }

    [Theory]
    [InlineData(0, 0, IndustryClass.Small)]
    [InlineData(19, 999_999_999, IndustryClass.Small)]
    [InlineData(19, 1_000_000_000, IndustryClass.Medium)]
    [InlineData(1, 900_000_000_000, IndustryClass.Medium)] // no cap for few workers
    [InlineData(20, 0, IndustryClass.Medium)]
    [InlineData(20, 15_000_000_000, IndustryClass.Medium)]
    [InlineData(20, 15_000_000_001, IndustryClass.Large)]
    [InlineData(19, 15_000_000_001, IndustryClass.Medium)]
    [InlineData(500, 999_999_999, IndustryClass.Medium)]
    public void Industry_class_boundaries(int workers, long investment, IndustryClass expected)
    {
        Assert.Equal(expected, BusinessScale.ClassifyIndustry(workers, Rp(investment)));
    }

    [Fact]
    public void Other_currencies_throw_without_a_rate()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => BusinessScale.FromCapital(new Money(100, Currency.USD)));

        Assert.Contains("USD", ex.Message);
        Assert.Contains("ExchangeRate", ex.Message);
    }

    [Fact]
    public void Other_currencies_are_converted_with_a_rate()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.IDR, 16_000m);

        Assert.Equal(UmkmScale.Micro, BusinessScale.FromCapital(new Money(62_500, Currency.USD), rate)); // exactly Rp1 bn
        Assert.Equal(UmkmScale.Small, BusinessScale.FromCapital(new Money(62_500.01m, Currency.USD), rate));
        Assert.Equal(UmkmScale.Small, BusinessScale.FromAnnualSales(new Money(200_000, Currency.USD), rate));
        Assert.Equal(IndustryClass.Large, BusinessScale.ClassifyIndustry(20, new Money(1_000_000, Currency.USD), rate));
    }

    [Fact]
    public void A_rate_that_does_not_reach_rupiah_throws()
    {
        var rate = new ExchangeRate(Currency.USD, Currency.SGD, 1.3m);

        Assert.Throws<CurrencyMismatchException>(() => BusinessScale.FromCapital(new Money(1, Currency.USD), rate));
    }

    [Fact]
    public void Negative_amounts_and_workers_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessScale.FromCapital(Rp(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessScale.FromAnnualSales(Rp(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessScale.ClassifyIndustry(-1, Rp(0)));
    }

    private static Arbitrary<decimal> Amounts() =>
        Gen.Choose(0, 60_000).Select(m => m * 1_000_000m).ToArbitrary();

    [Property]
    public Property Capital_scale_never_decreases_as_capital_grows() =>
        Prop.ForAll(Amounts(), Amounts(), (a, b) =>
            BusinessScale.FromCapital(Rp(Math.Min(a, b))) <= BusinessScale.FromCapital(Rp(Math.Max(a, b))));

    [Property]
    public Property Sales_scale_never_decreases_as_sales_grow() =>
        Prop.ForAll(Amounts(), Amounts(), (a, b) =>
            BusinessScale.FromAnnualSales(Rp(Math.Min(a, b))) <= BusinessScale.FromAnnualSales(Rp(Math.Max(a, b))));

    [Property]
    public Property Industry_class_matches_the_regulation_text() =>
        Prop.ForAll(Gen.Choose(0, 200).ToArbitrary(), Amounts(), (workers, investment) =>
        {
            var expected = workers <= 19
                ? (investment < 1_000_000_000m ? IndustryClass.Small : IndustryClass.Medium)
                : (investment <= 15_000_000_000m ? IndustryClass.Medium : IndustryClass.Large);
            return BusinessScale.ClassifyIndustry(workers, Rp(investment)) == expected;
        });
}
