using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Feeds;
using IkmDomain.Regions;

namespace IkmDomain.Tests.CommonArea;

/// <summary>
/// Issues 14 and 16: every public value type's <c>default</c> is either a documented valid value (its text
/// and its JSON read back equal) or "not set": it has no JSON, its text does not parse back to it (so no
/// parser, route binder or database converter can produce it), and reading its members never crashes.
/// The scan covers every public struct of the assembly, so a new type must be decided here.
/// </summary>
public class DefaultValueJsonTests
{
    /// <summary>Types whose default is a documented value: Currency XXX, Money XXX 0, ExchangeRate XXX/XXX 1, CountryCode World, Weight 0 g, and FeedItemProblem "no problem".</summary>
    private static readonly Type[] DefaultIsAValue =
        [typeof(Currency), typeof(Money), typeof(ExchangeRate), typeof(CountryCode), typeof(Weight), typeof(FeedItemProblem)];

    private static readonly Type[] DefaultIsNotSet =
        [typeof(Nib), typeof(Npwp), typeof(Nik), typeof(PhoneNumber), typeof(Kbli), typeof(PostalCode), typeof(RegionCode), typeof(Gtin), typeof(HsCode),
         typeof(Dimensions), typeof(ExportSource), typeof(TradePeriod), typeof(CraftMaterial), typeof(CraftTechnique), typeof(IkmDomain.Common.FeedUrl)];

    private static readonly JsonSerializerOptions ContextOnly = new() { TypeInfoResolver = IkmJsonContext.Default };

    /// <summary>The ways users read and write JSON: reflection defaults, ASP.NET's web defaults, and the source-generated context.</summary>
    public static TheoryData<string> OptionNames => ["default", "web", "context"];

    private static JsonSerializerOptions Options(string name) => name switch
    {
        "default" => JsonSerializerOptions.Default,
        "web" => JsonSerializerOptions.Web,
        _ => ContextOnly,
    };

    public static TheoryData<Type> NotSetTypes => new(DefaultIsNotSet);

    public static TheoryData<Type> ValueTypes => new(DefaultIsAValue);

    [Fact]
    public void Every_public_value_type_is_decided()
    {
        var all = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);
        Assert.Equal(DefaultIsAValue.Concat(DefaultIsNotSet).Select(t => t.FullName).Order(StringComparer.Ordinal), all);
    }

    [Fact]
    public void The_not_set_marker_is_on_exactly_the_not_set_types()
    {
        foreach (var type in DefaultIsNotSet)
        {
            Assert.True(IkmDomain.Common.NotSetValue.AppliesTo(type), type.Name);
            Assert.True(IkmDomain.Common.NotSetValue.AppliesTo(typeof(Nullable<>).MakeGenericType(type)), type.Name + "?");
        }

        foreach (var type in DefaultIsAValue)
        {
            Assert.False(IkmDomain.Common.NotSetValue.AppliesTo(type), type.Name);
        }
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void A_documented_default_round_trips_through_its_text(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        if (ParseMethod(type) is { } parse)
        {
            Assert.Equal(value, parse.Invoke(null, [value.ToString(), CultureInfo.InvariantCulture]));
        }
    }

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void A_documented_default_round_trips_through_json(string options)
    {
        foreach (var type in DefaultIsAValue.Where(t => options != "context" || IkmJsonContext.Default.GetTypeInfo(t) is not null))
        {
            var value = Activator.CreateInstance(type);
            var json = JsonSerializer.Serialize(value, type, Options(options));
            Assert.Equal((type.Name, value), (type.Name, JsonSerializer.Deserialize(json, type, Options(options))));
        }
    }

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void A_not_set_default_cannot_be_written_as_json(string options)
    {
        foreach (var type in DefaultIsNotSet)
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Activator.CreateInstance(type), type, Options(options)));
            Assert.Contains(type.Name, error.Message, StringComparison.Ordinal);
            Assert.Contains("not set", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(NotSetTypes))]
    public void The_text_of_a_not_set_default_does_not_read_back_as_it(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        var text = value.ToString()!;
        var tryParse = TryParseMethod(type);
        var args = new object?[] { text, CultureInfo.InvariantCulture, null };
        var parsed = (bool)tryParse.Invoke(null, args)!;
        Assert.False(parsed && Equals(args[2], value), $"{type.Name}: '{text}' parses back to default");
        Assert.False(parsed, $"{type.Name}: '{text}' parses");

        // The same text as a JSON string is a JsonException (every converter; no ArgumentException or FormatException escapes).
        foreach (var options in new[] { "default", "web", "context" })
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(JsonSerializer.Serialize(text), type, Options(options)));
        }
    }

    [Theory]
    [MemberData(nameof(NotSetTypes))]
    public void Reading_a_not_set_default_never_crashes(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        _ = value.ToString();
        _ = value.GetHashCode();
        Assert.True(value.Equals(Activator.CreateInstance(type)));
        if (value is ISpanFormattable formattable)
        {
            Assert.True(formattable.TryFormat(new char[64], out _, default, CultureInfo.InvariantCulture), type.Name);
        }

        if (value is IUtf8SpanFormattable utf8)
        {
            Assert.True(utf8.TryFormat(new byte[64], out _, default, CultureInfo.InvariantCulture), type.Name);
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            try
            {
                _ = property.GetValue(value);
            }
            catch (TargetInvocationException e)
            {
                // A member that has no neutral value says so: InvalidOperationException naming the type.
                var inner = Assert.IsType<InvalidOperationException>(e.InnerException);
                Assert.Contains($"default({type.Name})", inner.Message, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("\"00000\"", typeof(PostalCode))]
    [InlineData("\"0000000000000\"", typeof(Nib))]
    [InlineData("\"00.000.000.0-000.000\"", typeof(Npwp))]
    [InlineData("\"0000000000000000\"", typeof(Npwp))]
    [InlineData("\"00000\"", typeof(Kbli))]
    [InlineData("\"00000/2025\"", typeof(Kbli))]
    [InlineData("\"00\"", typeof(RegionCode))]
    [InlineData("\"0000\"", typeof(TradePeriod))]
    [InlineData("\"\"", typeof(ExportSource))]
    [InlineData("\"\"", typeof(CraftMaterial))]
    [InlineData("\"\"", typeof(CraftTechnique))]
    [InlineData("\"\"", typeof(IkmDomain.Common.FeedUrl))]
    [InlineData("{}", typeof(IkmDomain.Common.FeedUrl))]
    public void Text_that_reads_as_a_not_set_default_is_rejected(string json, Type type)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));
    }

    [Fact]
    public void Craft_material_and_technique_defaults_are_not_set_rather_than_the_first_entry()
    {
        Assert.NotEqual(CraftMaterial.Wood, default);
        Assert.NotEqual(CraftTechnique.HandDrawnBatik, default);
        Assert.DoesNotContain(default, CraftMaterial.All);
        Assert.DoesNotContain(default, CraftTechnique.All);
        Assert.Equal("", default(CraftMaterial).ToString());
        Assert.Empty(default(CraftMaterial).HsHeadings);
        Assert.False(default(CraftTechnique).IsBatik);
        Assert.True(CraftTechnique.HandDrawnBatik.IsBatik);
        Assert.True(CraftTechnique.CombinationBatik.IsBatik);
        Assert.False(CraftTechnique.Weaving.IsBatik);
        Assert.Equal("wood", CraftMaterial.Wood.ToString());
        Assert.Equal("\"wood\"", JsonSerializer.Serialize(CraftMaterial.Wood));
        Assert.Equal(CraftMaterial.PreciousMetal, JsonSerializer.Deserialize<CraftMaterial>("\"precious-metal\""));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(CraftMaterial)));
        Assert.Contains("default(CraftMaterial) is not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_refuse_the_not_set_value()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Nib.FromValue(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kbli(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Kbli(999, KbliVersion.Kbli2025));
        Assert.Equal("01000", new Kbli(1000).Code);
        Assert.Equal(1UL, Nib.FromValue(1).Value);
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

    private static MethodInfo? ParseMethod(Type type) =>
        type.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider)])
        ?? InterfaceMethod(type, "Parse", [typeof(string), typeof(IFormatProvider)]);

    private static MethodInfo TryParseMethod(Type type) =>
        type.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), type.MakeByRefType()])
        ?? InterfaceMethod(type, "TryParse", [typeof(string), typeof(IFormatProvider), type.MakeByRefType()])
        ?? throw new InvalidOperationException($"{type.Name} has no TryParse(string, IFormatProvider, out T).");

    // Explicit IParsable<T> implementations (Nib, Npwp...): called through a generic helper.
    private static MethodInfo? InterfaceMethod(Type type, string name, Type[] parameters)
    {
        if (!type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)))
        {
            return null;
        }

        return typeof(DefaultValueJsonTests).GetMethod(name == "Parse" ? nameof(ParseVia) : nameof(TryParseVia), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type);
    }

    private static T ParseVia<T>(string s, IFormatProvider? provider)
        where T : IParsable<T> => T.Parse(s, provider);

    private static bool TryParseVia<T>(string? s, IFormatProvider? provider, out T? result)
        where T : IParsable<T> => T.TryParse(s, provider, out result);
}
