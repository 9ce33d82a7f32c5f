using FsCheck.Xunit;

namespace IkmDomain.Tests.Testing;

/// <summary>Users register the whole <see cref="IkmArbitraries"/> class; that must work and give valid values.</summary>
public class IkmArbitrariesRegistrationTests
{
    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 50)]
    public bool Registered_class_gives_values_that_round_trip_through_their_parsers(
        Money money, RegionCode region, HsCode hs, CountryCode country, Gtin gtin) =>
        Money.Parse(money.ToString(), null) == money
        && RegionCode.Parse(region.ToString()) == region
        && HsCode.Parse(hs.ToString()) == hs
        && CountryCode.Parse(country.Alpha3) == country
        && Gtin.Parse(gtin.ToString()) == gtin;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 30)]
    public bool Registered_class_gives_products_the_validator_accepts(CraftProduct product) =>
        new IkmDomain.Validation.CraftProductValidator().Validate(CraftProductInput.FromProduct(product)).IsValid;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 50)]
    public bool Registered_class_gives_feed_urls_their_own_text_rebuilds(IkmDomain.Common.FeedUrl url) =>
        !url.IsEmpty
        && url.Text.StartsWith("http", System.StringComparison.Ordinal)
        && new IkmDomain.Common.FeedUrl(new System.Uri(url.Text)) == url;
}
