using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using UserJsonFixture;

namespace IkmDomain.Tests;

/// <summary>
/// A user's own System.Text.Json source-generated context over a DTO holding every JSON-capable type of the
/// library. The context lives in tests/UserJsonFixture, an assembly without access to IkmDomain's internals (this test
/// project has it), so the generated code sees only what users see:
/// a <see cref="JsonConverterAttribute"/> naming an internal converter would fail the build here (CS0122 or a
/// SYSLIB diagnostic, warnings are errors) or fall back at run time.
/// </summary>
public class UserJsonContextTests
{
    internal static UserDto Sample() => new()
    {
        Nib = Nib.Parse("8120000123456"),
        Npwp = Npwp.Parse("021832415123000"),
        Nik = Nik.Parse("3573015708900001"),
        Gtin = Gtin.Parse("036000291452"),
        Kbli = Kbli.Parse("16293"),
        HsCode = HsCode.Parse("4420.11"),
        Weight = Weight.Parse("1.25 kg"),
        Dimensions = Dimensions.Parse("30 x 20 x 10.5 cm"),
        Phone = PhoneNumber.Parse("0812-3456-7890"),
        PostalCode = PostalCode.Parse("59411"),
        Region = RegionCode.Parse("33.20.01"),
        Material = CraftMaterial.Wood,
        Technique = CraftTechnique.Parse("batik tulis"),
        Price = Money.Idr(150_000.50m),
        Currency = Currency.IDR,
        Rate = ExchangeRate.Parse("USD/IDR 16250"),
        Country = CountryCode.UnitedStates,
        Period = TradePeriod.ForYear(2021),
        Source = ExportSource.UnComtrade,
        Link = FeedUrl.Parse("https://toko.example.id/p/1?a=1,2", null),
        RegionRecord = RegionDirectory.Default.Find(RegionCode.Parse("33.20.01")),
        Figure = HandicraftFacts.Workers,
        Destination = HandicraftFacts.Destinations[0],
        Product = IkmDomain.Tests.Crafts.CraftProductTests.Sample() with { Gtin = Gtin.Parse("036000291452") },
        Export = new ExportRecord(TradePeriod.ForYear(2021), CountryCode.UnitedStates, Money.Usd(10m), ExportSource.UnComtrade) { HsCode = HsCode.Parse("4420.11") },
        Business = new IkmBusiness
        {
            Nib = Nib.Parse("8120000123456"),
            Name = "Sanggar Jati",
            LegalForm = LegalForm.Perseorangan,
            KbliCodes = [Kbli.Parse("16293")],
            Region = RegionCode.Parse("33.20.01"),
            StreetAddress = "Jl. Raya 1",
            Capital = Money.Idr(250_000_000m),
        },
        Sentra = new Sentra { Id = "S-1", Name = "Sentra Ukir", Village = RegionCode.Parse("33.20.01.2001"), MainCommodity = "Ukiran kayu" },
        Certification = new Certification { Kind = CertificationKind.Svlk, Number = "VLK-00123", Issuer = "PT Sucofindo", IssuedOn = new DateOnly(2024, 3, 1) },
        Availability = Availability.InStock,
        LegalForm = LegalForm.Perseorangan,
        Scale = UmkmScale.Micro,
        ByNib = new Dictionary<Nib, Money> { [Nib.Parse("8120000123456")] = Money.Idr(1m) },
    };

    [Fact]
    public void The_DTO_holds_every_type_of_the_library_that_carries_a_JSON_converter()
    {
        var covered = typeof(UserDto).GetProperties().Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).ToHashSet();
        var withConverter = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is not null && !t.IsEnum)
            .Select(t => t.Name)
            .Where(name => !covered.Any(c => c.Name == name))
            .ToList();
        Assert.Empty(withConverter);
    }

    [Fact]
    public void Every_converter_named_by_an_attribute_is_public_so_generated_code_can_create_it()
    {
        var hidden = typeof(Money).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<JsonConverterAttribute>()?.ConverterType)
            .Where(c => c is not null && !c.IsVisible)
            .Select(c => c!.Name)
            .Distinct()
            .ToList();
        Assert.Empty(hidden);
    }

    [Fact]
    public void The_users_context_writes_what_reflection_writes_and_reads_it_back()
    {
        var dto = Sample();
        var byContext = JsonSerializer.Serialize(dto, UserJsonContext.Default.UserDto);
        var byReflection = JsonSerializer.Serialize(dto, new JsonSerializerOptions());
        Assert.Equal(byReflection, byContext);
        Assert.Contains("\"Nib\":\"8120000123456\"", byContext, StringComparison.Ordinal);
        Assert.Contains("\"Material\":\"", byContext, StringComparison.Ordinal);

        var back = JsonSerializer.Deserialize(byContext, UserJsonContext.Default.UserDto)!;
        Assert.Equal(byContext, JsonSerializer.Serialize(back, UserJsonContext.Default.UserDto));
        Assert.Equal(dto.Nib, back.Nib);
        Assert.Equal(dto.Price, back.Price);
        Assert.Equal(dto.Region, back.Region);
        Assert.Equal(dto.Product, back.Product);
    }

    [Fact]
    public void A_bad_value_through_the_users_context_is_a_JsonException_naming_the_path()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"Nib\":\"812\"}", UserJsonContext.Default.UserDto));
        Assert.Equal("$.Nib", e.Path);
        Assert.Contains("NIB", e.Message, StringComparison.Ordinal);
    }
}
