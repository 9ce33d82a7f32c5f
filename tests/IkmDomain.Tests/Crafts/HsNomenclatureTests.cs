using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Testing;
using IkmDomain.Tests.Regions;
using IkmDomain.Validation;

namespace IkmDomain.Tests.Crafts;

/// <summary>The embedded HS 2022 nomenclature (GitHub datasets/harmonized-system, from UN Comtrade; ODC-PDDL).</summary>
public class HsNomenclatureTests
{
    [Theory]
    [InlineData("4420.11", true)]          // wooden statuettes, tropical wood (HS 2022)
    [InlineData("4420.19", true)]
    [InlineData("4420.10", false)]         // split into 4420.11 and 4420.19 in HS 2022
    [InlineData("4602.10", false)]         // split into 4602.11, 4602.12, 4602.19 in HS 2012
    [InlineData("4602.10.10.00", false)]   // the 10-digit code the README used, on a deleted stem
    [InlineData("4602.12.10.00", true)]    // national digits on an existing stem
    [InlineData("4420.11.00", true)]
    [InlineData("4420", true)]
    [InlineData("44", true)]
    [InlineData("0100", false)]            // no heading 0100
    [InlineData("4499", false)]
    [InlineData("7419.99", false)]         // HS 2017; HS 2022 has 7419.20 and 7419.80
    [InlineData("4802.10", true)]
    public void Exists_follows_HS_2022_national_codes_by_their_stem(string text, bool exists)
    {
        var code = HsCode.Parse(text);

        Assert.Equal(exists, code.Exists);
        Assert.Equal(exists, code.Description is not null);
    }

    [Fact]
    public void Description_is_UN_Comtrades_wording_and_national_codes_take_their_stems()
    {
        Assert.Equal("Wood; statuettes and other ornaments, of tropical wood", HsCode.Parse("4420.11").Description);
        Assert.Equal("Wood; statuettes and other ornaments, of tropical wood", HsCode.Parse("4420.11.00").Description);
        Assert.Equal("Hand-made paper or paperboard", HsCode.Parse("4802.10").Description);
        Assert.Equal("Embroidery; in the piece, in strips or in motifs", HsCode.Parse("5810").Description);
        Assert.Null(default(HsCode).Description);
        Assert.False(default(HsCode).Exists);
        Assert.Equal("HS 2022", HsCode.NomenclatureEdition);
    }

    [Fact]
    public void Nomenclature_has_96_chapters_1228_headings_and_5612_subheadings_in_code_order()
    {
        var all = HsCode.Nomenclature;

        // The source file has one more of each: UN Comtrade's 99 / 9999 / 999999 "not specified according to
        // kind", which is not HS (chapters run 01-97 without 77) and is left out.
        Assert.Equal(96, all.Count(c => c.Level == HsCodeLevel.Chapter));
        Assert.Equal(1228, all.Count(c => c.Level == HsCodeLevel.Heading));
        Assert.Equal(5612, all.Count(c => c.Level == HsCodeLevel.Subheading));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.CompareTo(p.Second) < 0));
        Assert.All(all, c => Assert.True(c.Exists));
    }

    // The whole table against the source: the CSV is not in the repository, so it is re-rendered from the
    // embedded data and its SHA-256 compared with the one eng/hs/convert-hs-nomenclature.cs recorded.
    [Fact]
    public void Embedded_nomenclature_reproduces_the_source_csv_byte_for_byte()
    {
        var table = HsNomenclature.Instance;
        var csv = new StringBuilder("section,hscode,description,parent,level\n");
        for (var i = 0; i < table.Codes.Count; i++)
        {
            var code = table.Codes[i];
            var digits = code.ToCompactString();
            csv.Append(table.Section(i)).Append(',').Append(digits).Append(',').Append(CsvField(table.Description(i))).Append(',')
                .Append(digits.Length == 2 ? "TOTAL" : digits[..^2]).Append(',').Append(digits.Length).Append('\n');
        }

        csv.Append("TOTAL,99,Commodities not specified according to kind,TOTAL,2\n")
            .Append("TOTAL,9999,Commodities not specified according to kind,99,4\n")
            .Append("TOTAL,999999,Commodities not specified according to kind,9999,6\n")
            .Append("TOTAL,TOTAL,Total of all HS2022 commodities,TOTAL,5\n");
        var expected = File.ReadAllText(Path.Combine(RegionDataTests.RepositoryRoot(), "src", "IkmDomain", "Data", "hs2022.sha256")).Split("  ")[0];

        Assert.Equal(expected, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv.ToString()))));
    }

    [Property(MaxTest = 300)]
    public Property Every_existing_code_and_its_national_extensions_exist() =>
        Prop.ForAll(IkmArbitraries.ExistingHsCodeGen.ToArbitrary(), code =>
            code.Exists && code.Description == (code.Subheading ?? code).Description);

    [Property(MaxTest = 300)]
    public Property A_code_exists_exactly_when_its_stem_is_listed() =>
        Prop.ForAll(IkmArbitraries.HsCode(), code =>
            code.Exists == HsCode.Nomenclature.Contains(code.DigitCount > 6 ? code.Truncate(6) : code));

    [Fact]
    public void Every_heading_of_the_material_map_exists()
    {
        Assert.All(CraftMaterial.AllHsHeadings, h => Assert.True(h.Exists, h.ToString()));
    }

    [Theory]
    [InlineData("4419", "bamboo")]
    [InlineData("5810", "textiles")]
    [InlineData("4802.10", "paper")]
    [InlineData("6911", "ceramics")]
    [InlineData("6912", "ceramics")]
    [InlineData("4203", "leather")]
    [InlineData("7326", "metal")]
    [InlineData("7419", "metal")]
    public void Material_map_covers_the_added_headings(string heading, string material)
    {
        Assert.Contains(CraftMaterial.Parse(material), CraftMaterial.FromHsCode(HsCode.Parse(heading)));
        Assert.Contains(HsCode.Parse(heading), CraftMaterial.Parse(material).HsHeadings);
    }

    [Fact]
    public void Craft_product_validator_rejects_a_code_that_HS_2022_does_not_have()
    {
        var validator = new CraftProductValidator();

        var errors = validator.Validate(new CraftProductInput { HsCode = "4420.10" }).Errors.Where(e => e.PropertyName == "HsCode").ToList();
        var national = validator.Validate(new CraftProductInput { HsCode = "4602.10.10.00" }).Errors.Where(e => e.PropertyName == "HsCode").ToList();
        var good = validator.Validate(new CraftProductInput { HsCode = "4420.11.00" }).Errors.Where(e => e.PropertyName == "HsCode").ToList();
        var malformed = validator.Validate(new CraftProductInput { HsCode = "44-20" }).Errors.Where(e => e.PropertyName == "HsCode").ToList();

        Assert.Equal(IkmErrorCodes.HsCodeNotInNomenclature, Assert.Single(errors).ErrorCode);
        Assert.Equal(IkmErrorCodes.HsCodeNotInNomenclature, Assert.Single(national).ErrorCode);
        Assert.Empty(good);
        Assert.Equal(IkmErrorCodes.HsCodeInvalid, Assert.Single(malformed).ErrorCode);
    }

    [Fact]
    public void Export_record_validator_rejects_a_code_that_HS_2022_does_not_have()
    {
        var record = new ExportRecord(TradePeriod.Parse("2023"), CountryCode.Parse("US"), Money.Usd(10m), ExportSource.Bps) { HsCode = HsCode.Parse("442010") };

        var errors = new ExportRecordValidator().Validate(record).Errors;

        Assert.Equal(IkmErrorCodes.ExportHsCodeNotInNomenclature, Assert.Single(errors).ErrorCode);
        Assert.True(new ExportRecordValidator().Validate(record with { HsCode = HsCode.Parse("442011") }).IsValid);
    }

    // The README and docs show only codes that exist (apart from a code asked whether it exists).
    [Fact]
    public void Every_HS_code_in_the_README_and_docs_exists()
    {
        var root = RegionDataTests.RepositoryRoot();
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        var missing = (from file in files
                       from Match m in Regex.Matches(File.ReadAllText(file), "HsCode\\.Parse\\(\"([0-9.]+)\"\\)(?!\\.Exists)")
                       let code = HsCode.Parse(m.Groups[1].Value)
                       where !code.Exists
                       select Path.GetFileName(file) + ": " + m.Groups[1].Value).ToList();

        Assert.Empty(missing);
    }

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
