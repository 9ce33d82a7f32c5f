using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using IkmDomain.Regions;

namespace IkmDomain.Tests.Regions;

/// <summary>
/// The embedded tables against the source CSVs (npm idn-area-data 4.0.1): the CSVs are not in the
/// repository, so each one is re-rendered from the directory and its SHA-256 compared with the checksum
/// eng/regions/convert-region-data.cs recorded when it converted them.
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
