using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace IkmDomain.Tests.Regions;

/// <summary>
/// The embedded tables against the source CSVs (npm idn-area-data 4.0.1) as corrected by
/// eng/regions/convert-region-data.cs: the CSVs are not in the repository, so each one is re-rendered from
/// the directory and its SHA-256 compared with the checksum of the corrected CSV the converter recorded
/// (the source files' own checksums are on the <c>source/</c> lines, and every correction is listed in
/// src/IkmDomain/Data/idn-area.corrections.tsv).
/// </summary>
public class RegionDataTests
{
    [Theory]
    [InlineData(RegionLevel.Province, "provinces.csv", "code,name")]
    [InlineData(RegionLevel.Regency, "regencies.csv", "code,province_code,name")]
    [InlineData(RegionLevel.District, "districts.csv", "code,regency_code,name")]
    [InlineData(RegionLevel.Village, "villages.csv", "code,district_code,name")]
    public void Embedded_level_reproduces_the_source_csv_byte_for_byte(RegionLevel level, string file, string header)
    {
        var csv = new StringBuilder(header).Append('\n');
        foreach (var region in RegionDirectory.Default.All(level))
        {
            csv.Append(region.Code.ToString());
            if (region.Code.Parent is { } parent)
            {
                csv.Append(',').Append(parent.ToString());
            }

            csv.Append(',').Append(CsvField(region.Name)).Append('\n');
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv.ToString())));

        Assert.Equal(ExpectedChecksum(file), actual);
    }

    [Theory]
    [InlineData("35.29.22", "Ra'as")]
    [InlineData("35.29.18.2015", "Banra'as")]
    [InlineData("94.04.10.2004", "T'Singa")]
    [InlineData("53.07.08.2019", "Udek Du'en")]
    [InlineData("91.20.07.2005", "Teuw")]
    public void Names_the_decree_spells_with_an_apostrophe_or_without_a_footnote_mark_are_corrected(string code, string name)
    {
        Assert.Equal(name, RegionDirectory.Default.Find(RegionCode.Parse(code))?.Name);
    }

    // The characters Indonesian place names use in the decree: ASCII letters and digits, and as separators
    // space, apostrophe (Ra'as, Sangalla'), hyphen (Siborong-borong), full stop (Km. 32), comma
    // (Lubuk Pakam I,II), slash (Tiro/Truseb) and parentheses (Misool (Misool Utara)). No quotes, no
    // footnote marks, no typographic apostrophes, no control or invisible characters, no leading or trailing
    // or doubled space, and a name starts with a letter or digit.
    [Fact]
    public void Every_name_of_all_91599_regions_uses_only_place_name_characters()
    {
        var bad = new List<string>();
        var count = 0;
        foreach (var level in new[] { RegionLevel.Province, RegionLevel.Regency, RegionLevel.District, RegionLevel.Village })
        {
            foreach (var region in RegionDirectory.Default.All(level))
            {
                count++;
                var name = region.Name;
                var ok = name.Length > 0 && char.IsAsciiLetterOrDigit(name[0]) && name[^1] != ' '
                    && !name.Contains("  ", StringComparison.Ordinal)
                    && name.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '\'' or '-' or '.' or ',' or '/' or '(' or ')');
                if (!ok)
                {
                    bad.Add(region.ToString());
                }
            }
        }

        Assert.Equal(91_599, count);
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_correction_is_listed_with_its_rule_and_is_what_the_directory_holds()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "IkmDomain", "Data", "idn-area.corrections.tsv"));

        Assert.Equal("code\tsource_name\tname\trule", lines[0]);
        Assert.Equal(20, lines.Length - 1); // 16 double quotes, 3 typographic apostrophes, 1 footnote mark
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split('\t');
            Assert.Equal(4, fields.Length);
            Assert.NotEqual(fields[1], fields[2]);
            Assert.Equal(fields[2], RegionDirectory.Default.Find(RegionCode.Parse(fields[0]))?.Name);
        }
    }

    [Fact]
    public void Package_carries_the_ODbL_licence_next_to_the_data()
    {
        var licence = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "IkmDomain", "Data", "LICENSE-ODbL.md"));

        Assert.Contains("Open Database License", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void Third_party_notices_credit_the_region_data_and_its_licence()
    {
        var notices = File.ReadAllText(Path.Combine(RepositoryRoot(), "THIRD-PARTY-NOTICES.md"));

        Assert.Contains("idn-area-data", notices, StringComparison.Ordinal);
        Assert.Contains("ODbL", notices, StringComparison.Ordinal);
        Assert.Contains("300.2.2-2138/2025", notices, StringComparison.Ordinal);
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string ExpectedChecksum(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "IkmDomain", "Data", "idn-area.sha256"));
        return lines.Select(l => l.Split("  ")).Single(p => p[1] == file)[0];
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IkmDomain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (IkmDomain.sln) not found.");
    }
}
