using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Classifications;

public class CraftTechniqueTests
{
    [Theory]
    [InlineData("batik tulis", "hand-drawn-batik")]
    [InlineData("Batik Cap", "stamped-batik")]
    [InlineData("batik kombinasi", "combination-batik")]
    [InlineData("tenun ikat", "ikat")]
    [InlineData("songket", "songket")]
    [InlineData("ukir", "carving")]
    [InlineData("anyam", "plaiting")]
    [InlineData("gerabah", "pottery")]
    [InlineData("tempa", "forging")]
    public void Parses_Indonesian_names(string text, string code)
    {
        Assert.Equal(code, CraftTechnique.Parse(text).Code);
    }

    [Fact]
    public void Only_the_three_batik_techniques_are_batik()
    {
        Assert.Equal(3, System.Linq.Enumerable.Count(CraftTechnique.All, t => t.IsBatik));
        Assert.False(CraftTechnique.Ikat.IsBatik);
    }

    [Fact]
    public void Unknown_technique_throws_FormatException_naming_it()
    {
        var ex = Assert.Throws<FormatException>(() => CraftTechnique.Parse("printing"));

        Assert.Contains("'printing'", ex.Message);
    }

    [Property]
    public Property Every_technique_round_trips_through_its_names() =>
        Prop.ForAll(IkmArbitraries.CraftTechnique(), t =>
            CraftTechnique.Parse(t.ToString()) == t && CraftTechnique.Parse(t.EnglishName) == t && CraftTechnique.Parse(t.IndonesianName) == t);

    [Property]
    public bool TryParse_never_throws(string? text) => CraftTechnique.TryParse(text, out _) || true;
}
