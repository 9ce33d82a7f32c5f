using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IkmDomain.Tests;

public class IkmJsonContextTests
{
    // One value of every public value type; the test below checks that the list misses none.
    private static readonly object[] Samples =
    [
        new Money(1_300_000m, Currency.IDR),
        Currency.USD,
        ExchangeRate.Parse("USD/IDR 16250"),
        RegionCode.Parse("35.73.01.1001"),
        PostalCode.Parse("65111"),
        Kbli.Parse("13133/2025"),
        HsCode.Parse("4420.11"),
        CraftMaterial.NaturalFibre,
        CraftTechnique.Parse("batik tulis"),
        Nib.Parse("8120000123456"),
        Npwp.Parse("021832415123000"),
        Nik.Parse("3573015708900001"),
        PhoneNumber.Parse("0812-3456-7890"),
        Gtin.Parse("036000291452"),
        Weight.FromGrams(1500),
        Dimensions.Parse("30 x 20 x 10.5 cm"),
        CountryCode.Parse("JPN"),
        TradePeriod.Parse("2023-01"),
        ExportSource.Kemenperin,
        IkmDomain.Common.FeedUrl.Parse("https://example.id/p/1?a=1,2", null),
    ];

    public static TheoryData<object> SampleValues => new(Samples);

    [Theory]
    [MemberData(nameof(SampleValues))]
    public void Every_value_type_round_trips_through_the_context(object value)
    {
        var info = TypeInfo(value.GetType());

        var json = JsonSerializer.Serialize(value, info);

        Assert.Equal(value, JsonSerializer.Deserialize(json, info));
    }

    [Theory]
    [MemberData(nameof(SampleValues))]
    public void The_context_writes_what_reflection_writes(object value)
    {
        Assert.Equal(JsonSerializer.Serialize(value, value.GetType()), JsonSerializer.Serialize(value, TypeInfo(value.GetType())));
    }

    [Theory]
    [MemberData(nameof(SampleValues))]
    public void Nullable_forms_round_trip_null_and_a_value(object value)
    {
        var nullable = typeof(Nullable<>).MakeGenericType(value.GetType());
        var info = TypeInfo(nullable);

        Assert.Equal("null", JsonSerializer.Serialize((object?)null, info));
        Assert.Null(JsonSerializer.Deserialize("null", info));
        Assert.Equal(value, JsonSerializer.Deserialize(JsonSerializer.Serialize(value, info), info));
    }

    [Fact]
    public void The_samples_cover_every_public_value_type_with_a_JSON_converter()
    {
        var valueTypes = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(valueTypes, Samples.Select(s => s.GetType().FullName).Order(StringComparer.Ordinal));
    }

    private static JsonTypeInfo TypeInfo(Type type) =>
        IkmJsonContext.Default.GetTypeInfo(type) ?? throw new Xunit.Sdk.XunitException($"IkmJsonContext has no metadata for {type}.");
}
