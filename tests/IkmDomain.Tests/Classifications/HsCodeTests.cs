using System;
using System.Collections.Generic;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Classifications;

public class HsCodeTests
{
    [Theory]
    [InlineData("44", "44", HsCodeLevel.Chapter)]
    [InlineData("4420", "4420", HsCodeLevel.Heading)]
    [InlineData("4420.11", "4420.11", HsCodeLevel.Subheading)]
    [InlineData("442011", "4420.11", HsCodeLevel.Subheading)]
    [InlineData("4420.11.00", "4420.11.00", HsCodeLevel.TariffLine)]
    [InlineData("44201100", "4420.11.00", HsCodeLevel.TariffLine)]
    [InlineData("4602.12.10.00", "4602.12.10.00", HsCodeLevel.Statistical)]
    [InlineData("0101.21.00", "0101.21.00", HsCodeLevel.TariffLine)]
    public void Parses_dotted_and_plain_forms_to_the_dotted_canonical_form(string text, string canonical, HsCodeLevel level)
    {
        var code = HsCode.Parse(text);

        Assert.Equal(canonical, code.ToString());
        Assert.Equal(level, code.Level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("442")]
    [InlineData("44.20")]
    [InlineData("4420.1")]
    [InlineData("4420.")]
    [InlineData(".4420")]
    [InlineData("4420..10")]
    [InlineData("4420.11.00.00.00")]
    [InlineData("44201100001")]
    [InlineData("4420 10")]
    [InlineData("00")]
    [InlineData("7700")]
    [InlineData("98")]
    [InlineData("44a0")]
    public void Rejects_malformed_codes(string text)
    {
        Assert.False(HsCode.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => HsCode.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message);
    }

    [Fact]
    public void Chapter_heading_and_subheading_of_a_tariff_line()
    {
        var code = HsCode.Parse("4420.11.00");

        Assert.Equal(HsCode.Parse("44"), code.Chapter);
        Assert.Equal(HsCode.Parse("4420"), code.Heading);
        Assert.Equal(HsCode.Parse("4420.11"), code.Subheading);
        Assert.Equal(44, code.ChapterNumber);
    }

    [Fact]
    public void A_chapter_has_no_heading_or_subheading()
    {
        var code = HsCode.Parse("44");

        Assert.Null(code.Heading);
        Assert.Null(code.Subheading);
    }

    [Fact]
    public void IsWithin_follows_the_prefix()
    {
        var line = HsCode.Parse("4420.11.00");

        Assert.True(line.IsWithin(HsCode.Parse("44")));
        Assert.True(line.IsWithin(HsCode.Parse("4420")));
        Assert.False(line.IsWithin(HsCode.Parse("4421")));
        Assert.False(HsCode.Parse("4420").IsWithin(line));
    }

    [Fact]
    public void Compact_form_keeps_leading_zeros()
    {
        Assert.Equal("01012100", HsCode.Parse("0101.21.00").ToCompactString());
        Assert.Equal("01012100", HsCode.Parse("0101.21.00").ToString("N", null));
    }

    [Fact]
    public void A_heading_sorts_before_its_subheadings_and_after_the_previous_heading()
    {
        var codes = new List<HsCode> { HsCode.Parse("4420.11"), HsCode.Parse("4421"), HsCode.Parse("4420"), HsCode.Parse("44") };

        codes.Sort();

        Assert.Equal(["44", "4420", "4420.11", "4421"], codes.ConvertAll(c => c.ToString()));
    }

    [Fact]
    public void Json_round_trips_and_works_as_a_dictionary_key()
    {
        var totals = new Dictionary<HsCode, int> { [HsCode.Parse("4420")] = 3 };

        var json = JsonSerializer.Serialize(totals);

        Assert.Equal("{\"4420\":3}", json);
        Assert.Equal(3, JsonSerializer.Deserialize<Dictionary<HsCode, int>>(json)![HsCode.Parse("4420")]);
    }

    [Property]
    public Property Round_trips_dotted_and_compact() =>
        Prop.ForAll(IkmArbitraries.HsCode(), c => HsCode.Parse(c.ToString()) == c && HsCode.Parse(c.ToCompactString()) == c);

    [Property]
    public Property Truncating_gives_a_code_the_original_is_within() =>
        Prop.ForAll(IkmArbitraries.HsCode(), c => c.IsWithin(c.Chapter) && (c.Heading is not { } h || c.IsWithin(h)));

    [Property]
    public bool TryParse_never_throws(string? text) => HsCode.TryParse(text, out _) || true;
}
