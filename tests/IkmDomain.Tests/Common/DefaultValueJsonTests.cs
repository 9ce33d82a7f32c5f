using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;

namespace IkmDomain.Tests.CommonArea;

/// <summary>
/// Issue 14: for every value type, <c>default</c> is either a documented valid value (it writes text
/// that reads back equal) or "not set" (writing or reading it is a JsonException naming the rule).
/// </summary>
public class DefaultValueJsonTests
{
    /// <summary>Types whose default is a documented value: Currency XXX, Money XXX 0, ExchangeRate XXX/XXX 1, CountryCode World, Weight 0 g, and the two craft lists whose first entry is their default.</summary>
    private static readonly Type[] DefaultIsAValue =
        [typeof(Currency), typeof(Money), typeof(ExchangeRate), typeof(CountryCode), typeof(Weight), typeof(CraftMaterial), typeof(CraftTechnique)];

    private static readonly Type[] DefaultIsNotSet =
        [typeof(Nib), typeof(Npwp), typeof(Nik), typeof(PhoneNumber), typeof(Kbli), typeof(PostalCode), typeof(RegionCode), typeof(Gtin), typeof(HsCode),
         typeof(Dimensions), typeof(ExportSource), typeof(TradePeriod)];

    [Fact]
    public void Every_value_type_with_a_json_converter_is_decided()
    {
        var all = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        Assert.Equal(DefaultIsAValue.Concat(DefaultIsNotSet).OrderBy(t => t.FullName, StringComparer.Ordinal), all);
    }

    [Fact]
    public void A_documented_default_round_trips()
    {
        foreach (var type in DefaultIsAValue)
        {
            var value = Activator.CreateInstance(type);
            var json = JsonSerializer.Serialize(value, type);
            Assert.Equal((type.Name, value), (type.Name, JsonSerializer.Deserialize(json, type)));
        }
    }

    [Fact]
    public void A_not_set_default_cannot_be_written()
    {
        foreach (var type in DefaultIsNotSet)
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Activator.CreateInstance(type), type));
            Assert.Contains(type.Name, error.Message);
        }
    }

    [Theory]
    [InlineData("\"00000\"", typeof(PostalCode))]
    [InlineData("\"0000000000000\"", typeof(Nib))]
    [InlineData("\"00.000.000.0-000.000\"", typeof(Npwp))]
    [InlineData("\"00000\"", typeof(Kbli))]
    [InlineData("\"00\"", typeof(RegionCode))]
    [InlineData("\"0000\"", typeof(TradePeriod))]
    [InlineData("\"\"", typeof(ExportSource))]
    public void Text_that_reads_as_a_not_set_default_is_rejected(string json, Type type)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));
    }

    [Fact]
    public void A_business_with_a_null_name_is_a_json_error_naming_the_path_and_rule()
    {
        var json = JsonSerializer.Serialize(new IkmBusiness
        {
            Nib = Nib.Parse("8120000123456"),
            Name = "Sanggar Jati",
            LegalForm = LegalForm.Perseorangan,
            KbliCodes = [Kbli.Parse("16293")],
            Region = RegionCode.Parse("33.20"),
            StreetAddress = "Jl. Raya 1",
        }, JsonSerializerOptions.Web);
        var broken = json.Replace("\"name\":\"Sanggar Jati\"", "\"name\":null", StringComparison.Ordinal);
        Assert.NotEqual(json, broken);
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<IkmBusiness>(broken, JsonSerializerOptions.Web));
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Path);
    }
}
