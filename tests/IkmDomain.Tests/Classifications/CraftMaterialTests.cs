using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Classifications;

public class CraftMaterialTests
{
    [Theory]
    [InlineData("wood", "kayu")]
    [InlineData("metal", "logam")]
    [InlineData("leather", "kulit")]
    [InlineData("glass", "kaca")]
    [InlineData("ceramics", "keramik")]
    [InlineData("textiles", "tekstil")]
    [InlineData("bamboo", "bambu")]
    [InlineData("rattan", "rotan")]
    [InlineData("natural-fibre", "serat alam")]
    [InlineData("stone", "batu")]
    [InlineData("shell", "kerang")]
    [InlineData("bone-and-horn", "tulang dan tanduk")]
    [InlineData("paper", "kertas")]
    [InlineData("precious-metal", "logam mulia")]
    public void Every_material_has_its_Indonesian_name(string code, string indonesian)
    {
        Assert.Equal(indonesian, CraftMaterial.Parse(code).IndonesianName);
    }

    [Fact]
    public void The_contract_members_exist()
    {
        Assert.Equal("wood", CraftMaterial.Wood.ToString());
        Assert.Equal("kulit", CraftMaterial.Leather.IndonesianName);
        Assert.Equal(14, CraftMaterial.All.Count);
    }

    [Theory]
    [InlineData("Natural fibre")]
    [InlineData("natural fiber")]
    [InlineData("SERAT ALAM")]
    [InlineData("natural_fibre")]
    [InlineData("  pandan ")]
    public void Parses_names_and_aliases_loosely(string text)
    {
        Assert.Equal(CraftMaterial.NaturalFibre, CraftMaterial.Parse(text));
    }

    [Fact]
    public void Unknown_material_throws_FormatException_naming_it()
    {
        var ex = Assert.Throws<FormatException>(() => CraftMaterial.Parse("plastik"));

        Assert.Contains("'plastik'", ex.Message);
    }

    [Theory]
    [InlineData("4420", "wood")]
    [InlineData("4420.11.00", "wood")]
    [InlineData("4602.12.10.00", "bamboo,rattan,natural-fibre")]
    [InlineData("6913", "ceramics")]
    [InlineData("7013", "glass")]
    [InlineData("4202", "leather")]
    [InlineData("8306", "metal")]
    [InlineData("7113", "precious-metal")]
    [InlineData("7117", "metal")]
    [InlineData("5805", "textiles")]
    [InlineData("6304", "textiles")]
    [InlineData("9703", "wood,metal,stone")]
    public void FromHsCode_gives_the_likely_materials(string hs, string expected)
    {
        var materials = CraftMaterial.FromHsCode(HsCode.Parse(hs));

        Assert.Equal(expected, string.Join(",", materials.Select(m => m.Code)));
    }

    [Fact]
    public void FromHsCode_of_a_chapter_gives_materials_with_headings_in_it()
    {
        var materials = CraftMaterial.FromHsCode(HsCode.Parse("44"));

        Assert.Equal([CraftMaterial.Wood, CraftMaterial.Bamboo], materials);
    }

    [Fact]
    public void FromHsCode_of_an_unrelated_code_is_empty()
    {
        Assert.Empty(CraftMaterial.FromHsCode(HsCode.Parse("0101")));
    }

    [Theory]
    [InlineData("16293", "wood")]
    [InlineData("16291", "bamboo,rattan")]
    [InlineData("32112", "precious-metal")]
    [InlineData("13134", "textiles")]
    [InlineData("99999", "")]
    public void FromKbli_gives_the_materials_of_that_industry(string kbli, string expected)
    {
        Assert.Equal(expected, string.Join(",", CraftMaterial.FromKbli(kbli).Select(m => m.Code)));
    }

    [Fact]
    public void Wood_carving_is_KBLI_16293_not_16291()
    {
        Assert.Contains(Kbli.Parse("16293", KbliVersion.Kbli2020), CraftMaterial.Wood.KbliCodes);
        Assert.DoesNotContain(Kbli.Parse("16291", KbliVersion.Kbli2020), CraftMaterial.Wood.KbliCodes);
    }

    [Fact]
    public void FromKbli_takes_typed_KBLI_2020_codes_and_ignores_KBLI_2025()
    {
        Assert.Equal([CraftMaterial.Wood], CraftMaterial.FromKbli(Kbli.Parse("16293", KbliVersion.Kbli2020)));
        Assert.Empty(CraftMaterial.FromKbli(Kbli.Parse("16293", KbliVersion.Kbli2025)));
    }

    [Fact]
    public void AllHsHeadings_is_sorted_and_distinct_and_covers_every_material()
    {
        var all = CraftMaterial.AllHsHeadings;

        Assert.Equal(all.Distinct().Order(), all);
        Assert.All(CraftMaterial.All, m => Assert.All(m.HsHeadings, h => Assert.Contains(h, all)));
    }

    [Fact]
    public void Json_uses_the_code()
    {
        Assert.Equal("\"natural-fibre\"", JsonSerializer.Serialize(CraftMaterial.NaturalFibre));
        Assert.Equal(CraftMaterial.Glass, JsonSerializer.Deserialize<CraftMaterial>("\"kaca\""));
    }

    [Fact]
    public void Heading_lists_cannot_be_modified_by_casting()
    {
        Assert.False(CraftMaterial.Wood.HsHeadings is HsCode[]);
        Assert.False(CraftMaterial.All is CraftMaterial[]);
    }

    [Property]
    public Property Every_material_round_trips_through_code_English_and_Indonesian_names() =>
        Prop.ForAll(IkmArbitraries.CraftMaterial(), m =>
            CraftMaterial.Parse(m.Code) == m && CraftMaterial.Parse(m.EnglishName) == m && CraftMaterial.Parse(m.IndonesianName) == m);

    [Property]
    public Property Every_heading_of_a_material_leads_back_to_it() =>
        Prop.ForAll(IkmArbitraries.CraftMaterial(), m => m.HsHeadings.All(h => CraftMaterial.FromHsCode(h).Contains(m)));

    [Property]
    public Property Every_KBLI_code_of_a_material_leads_back_to_it() =>
        Prop.ForAll(IkmArbitraries.CraftMaterial(), m => m.KbliCodes.All(k => k.Version == KbliVersion.Kbli2020 && k.Code.Length == 5 && CraftMaterial.FromKbli(k).Contains(m)));

    [Property]
    public bool TryParse_never_throws(string? text) => CraftMaterial.TryParse(text, out _) || true;
}
