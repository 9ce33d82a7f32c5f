using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Regions;

public class RegionCodeTests
{
    [Theory]
    [InlineData("35", RegionLevel.Province)]
    [InlineData("35.73", RegionLevel.Regency)]
    [InlineData("35.73.01", RegionLevel.District)]
    [InlineData("35.73.01.1001", RegionLevel.Village)]
    public void Parses_dotted_codes_at_every_level(string text, RegionLevel level)
    {
        var code = RegionCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("35", "35")]
    [InlineData("3573", "35.73")]
    [InlineData("357301", "35.73.01")]
    [InlineData("3573011001", "35.73.01.1001")]
    public void Parses_compact_codes_to_the_same_value_as_dotted(string compact, string dotted)
    {
        Assert.Equal(RegionCode.Parse(dotted), RegionCode.Parse(compact));
        Assert.Equal(compact, RegionCode.Parse(dotted).ToCompactString());
    }

    [Fact]
    public void Surrounding_white_space_is_ignored()
    {
        Assert.Equal(RegionCode.Parse("35.73"), RegionCode.Parse("  35.73\t"));
    }

    [Theory]
    [InlineData("35.00", "regency part '00'")]
    [InlineData("35.70", "regency part '70'")]
    [InlineData("35.73.001", "district part '001'")]
    [InlineData("35.73.00", "district part '00'")]
    [InlineData("35.73.01.0001", "village part '0001'")]
    [InlineData("35.73.01.4001", "village part '4001'")]
    [InlineData("35.73.01.101", "village part '101'")]
    [InlineData("00", "province part '00'")]
    [InlineData("30", "province part '30'")]
    [InlineData("3x.73", "province part '3x'")]
    [InlineData("357", "2, 4, 6 or 10 digits")]
    [InlineData("35.73.01.1001.5", "2 to 4 parts")]
    [InlineData("", "empty")]
    public void Rejects_a_bad_code_naming_the_wrong_part(string text, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => RegionCode.Parse(text));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'" + text + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => RegionCode.Parse(null!));
    }

    [Fact]
    public void TryParse_null_returns_false()
    {
        Assert.False(RegionCode.TryParse((string?)null, out _));
    }

    [Fact]
    public void Province_of_a_village_is_its_province_code()
    {
        Assert.Equal(RegionCode.Parse("35"), RegionCode.Parse("35.73.01.1001").Province);
    }

    [Fact]
    public void Parent_walks_up_one_level_and_is_null_for_a_province()
    {
        var village = RegionCode.Parse("35.73.01.1001");

        Assert.Equal(RegionCode.Parse("35.73.01"), village.Parent);
        Assert.Equal(RegionCode.Parse("35.73"), village.Parent!.Value.Parent);
        Assert.Equal(RegionCode.Parse("35"), village.Parent!.Value.Parent!.Value.Parent);
        Assert.Null(RegionCode.Parse("35").Parent);
    }

    [Theory]
    [InlineData("35.73", true)]
    [InlineData("35.07", false)]
    [InlineData("35.71.01", true)]
    [InlineData("35.69", false)]
    [InlineData("35", false)]
    public void IsCity_is_true_for_regency_parts_71_to_99(string text, bool expected)
    {
        Assert.Equal(expected, RegionCode.Parse(text).IsCity);
    }

    [Theory]
    [InlineData("35.73.01.1001", VillageKind.Kelurahan)]
    [InlineData("35.07.01.2001", VillageKind.Desa)]
    [InlineData("51.03.01.3001", VillageKind.DesaAdat)]
    public void VillageKind_follows_the_first_digit_of_the_village_part(string text, VillageKind kind)
    {
        Assert.Equal(kind, RegionCode.Parse(text).VillageKind);
    }

    [Fact]
    public void VillageKind_is_null_above_village_level()
    {
        Assert.Null(RegionCode.Parse("35.73.01").VillageKind);
    }

    [Fact]
    public void IsAncestorOf_is_true_for_descendants_only()
    {
        var malang = RegionCode.Parse("35.73");

        Assert.True(malang.IsAncestorOf(RegionCode.Parse("35.73.01.1001")));
        Assert.True(RegionCode.Parse("35").IsAncestorOf(malang));
        Assert.False(malang.IsAncestorOf(malang));
        Assert.False(malang.IsAncestorOf(RegionCode.Parse("35.07.01")));
        Assert.False(malang.IsAncestorOf(RegionCode.Parse("35")));
    }

    [Fact]
    public void Numeric_parts_are_exposed()
    {
        var code = RegionCode.Parse("35.73.01.1001");

        Assert.Equal((35, 73, 1, 1001), (code.ProvinceNumber, code.RegencyNumber, code.DistrictNumber, code.VillageNumber));
    }

    [Fact]
    public void FromParts_builds_the_same_code_as_Parse()
    {
        Assert.Equal(RegionCode.Parse("35.73.01"), RegionCode.FromParts(35, 73, 1));
    }

    [Fact]
    public void FromParts_rejects_a_zero_regency_under_a_district()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromParts(35, 0, 1));
    }

    [Fact]
    public void Codes_sort_parent_before_children()
    {
        Assert.True(RegionCode.Parse("35.73") < RegionCode.Parse("35.73.01"));
        Assert.True(RegionCode.Parse("35.73.01.2001") < RegionCode.Parse("35.74"));
    }

    [Fact]
    public void Equality_operators_compare_by_value()
    {
        Assert.True(RegionCode.Parse("3573") == RegionCode.Parse("35.73"));
        Assert.True(RegionCode.Parse("35.73") != RegionCode.Parse("35.07"));
        Assert.Equal(RegionCode.Parse("3573").GetHashCode(), RegionCode.Parse("35.73").GetHashCode());
    }

    [Fact]
    public void Json_writes_the_dotted_string_and_reads_both_forms()
    {
        Assert.Equal("\"35.73.01\"", JsonSerializer.Serialize(RegionCode.Parse("357301")));
        Assert.Equal(RegionCode.Parse("35.73.01"), JsonSerializer.Deserialize<RegionCode>("\"357301\""));
    }

    [Fact]
    public void Json_rejects_a_bad_code_with_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegionCode>("\"35.00\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegionCode>("3573"));
    }

    [Fact]
    public void Unknown_format_string_throws_FormatException()
    {
        Assert.Throws<FormatException>(() => RegionCode.Parse("35").ToString("X", null));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Dotted_form_round_trips(RegionCode code) => RegionCode.Parse(code.ToString()) == code;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Compact_form_round_trips(RegionCode code) => RegionCode.Parse(code.ToCompactString()) == code;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Json_round_trips(RegionCode code) =>
        JsonSerializer.Deserialize<RegionCode>(JsonSerializer.Serialize(code)) == code;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Parent_is_an_ancestor_one_level_up(RegionCode code) =>
        code.Parent is not { } parent || (parent.IsAncestorOf(code) && parent.Level == code.Level - 1);

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Utf8_format_matches_string_format(RegionCode code)
    {
        Span<byte> buffer = stackalloc byte[RegionCode.MaxFormattedLength];
        return code.TryFormat(buffer, out var written, default, null)
            && System.Text.Encoding.ASCII.GetString(buffer[..written]) == code.ToString();
    }

    [Property]
    public bool TryParse_never_throws_on_random_strings(string? text) =>
        RegionCode.TryParse(text, out var code) == (text is not null && SafeParse(text) == code);

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool TryParse_never_throws_on_random_digit_strings(PositiveInt length, int seed)
    {
        var random = new Random(seed);
        var chars = new char[Math.Min(length.Get, 16)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = "0123456789."[random.Next(11)];
        }

        var text = new string(chars);
        return RegionCode.TryParse(text, out var code) == (SafeParse(text) == code);
    }

    [Fact]
    public void Invalid_strings_are_rejected()
    {
        var property = Prop.ForAll(IkmArbitraries.InvalidRegionCodeString().ToArbitrary(), s => !RegionCode.TryParse(s, out _));
        Check.QuickThrowOnFailure(property);
    }

    private static RegionCode? SafeParse(string text)
    {
        try
        {
            return RegionCode.Parse(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
