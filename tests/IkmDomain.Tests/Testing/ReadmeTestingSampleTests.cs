using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Testing;

// The README's IkmDomain.Testing sample (section "IkmDomain.Testing"), word for word, plus the checks behind
// its claims: registered region codes exist, and prices are non-negative and rounded.
public static class MyPricing
{
    public static Money Discounted(Money price) => (price * 0.9m).Round();
}

public class MyPricingTests
{
    [Property(Arbitrary = new[] { typeof(IkmPriceArbitraries), typeof(IkmArbitraries) })]
    public bool Discount_never_makes_a_price_negative(Money price, RegionCode origin, CraftProduct product) =>
        MyPricing.Discounted(price) >= new Money(0m, price.Currency)
        && RegionDirectory.Default.Exists(origin)
        && product.Price > new Money(0m, product.Price.Currency);
}

public class PriceAndRegionGeneratorTests
{
    [Property(Arbitrary = new[] { typeof(IkmPriceArbitraries), typeof(IkmArbitraries) }, MaxTest = 200)]
    public bool Registered_prices_are_rupiah_non_negative_and_rounded(Money price) =>
        price.Currency == Currency.IDR && price.Amount >= 0m && price.Round() == price;

    [Property(MaxTest = 200)]
    public Property Prices_in_a_given_currency_are_non_negative_and_rounded() =>
        Prop.ForAll(IkmArbitraries.Price(Currency.JPY).ToArbitrary(), price =>
            price.Currency == Currency.JPY && price.Amount >= 0m && decimal.Truncate(price.Amount) == price.Amount);

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 200)]
    public bool Registered_region_codes_exist_in_the_directory(RegionCode code) => RegionDirectory.Default.Exists(code);

    [Fact]
    public void Well_formed_region_codes_are_there_when_asked_for()
    {
        var codes = IkmArbitraries.WellFormedRegionCode().Sample(300);
        Assert.Contains(codes, c => !RegionDirectory.Default.Exists(c));
        Assert.All(codes, c => Assert.Equal(c, RegionCode.Parse(c.ToString())));
    }
}
