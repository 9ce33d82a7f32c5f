using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class CraftProductJsonTests
{
    [Fact]
    public void Json_uses_the_value_types_canonical_strings()
    {
        var product = CraftProductTests.Sample() with { Weight = Weight.FromGrams(3000), HsCode = HsCode.Parse("44201100") };

        var json = JsonSerializer.Serialize(product);

        Assert.Contains("\"Materials\":[\"wood\"]", json);
        Assert.Contains("\"Weight\":\"3 kg\"", json);
        Assert.Contains("\"HsCode\":\"4420.11.00\"", json);
        Assert.DoesNotContain("PrimaryMaterial", json);
    }

    [Property(MaxTest = 30)]
    public Property Generated_products_round_trip_through_JSON() =>
        Prop.ForAll(IkmArbitraries.CraftProduct(), p => JsonSerializer.Deserialize<CraftProduct>(JsonSerializer.Serialize(p)) == p);
}
