using System;
using System.IO;
using System.Linq;
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

/// <summary>Every region a registered generator puts in a record exists in the directory; only the WellFormed* generators go beyond it.</summary>
public class GeneratedRegionsExistTests
{
    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 100)]
    public bool Business_regions_and_owner_NIK_districts_exist(IkmBusiness business, Nik nik) =>
        RegionDirectory.Default.Exists(business.Region)
        && RegionDirectory.Default.Exists(nik.District);

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 100)]
    public bool Sentra_villages_and_product_origins_exist(Sentra sentra, CraftProduct product) =>
        RegionDirectory.Default.Exists(sentra.Village)
        && (product.OriginRegion is not { } origin || RegionDirectory.Default.Exists(origin));

    [Fact]
    public void Well_formed_NIKs_are_there_when_asked_for()
    {
        var niks = IkmArbitraries.WellFormedNik().Sample(300);
        Assert.Contains(niks, n => !RegionDirectory.Default.Exists(n.District));
        Assert.All(niks, n => Assert.Equal(n, Nik.Parse(n.ToString())));
    }
}

/// <summary>The README's IkmDomain.Testing block is the code above, not a copy that can drift.</summary>
public class ReadmeTestingSampleIsThisCodeTests
{
    [Fact]
    public void The_README_block_and_this_file_hold_the_same_code()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "README.md")) || !File.Exists(Path.Combine(root, "IkmDomain.sln")))
        {
            root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("README.md not found");
        }

        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        var section = readme[readme.IndexOf("## IkmDomain.Testing", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var source = File.ReadAllText(Path.Combine(root, "tests", "IkmDomain.Tests", "Testing", "ReadmeTestingSampleTests.cs"));

        Assert.Contains(Code(block), Code(source), StringComparison.Ordinal);
    }

    // The statements and declarations, without usings, comments and white space.
    private static string Code(string text) => string.Concat(text.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal) && !l.StartsWith("//", StringComparison.Ordinal)));
}
