using System;
using System.Linq;

namespace IkmDomain.Tests.Regions;

public class RegionSearchTests
{
    private static readonly RegionDirectory Directory = RegionDirectory.Default;

    private static string[] Codes(string query, RegionLevel? level = null, int limit = 20) =>
        Directory.Search(query, level, limit).Select(r => r.Code.ToString()).ToArray();

    [Fact]
    public void Malang_returns_Kabupaten_and_Kota_Malang_first()
    {
        var top = Codes("malang").Take(2).OrderBy(c => c, StringComparer.Ordinal);

        Assert.Equal(new[] { "35.07", "35.73" }, top);
    }

    [Theory]
    [InlineData("Kota Malang", "35.73")]
    [InlineData("kota malang", "35.73")]
    [InlineData("Kab. Malang", "35.07")]
    [InlineData("Kabupaten Malang", "35.07")]
    [InlineData("KAB MALANG", "35.07")]
    public void A_kind_word_ranks_that_kind_first(string query, string expected)
    {
        Assert.Equal(expected, Codes(query)[0]);
    }

    [Theory]
    [InlineData("MALANG")]
    [InlineData("Málang")]
    [InlineData("  malang  ")]
    public void Case_accents_and_spaces_do_not_matter(string query)
    {
        Assert.Equal(Codes("malang"), Codes(query));
    }

    [Theory]
    [InlineData("jogja")]
    [InlineData("Yogya")]
    [InlineData("Jogjakarta")]
    [InlineData("yogyakarta")]
    public void Jogja_and_Yogya_find_Kota_Yogyakarta_first(string query)
    {
        Assert.Equal("34.71", Codes(query)[0]);
    }

    [Fact]
    public void Jogja_also_finds_the_province()
    {
        Assert.Contains("34", Codes("jogja"));
    }

    [Fact]
    public void Solo_finds_Surakarta()
    {
        Assert.Equal("Kota Surakarta", Directory.Search("solo")[0].Name);
    }

    [Fact]
    public void Province_nickname_finds_the_province()
    {
        Assert.Equal("Jawa Timur", Directory.Search("jatim", RegionLevel.Province)[0].Name);
    }

    [Fact]
    public void Exact_name_ranks_before_prefix_before_contains()
    {
        var names = Directory.Search("batu", RegionLevel.Regency).Select(r => r.Name).ToArray();

        Assert.Equal("Kota Batu", names[0]);
        var prefix = Array.FindIndex(names, n => n.Equals("Kabupaten Batu Bara", StringComparison.Ordinal));
        var contains = Array.FindIndex(names, n => n.Contains("batu", StringComparison.Ordinal));
        Assert.True(prefix > 0, string.Join(", ", names));
        Assert.True(contains < 0 || contains > prefix, string.Join(", ", names));
    }

    [Fact]
    public void Partial_word_matches_by_prefix()
    {
        Assert.Contains("Kota Surabaya", Directory.Search("suraba").Select(r => r.Name));
    }

    [Fact]
    public void Apostrophes_are_optional()
    {
        Assert.Contains(Directory.Search("regapuu", RegionLevel.Village), r => r.Name == "Regapu'u");
        Assert.Contains(Directory.Search("Regapu'u", RegionLevel.Village), r => r.Name == "Regapu'u");
    }

    [Fact]
    public void Level_filter_returns_only_that_level()
    {
        var results = Directory.Search("malang", RegionLevel.Village);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(RegionLevel.Village, r.Level));
    }

    [Fact]
    public void Limit_caps_the_results()
    {
        Assert.Equal(3, Directory.Search("sari", limit: 3).Count);
    }

    [Fact]
    public void Results_are_distinct()
    {
        var codes = Codes("kota baru", limit: 100);

        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void A_code_finds_its_region_first()
    {
        Assert.Equal("35.73", Codes("35.73")[0]);
    }

    [Fact]
    public void Nothing_matches_gives_an_empty_list()
    {
        Assert.Empty(Directory.Search("zzqxw"));
        Assert.Empty(Directory.Search("   "));
    }

    [Fact]
    public void Null_query_throws_and_zero_limit_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Directory.Search(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Directory.Search("malang", limit: 0));
    }

    [Fact]
    public void Jakarta_city_names_match_without_Kota_Administrasi()
    {
        Assert.Equal("31.74", Codes("Jakarta Selatan")[0]);
        Assert.Equal("31.74", Codes("kota jakarta selatan")[0]);
    }

    [Fact]
    public void A_word_of_the_name_counts_as_a_prefix_match()
    {
        var codes = Codes("jogja");

        Assert.True(Array.IndexOf(codes, "34") < Array.IndexOf(codes, "17.03.06.2006"), string.Join(", ", codes));
    }

    [Fact]
    public void A_small_limit_returns_the_head_of_a_large_limit()
    {
        var all = Codes("sari", limit: 5000);
        var few = Codes("sari", limit: 7);

        Assert.True(all.Length > 1000, all.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(all.Take(7), few);
    }
}
