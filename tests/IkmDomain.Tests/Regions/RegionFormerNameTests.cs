using System;
using System.IO;
using System.Linq;

namespace IkmDomain.Tests.Regions;

/// <summary>
/// Former names (from idn-area-data 3.1.2 and 2.2.1) and matching that ignores spaces and hyphens inside names.
/// </summary>
public class RegionFormerNameTests
{
    private static readonly RegionDirectory Directory = RegionDirectory.Default;

    [Fact]
    public void Labuhan_Haji_Timur_finds_Labuhanhaji_Timur_and_says_which_former_name_matched()
    {
        var first = Directory.Search("Labuhan Haji Timur")[0];

        Assert.Equal(RegionCode.Parse("11.01.11"), first.Code);
        Assert.Equal("Labuhanhaji Timur", first.Name);
        Assert.Equal("Labuhan Haji Timur", first.MatchedFormerName);
    }

    [Fact]
    public void The_current_name_matches_without_a_former_name()
    {
        var first = Directory.Search("Labuhanhaji Timur")[0];

        Assert.Equal(RegionCode.Parse("11.01.11"), first.Code);
        Assert.Null(first.MatchedFormerName);
        Assert.Null(Directory.Find(RegionCode.Parse("11.01.11"))!.MatchedFormerName);
    }

    [Theory]
    [InlineData("Padang Sidempuan", "12.77", "Kota Padang Sidempuan")]   // regency, 2.2.1 and 3.1.2
    [InlineData("Kota Tanjung Balai", "12.74", "Kota Tanjung Balai")]
    [InlineData("Siborong-Borong", "12.02.09", "Siborong-Borong")]        // district, now Siborongborong
    [InlineData("Enam Lingkung", "13.05.17", "Enam Lingkung")]           // now Anam Lingkuang
    [InlineData("Kisam", "11.02.03.2002", "Kisam")]                       // village, now Kuta Buluh
    public void A_former_name_finds_the_region_that_carries_it_today(string query, string code, string former)
    {
        var hit = Directory.Search(query).FirstOrDefault(r => r.Code == RegionCode.Parse(code));

        Assert.NotNull(hit);
        Assert.Equal(former, hit.MatchedFormerName);
        Assert.Equal(Directory.Find(hit.Code)!.Name, hit.Name);
        Assert.Contains(former, Directory.FormerNamesOf(hit.Code));
    }

    [Theory]
    [InlineData("Labuhan haji", "11.01.11")]
    [InlineData("labuhan-haji timur", "11.01.11")]
    [InlineData("Siborong Borong", "12.02.09")]
    [InlineData("siborongborong", "12.02.09")]
    [InlineData("Tanjung Pandan", "19.02.01")]
    [InlineData("TanjungPandan", "19.02.01")]
    [InlineData("Kota Padangsidimpuan", "12.77")]
    [InlineData("padang sidimpuan", "12.77")]
    public void Spaces_and_hyphens_inside_names_do_not_matter(string query, string code)
    {
        Assert.Contains(Directory.Search(query), r => r.Code == RegionCode.Parse(code));
    }

    // Whole table: every former name, typed as written, finds its region, named as today, with that former
    // name or (when it folds to the same text as a current name somewhere) at least the region itself; and
    // every former name typed without spaces (a regency's Kota/Kabupaten apart) finds it too.
    [Fact]
    public void Every_former_name_finds_its_region()
    {
        var lines = File.ReadAllLines(Path.Combine(RegionDataTests.RepositoryRoot(), "src", "IkmDomain", "Data", "regions.former.tsv"));
        Assert.Equal("code\tformer_name\treleases", lines[0]);
        Assert.Equal(329, lines.Length - 1);
        var missed = new System.Collections.Generic.List<string>();
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            var code = RegionCode.Parse(fields[0]);
            var current = Directory.Find(code);
            Assert.NotNull(current);
            Assert.NotEqual(current.Name, fields[1]);
            Assert.Contains(fields[1], Directory.FormerNamesOf(code));
            Assert.All(fields[2].Split(' '), v => Assert.Contains(v, new[] { "2.2.1", "3.1.2" }));
            // A regency's kind word stays a word of its own: "Kota TanjungBalai".
            var kind = code.Level == RegionLevel.Regency ? fields[1][..(fields[1].IndexOf(' ', StringComparison.Ordinal) + 1)] : "";
            var joined = kind + fields[1][kind.Length..].Replace(" ", "", StringComparison.Ordinal);
            foreach (var query in new[] { fields[1], joined })
            {
                var hit = Directory.Search(query, code.Level, limit: 50).FirstOrDefault(r => r.Code == code);
                if (hit is null || hit.Name != current.Name)
                {
                    missed.Add(query + " -> " + code);
                }
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void A_region_without_a_former_name_and_an_unknown_code_have_none()
    {
        Assert.Empty(Directory.FormerNamesOf(RegionCode.Parse("35.73")));
        Assert.Empty(Directory.FormerNamesOf(RegionCode.Parse("99")));
    }

    [Fact]
    public void Results_are_still_distinct_regions_within_the_limit()
    {
        foreach (var query in new[] { "a", "labuhan", "kota", "gunung putri", "tanjung" })
        {
            var results = Directory.Search(query, limit: 30);

            Assert.InRange(results.Count, 1, 30);
            Assert.Equal(results.Count, results.Select(r => (r.Level, r.Code)).Distinct().Count());
        }
    }
}
