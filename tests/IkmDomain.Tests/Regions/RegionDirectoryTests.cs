using System;
using System.Linq;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Regions;

public class RegionDirectoryTests
{
    private static readonly RegionDirectory Directory = RegionDirectory.Default;

    [Theory]
    [InlineData(RegionLevel.Province, 38)]
    [InlineData(RegionLevel.Regency, 514)]
    [InlineData(RegionLevel.District, 7285)]
    [InlineData(RegionLevel.Village, 83762)]
    public void Count_matches_the_2025_decree(RegionLevel level, int expected)
    {
        Assert.Equal(expected, Directory.Count(level));
    }

    [Fact]
    public void Regencies_split_into_416_kabupaten_and_98_kota()
    {
        var regencies = Directory.All(RegionLevel.Regency);

        Assert.Equal(98, regencies.Count(r => r.Code.IsCity));
        Assert.Equal(416, regencies.Count(r => !r.Code.IsCity));
    }

    [Fact]
    public void Villages_split_into_8496_kelurahan_and_75266_desa_including_desa_adat()
    {
        var villages = Directory.All(RegionLevel.Village);

        Assert.Equal(8496, villages.Count(v => v.Code.VillageKind == VillageKind.Kelurahan));
        Assert.Equal(75266, villages.Count(v => v.Code.VillageKind != VillageKind.Kelurahan));
    }

    [Fact]
    public void Edition_names_the_2025_decree()
    {
        Assert.Equal("Kepmendagri 300.2.2-2138/2025", Directory.Edition);
    }

    [Theory]
    [InlineData("35.73", "Kota Malang")]
    [InlineData("35.07", "Kabupaten Malang")]
    [InlineData("35", "Jawa Timur")]
    [InlineData("93", "Papua Selatan")]
    [InlineData("94", "Papua Tengah")]
    [InlineData("95", "Papua Pegunungan")]
    [InlineData("96", "Papua Barat Daya")]
    [InlineData("11.01.01.2001", "Keude Bakongan")]
    [InlineData("53.07.01.2021", "Regapu'u")]
    public void Find_returns_the_named_region(string code, string name)
    {
        var region = Directory.Find(RegionCode.Parse(code));

        Assert.NotNull(region);
        Assert.Equal(name, region.Name);
        Assert.Equal(RegionCode.Parse(code), region.Code);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("35.99")]
    [InlineData("35.73.99")]
    [InlineData("35.73.01.3999")]
    public void Find_returns_null_for_a_well_formed_code_that_does_not_exist(string code)
    {
        Assert.Null(Directory.Find(RegionCode.Parse(code)));
        Assert.False(Directory.Exists(RegionCode.Parse(code)));
    }

    [Fact]
    public void Find_of_the_default_code_returns_null()
    {
        Assert.Null(Directory.Find(default));
    }

    [Fact]
    public void Provinces_are_the_38_province_codes_in_order()
    {
        var codes = Directory.Provinces.Select(p => p.Code.ToString()).ToArray();

        Assert.Equal(38, codes.Length);
        Assert.Equal("11", codes[0]);
        Assert.Equal("96", codes[^1]);
        Assert.Equal(codes.OrderBy(c => c, StringComparer.Ordinal), codes);
    }

    [Fact]
    public void Every_region_is_found_by_its_own_code()
    {
        foreach (var level in new[] { RegionLevel.Province, RegionLevel.Regency, RegionLevel.District, RegionLevel.Village })
        {
            var missing = Directory.All(level).Where(r => !ReferenceEquals(Directory.Find(r.Code), r)).Select(r => r.Code.ToString()).ToList();
            Assert.Empty(missing);
        }
    }

    [Fact]
    public void Every_region_below_province_has_an_existing_parent()
    {
        foreach (var level in new[] { RegionLevel.Regency, RegionLevel.District, RegionLevel.Village })
        {
            var orphans = Directory.All(level).Where(r => !Directory.Exists(r.Code.Parent!.Value)).Select(r => r.Code.ToString()).ToList();
            Assert.Empty(orphans);
        }
    }

    [Fact]
    public void Children_of_every_level_add_up_to_the_next_level()
    {
        foreach (var level in new[] { RegionLevel.Province, RegionLevel.Regency, RegionLevel.District })
        {
            var total = Directory.All(level).Sum(r => Directory.ChildrenOf(r.Code).Count);
            Assert.Equal(Directory.Count(level + 1), total);
        }
    }

    [Fact]
    public void Every_child_names_its_parent()
    {
        foreach (var level in new[] { RegionLevel.Province, RegionLevel.Regency, RegionLevel.District })
        {
            foreach (var region in Directory.All(level))
            {
                Assert.All(Directory.ChildrenOf(region.Code), c => Assert.Equal(region.Code, c.Code.Parent));
            }
        }
    }

    [Fact]
    public void Regency_names_say_Kota_exactly_when_the_code_is_a_city()
    {
        Assert.All(Directory.All(RegionLevel.Regency), r =>
            Assert.Equal(r.Code.IsCity, r.Name.StartsWith("Kota ", StringComparison.Ordinal)));
    }

    [Fact]
    public void ChildrenOf_Kota_Malang_are_its_five_districts()
    {
        var children = Directory.ChildrenOf(RegionCode.Parse("35.73"));

        Assert.Equal(5, children.Count);
        Assert.Contains(children, c => c.Name == "Klojen");
    }

    [Fact]
    public void ChildrenOf_a_village_or_an_unknown_code_is_empty()
    {
        Assert.Empty(Directory.ChildrenOf(RegionCode.Parse("35.73.01.1001")));
        Assert.Empty(Directory.ChildrenOf(RegionCode.Parse("35.99")));
    }

    [Fact]
    public void Lists_are_read_only()
    {
        var list = Directory.ChildrenOf(RegionCode.Parse("35"));

        Assert.False(list is Region[]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[list.Count]);
    }

    [Fact]
    public void PathOf_a_village_runs_from_its_province_down()
    {
        var path = Directory.PathOf(RegionCode.Parse("35.73.01.1001")).Select(r => r.Code.ToString());

        Assert.Equal(new[] { "35", "35.73", "35.73.01", "35.73.01.1001" }, path);
    }

    [Fact]
    public void Concurrent_first_use_loads_each_level_once()
    {
        var fresh = new RegionDirectory();
        var code = RegionCode.Parse("35.73.01.1001");

        var found = new Region?[16];
        Parallel.For(0, found.Length, i => found[i] = fresh.Find(code));

        Assert.NotNull(found[0]);
        Assert.All(found, r => Assert.Same(found[0], r));
    }

    [Property(MaxTest = 200)]
    public Property Existing_codes_are_found_and_their_ancestors_exist() =>
        Prop.ForAll(IkmArbitraries.ExistingRegionCode().ToArbitrary(), code =>
            Directory.Find(code)?.Code == code
            && (code.Parent is not { } parent || Directory.Exists(parent))
            && Directory.Exists(code.Province));
}
