using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;

namespace IkmDomain.Tests.Exports;

public class CountryCodeTests
{
    [Theory]
    [InlineData("ID")]
    [InlineData("IDN")]
    [InlineData("360")]
    [InlineData("id")]
    [InlineData("idn")]
    public void Parse_accepts_alpha2_alpha3_and_numeric_for_Indonesia(string text)
    {
        Assert.Equal(CountryCode.Indonesia, CountryCode.Parse(text));
    }

    [Fact]
    public void Indonesia_has_its_codes_and_names()
    {
        var id = CountryCode.Indonesia;

        Assert.Equal(("ID", "IDN", 360, "Indonesia", "Indonesia"), (id.Alpha2, id.Alpha3, id.Numeric, id.EnglishName, id.IndonesianName));
    }

    [Fact]
    public void Japan_has_an_Indonesian_name_of_its_own()
    {
        Assert.Equal("Jepang", CountryCode.Parse("JP").IndonesianName);
    }

    [Fact]
    public void Numeric_codes_with_leading_zeros_parse()
    {
        Assert.Equal("AF", CountryCode.Parse("004").Alpha2);
        Assert.Equal("AF", CountryCode.Parse("4").Alpha2);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("W00")]
    [InlineData("XW")]
    public void World_parses_from_Comtrade_and_reserved_forms(string text)
    {
        Assert.True(CountryCode.Parse(text).IsWorld);
    }

    [Fact]
    public void Default_is_World()
    {
        Assert.Equal(CountryCode.World, default);
        Assert.Equal(0, CountryCode.World.Numeric);
        Assert.Equal("W00", CountryCode.World.Alpha3);
    }

    [Fact]
    public void All_holds_every_row_of_the_embedded_table_without_World()
    {
        Assert.Equal(249, CountryCode.All.Count); // ISO 3166-1 has 249 entries
        Assert.DoesNotContain(CountryCode.World, CountryCode.All);
        Assert.Equal(249, CountryCode.All.Select(c => c.Alpha3).Distinct().Count());
        Assert.Equal(249, CountryCode.All.Select(c => c.Numeric).Distinct().Count());
    }

    // The three entries the first copy of the data lost because their names hold an apostrophe.
    [Theory]
    [InlineData("CI", "CIV", 384, "Côte d'Ivoire", "Pantai Gading")]
    [InlineData("KP", "PRK", 408, "North Korea", "Korea Utara")]
    [InlineData("LA", "LAO", 418, "Laos", "Laos")]
    [InlineData("CN", "CHN", 156, "People's Republic of China", "China")]
    public void Countries_whose_names_hold_an_apostrophe_are_present(string alpha2, string alpha3, int numeric, string english, string indonesian)
    {
        foreach (var text in new[] { alpha2, alpha3, numeric.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) })
        {
            var code = CountryCode.Parse(text);
            Assert.Equal(alpha2, code.Alpha2);
            Assert.Equal(alpha3, code.Alpha3);
            Assert.Equal(numeric, code.Numeric);
            Assert.Equal(english, code.EnglishName);
            Assert.Equal(indonesian, code.IndonesianName);
        }
    }

    // Row by row against the project's copy of the data file, read with an independent CSV reader (Sep):
    // the count, every code and both names.
    [Fact]
    public void All_matches_the_copy_of_the_data_file()
    {
        var path = System.IO.Path.Combine(RepoRoot(), "src", "IkmDomain", "Data", "iso-3166-1", "countries.csv");
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var count = 0;
        foreach (var row in reader)
        {
            count++;
            var code = CountryCode.Parse(row["alpha2"].ToString());
            Assert.Equal(row["alpha3"].ToString(), code.Alpha3);
            Assert.Equal(row["numeric"].ToString(), code.ToString("N"));
            Assert.Equal(row["name_en"].ToString(), code.EnglishName);
            Assert.Equal(row["name_id"].ToString(), code.IndonesianName);
        }

        Assert.Equal(249, count);
        Assert.Equal(count, CountryCode.All.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("I")]
    [InlineData("QQ")]
    [InlineData("ABC")]
    [InlineData("999")]
    [InlineData("1234")]
    [InlineData("\u00A0ID")]
    [InlineData("I D")]
    public void Parse_rejects_unassigned_or_malformed_codes_naming_the_input(string text)
    {
        var ex = Assert.Throws<FormatException>(() => CountryCode.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message);
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => CountryCode.Parse((string)null!));
    }

    [Theory]
    [InlineData(842, "US")]
    [InlineData(251, "FR")]
    [InlineData(699, "IN")]
    [InlineData(757, "CH")]
    [InlineData(579, "NO")]
    [InlineData(392, "JP")]
    [InlineData(0, "XW")]
    public void FromComtradeCode_maps_Comtrade_numbers(int code, string alpha2)
    {
        Assert.Equal(alpha2, CountryCode.FromComtradeCode(code).Alpha2);
    }

    [Theory]
    [InlineData(490)]
    [InlineData(899)]
    [InlineData(840)]
    [InlineData(-1)]
    public void FromComtradeCode_rejects_areas_that_are_not_countries(int code)
    {
        Assert.False(CountryCode.TryFromComtradeCode(code, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountryCode.FromComtradeCode(code));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool ComtradeCode_round_trips(CountryCode code) =>
        CountryCode.FromComtradeCode(code.ComtradeCode) == code;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool ToString_round_trips_through_Parse(CountryCode code) =>
        CountryCode.Parse(code.ToString()) == code
        && CountryCode.Parse(code.Alpha3) == code
        && CountryCode.Parse(code.ToString("N")) == code;

    [Property]
    public bool TryParse_never_throws(string? text) =>
        CountryCode.TryParse(text, out _) || true;

    [Property]
    public Property TryParse_rejects_invalid_text() =>
        Prop.ForAll(IkmArbitraries.InvalidCountryCodeText().ToArbitrary(), t => !CountryCode.TryParse(t, out _));

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Equality_agrees_with_the_numeric_code(CountryCode a, CountryCode b) =>
        (a == b) == (a.Numeric == b.Numeric) && (a != b) == !a.Equals(b) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());

    [Fact]
    public void Json_round_trips_as_the_alpha2_string()
    {
        var json = JsonSerializer.Serialize(CountryCode.Indonesia, ExportsTestJson.Default.CountryCode);

        Assert.Equal("\"ID\"", json);
        Assert.Equal(CountryCode.Indonesia, JsonSerializer.Deserialize(json, ExportsTestJson.Default.CountryCode));
    }

    [Fact]
    public void Json_reads_numbers_and_alpha3()
    {
        Assert.Equal(CountryCode.Indonesia, JsonSerializer.Deserialize("360", ExportsTestJson.Default.CountryCode));
        Assert.Equal(CountryCode.Indonesia, JsonSerializer.Deserialize("\"IDN\"", ExportsTestJson.Default.CountryCode));
    }

    [Fact]
    public void Json_rejects_unknown_codes()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"QQ\"", ExportsTestJson.Default.CountryCode));
    }

    [Fact]
    public void Json_dictionary_keys_use_alpha2()
    {
        var map = new System.Collections.Generic.Dictionary<CountryCode, int> { [CountryCode.UnitedStates] = 1 };

        var json = JsonSerializer.Serialize(map, ExportsTestJson.Default.DictionaryCountryCodeInt32);

        Assert.Equal("{\"US\":1}", json);
        Assert.Equal(map, JsonSerializer.Deserialize(json, ExportsTestJson.Default.DictionaryCountryCodeInt32));
    }

    [Fact]
    public void Unknown_format_throws()
    {
        Assert.Throws<FormatException>(() => CountryCode.Indonesia.ToString("Z"));
    }

    [Fact]
    public void Ordering_follows_the_numeric_code()
    {
        Assert.True(CountryCode.World < CountryCode.Indonesia);
        Assert.True(CountryCode.Indonesia < CountryCode.UnitedStates);
    }

    internal static string RepoRoot()
    {
        var dir = new System.IO.DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Directory.Packages.props")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
