using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Exports;

public class ExportSourceTests
{
    [Fact]
    public void Well_known_names_parse_in_any_case_to_their_canonical_spelling()
    {
        var source = ExportSource.Parse("kemenperin");

        Assert.Equal(ExportSource.Kemenperin, source);
        Assert.Equal("Kemenperin", source.Name);
        Assert.True(source.IsWellKnown);
    }

    [Fact]
    public void Kemenperin_and_Kemendag_are_different_sources()
    {
        Assert.NotEqual(ExportSource.Kemenperin, ExportSource.Kemendag);
    }

    [Fact]
    public void A_user_named_source_keeps_its_name()
    {
        var source = ExportSource.Parse("Dekranas");

        Assert.Equal("Dekranas", source.ToString());
        Assert.False(source.IsWellKnown);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\u200B")]
    [InlineData("BPS\u00A0")]
    [InlineData("a\nb")]
    public void Parse_rejects_bad_names(string text)
    {
        Assert.Throws<FormatException>(() => ExportSource.Parse(text));
    }

    [Fact]
    public void Parse_rejects_names_over_100_characters()
    {
        Assert.Throws<FormatException>(() => ExportSource.Parse(new string('x', 101)));
    }

    [Fact]
    public void Default_is_no_source()
    {
        Assert.True(default(ExportSource).IsDefault);
        Assert.NotEqual(default, ExportSource.Bps);
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool ToString_round_trips(ExportSource source) => ExportSource.Parse(source.ToString()) == source;

    [Property]
    public bool TryParse_never_throws(string? text) => ExportSource.TryParse(text, out _) || true;

    [Property]
    public bool Equal_sources_have_equal_hash_codes(NonEmptyString name)
    {
        if (!ExportSource.TryParse(name.Get, out var a) || !ExportSource.TryParse(name.Get.ToUpperInvariant(), out var b))
        {
            return true;
        }

        return a != b || a.GetHashCode() == b.GetHashCode();
    }

    [Fact]
    public void Json_round_trips_as_the_name()
    {
        var json = JsonSerializer.Serialize(ExportSource.UnComtrade, ExportsTestJson.Default.ExportSource);

        Assert.Equal("\"UN Comtrade\"", json);
        Assert.Equal(ExportSource.UnComtrade, JsonSerializer.Deserialize(json, ExportsTestJson.Default.ExportSource));
    }
}
