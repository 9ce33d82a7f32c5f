using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators.Tests;

/// <summary>Custom CSV templates ([FeedColumn]): generated source, compile-and-run bytes and IKMG013-IKMG016.</summary>
public class TemplateGeneratorTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using IkmDomain;
        using IkmDomain.Classifications;
        using IkmDomain.Crafts;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum Kondisi { Baru, Bekas }
        [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
        public sealed record Barang(
            [property: FeedColumn("toko-lokal", "SKU Induk")] string Sku,
            [property: FeedColumn("toko-lokal", "Nama Produk"), FeedColumn("blibli_v2", "Nama", Order = 2), FeedColumn("nilai", "Nama", Required = true)] string Nama)
        {
            [FeedColumn("nilai", "Harga Jual", IsPrice = true, Required = true)] public Money HargaJual { get; init; }
            [FeedColumn("nilai", "Ongkos")] public Money Ongkos { get; init; }
            [FeedColumn("nilai", "Berat")] public double Berat { get; init; }
            [FeedColumn("nilai", "Rasio")] public float? Rasio { get; init; }
            [FeedColumn("nilai", "GTIN")] public Gtin Gtin { get; init; }
            [FeedColumn("nilai", "Bahan", Required = true)] public CraftMaterial? Bahan { get; init; }
            [FeedColumn("nilai", "Ukuran")] public List<double>? Ukuran { get; init; }
            [FeedColumn("toko-lokal", "Harga")] public decimal Harga { get; init; }
            [FeedColumn("toko-lokal", "Stok")] public int? Stok { get; init; }
            [FeedColumn("toko-lokal", "Kondisi"), FeedColumn("blibli_v2", "Kondisi", Order = 1)] public Kondisi Kondisi { get; init; }
            [FeedColumn("toko-lokal", "Foto"), FeedColumn("nilai", "Foto", Required = true)] public List<Uri>? Foto { get; init; }
            [FeedColumn("toko-lokal", "Tersedia")] public DateOnly? Tersedia { get; init; }
            [FeedColumn("toko-lokal", "Harga Coret")] public Money? HargaCoret { get; init; }
        }
        public static class Runner
        {
            public static byte[] Run()
            {
                using var stream = new MemoryStream();
                WRITE
                return stream.ToArray();
            }
        }
        """;

    [Fact]
    public void Generated_source_for_two_templates()
    {
        Snapshot.Match("CustomCsvTemplates", GeneratorRunner.Generate(Types.Replace("WRITE", string.Empty)));
    }

    [Fact]
    public void Generated_template_writer_runs_and_writes_the_expected_bytes()
    {
        var bytes = GeneratorRunner.CompileAndRun(Types.Replace("WRITE", """
            var items = new[]
            {
                new Barang("A-1", "Tas, pandan") { Harga = 150000.5m, Stok = -3, Kondisi = Kondisi.Baru, Foto = [new Uri("https://t.example/a.jpg"), new Uri("https://t.example/b,c.jpg")], Tersedia = new DateOnly(2026, 12, 1), HargaCoret = new Money(175000m, Currency.IDR) },
                new Barang("=1+2", "-2+3") { Harga = -7.25m, Kondisi = Kondisi.Bekas },
            };
            var result = BarangFeeds.CustomCsv.TokoLokal.Write(items, stream);
            if (result.FormulaCellCount != 2 || result.FormulaCells[0].Attribute != "SKU Induk" || result.FormulaCells[1].Attribute != "Nama Produk" || result.FormulaCells[0].Code != "IKM481")
            {
                throw new InvalidOperationException(string.Join("; ", result.FormulaCells));
            }

            BarangFeeds.CustomCsv.BlibliV2.Write(items, stream, new FeedWriterOptions { Utf8Bom = false });
            """));

        Assert.Equal(
            "\uFEFF\"SKU Induk\",\"Nama Produk\",Harga,Stok,Kondisi,Foto,Tersedia,\"Harga Coret\"\n"
            + "A-1,\"Tas, pandan\",150000.5,-3,Baru,\"https://t.example/a.jpg,https://t.example/b%2Cc.jpg\",2026-12-01,\"175000.00 IDR\"\n"
            + "'=1+2,'-2+3,-7.25,,Bekas,,,\n"
            + "Kondisi,Nama\n"
            + "Baru,\"Tas, pandan\"\n"
            + "Bekas,'-2+3\n",
            Encoding.UTF8.GetString(bytes));
    }

    private const string Usings = "using System; using System.Collections.Generic; using IkmDomain; using IkmDomain.Crafts; using IkmDomain.Feeds; namespace Shop;\n";
    private const string Custom = "[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)] ";

    private static async Task<string> Single(string source, string id)
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + source);
        var found = diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(found.Length == 1, id + " reported " + found.Length + " times: " + string.Join("; ", diagnostics));
        Assert.True(found[0].Location.IsInSource, id + " has no source location");
        Assert.EndsWith("diagnostics.md#" + id.ToLowerInvariant(), found[0].Descriptor.HelpLinkUri);
        return found[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_valid_template_has_no_diagnostics_and_convention_names_are_not_feed_attributes()
    {
        // Price as decimal would be IKMG002 for Google; a Custom-only type reads [FeedColumn] members alone.
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + Custom
            + "public record B([property: FeedColumn(\"t\", \"Nama\")] string Title, [property: FeedColumn(\"t\", \"Harga\")] decimal Price, object Link);");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("\"\"", "the header is empty")]
    [InlineData("\"  \"", "the header is empty")]
    public async Task IKMG013_empty_header(string header, string why)
    {
        var message = await Single(Custom + "public record B([property: FeedColumn(\"t\", " + header + ")] string Nama);", "IKMG013");

        Assert.Contains(why, message);
    }

    [Fact]
    public async Task IKMG013_duplicate_header_in_a_template()
    {
        var message = await Single(Custom + "public record B([property: FeedColumn(\"t\", \"Nama\")] string A, [property: FeedColumn(\"t\", \"Nama\")] string B2);", "IKMG013");

        Assert.Contains("same header", message);
        Assert.Contains("'B2'", message);
    }

    [Fact]
    public async Task IKMG013_two_columns_of_one_member_in_one_template()
    {
        var message = await Single(Custom + "public record B([property: FeedColumn(\"t\", \"Nama\"), FeedColumn(\"t\", \"Nama 2\")] string A);", "IKMG013");

        Assert.Contains("one [FeedColumn] per template", message);
    }

    [Fact]
    public async Task Required_and_IsPrice_on_money_columns_have_no_diagnostics()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + Custom
            + "public record B([property: FeedColumn(\"t\", \"Harga\", IsPrice = true, Required = true)] Money Price, [property: FeedColumn(\"t\", \"Diskon\", IsPrice = true)] Money? Sale, [property: FeedColumn(\"t\", \"Grosir\", IsPrice = true)] List<Money>? Tiers, [property: FeedColumn(\"t\", \"Nama\", Required = true)] string Name);");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("string")]
    public async Task IKMG017_IsPrice_on_a_member_that_is_not_money(string type)
    {
        var message = await Single(Custom + "public record B([property: FeedColumn(\"t\", \"Harga\", IsPrice = true)] " + type + " Price);", "IKMG017");

        Assert.Contains("[FeedColumn(\"t\", \"Harga\")] on 'Price' sets IsPrice", message);
        Assert.Contains("use Money for a price column", message);
    }

    [Theory]
    [InlineData("int", "a member of type int always has a value")]
    [InlineData("bool", "a member of type bool always has a value")]
    [InlineData("Kondisi", "a member of type Shop.Kondisi always has a value")]
    public async Task IKMG017_Required_on_a_member_that_always_has_a_value(string type, string why)
    {
        var message = await Single("public enum Kondisi { Baru, Bekas } " + Custom + "public record B([property: FeedColumn(\"t\", \"Stok\", Required = true)] " + type + " Stock);", "IKMG017");

        Assert.Contains("sets Required", message);
        Assert.Contains(why, message);
    }

    [Theory]
    [InlineData("int?")]
    [InlineData("Kondisi?")]
    [InlineData("Money")]
    [InlineData("Gtin")]
    [InlineData("List<int>?")]
    public async Task Required_on_a_member_that_can_be_empty_has_no_diagnostics(string type)
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + "public enum Kondisi { Baru, Bekas } " + Custom + "public record B([property: FeedColumn(\"t\", \"Stok\", Required = true)] " + type + " Stock);");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task Same_header_in_two_templates_is_fine()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + Custom + "public record B([property: FeedColumn(\"a\", \"Nama\"), FeedColumn(\"b\", \"Nama\")] string A);");

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("object", "supported types are")]
    [InlineData("Dimensions", "three sides")]
    [InlineData("List<object>", "supported types are")]
    public async Task IKMG014_unsupported_member_type(string type, string why)
    {
        var message = await Single(Custom + "public class B { [FeedColumn(\"t\", \"X\")] public " + type + "? V { get; init; } }", "IKMG014");

        Assert.Contains(why, message);
        Assert.Contains("column 'X' of template 't'", message);
    }

    [Fact]
    public async Task IKMG014_member_without_a_readable_getter()
    {
        var message = await Single(Custom + "public class B { [FeedColumn(\"t\", \"X\")] public string? V { private get; set; } }", "IKMG014");

        Assert.Contains("cannot read it", message);
    }

    [Theory]
    [InlineData("2024", "starts with a digit")]
    [InlineData("--", "no letter or digit")]
    [InlineData("custom csv", "already uses")]
    [InlineData("format", "already uses")]
    public async Task IKMG015_template_name_is_not_a_class_name(string template, string why)
    {
        var message = await Single(Custom + "public record B([property: FeedColumn(\"" + template + "\", \"Nama\")] string A);", "IKMG015");

        Assert.Contains(why, message);
    }

    [Fact]
    public async Task IKMG015_two_template_names_give_one_class()
    {
        var message = await Single(Custom + "public record B([property: FeedColumn(\"shopee-basic\", \"Nama\"), FeedColumn(\"shopee basic\", \"Nama\")] string A);", "IKMG015");

        Assert.Contains("'ShopeeBasic', as template 'shopee-basic' does", message);
    }

    [Fact]
    public async Task IKMG016_columns_without_the_Custom_CSV_target()
    {
        var message = await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record B(string Id, string Title, string Description, Uri Link, Uri ImageLink, string Availability, string Price) { [FeedColumn(\"t\", \"X\")] public string? V { get; init; } }", "IKMG016");

        Assert.Contains("no [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]", message);
    }

    [Fact]
    public async Task IKMG016_columns_on_a_type_with_no_feed_at_all()
    {
        await Single("public record B([property: FeedColumn(\"t\", \"X\")] string A);", "IKMG016");
    }

    [Fact]
    public async Task IKMG016_Custom_CSV_target_without_columns()
    {
        var message = await Single(Custom + "public record B(string A);", "IKMG016");

        Assert.Contains("no templates", message);
    }

    [Fact]
    public async Task IKMG006_Custom_in_a_format_other_than_CSV()
    {
        var source = "[MarketplaceFeed(Marketplace.Custom, FeedFormat.Tsv)] public record B([property: FeedColumn(\"t\", \"X\")] string A);";
        var message = await Single(source, "IKMG006");

        Assert.Contains("Custom has Csv", message);

        // One mistake, one diagnostic: IKMG006 names the format, so IKMG016 does not repeat it.
        Assert.DoesNotContain(await GeneratorRunner.AnalyzeAsync(Usings + source), d => d.Id == "IKMG016");
    }

    [Fact]
    public void Template_names_normalise_to_Pascal_case_words()
    {
        Assert.Equal("ShopeeBasic", TemplateSpec.ClassName("shopee-basic"));
        Assert.Equal("BlibliV2", TemplateSpec.ClassName("blibli_v2"));
        Assert.Equal("TokoLokalJakarta", TemplateSpec.ClassName("  toko lokal / jakarta "));
        Assert.Equal("KategoriÜ", TemplateSpec.ClassName("kategori.ü"));
    }

    private const string WithTemplates = """
        using System;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum Stock { InStock, OutOfStock }
        [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
        [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
        public partial record Listing(
            [property: FeedColumn("lokal", "Kode")] string Id,
            [property: FeedColumn("lokal", "Nama Produk"), FeedColumn("blibli", "Nama")] string Title,
            string Description, Uri Link, Uri ImageLink, Stock Availability, string Condition, string Price);
        """;

    [Fact]
    public void Several_targets_with_templates_stay_cached_on_an_unrelated_edit()
    {
        new IncrementalTests().Unrelated_edit_leaves_every_step_cached_or_unchanged(WithTemplates);
    }

    [Fact]
    public void Editing_a_column_header_regenerates()
    {
        var compilation = GeneratorRunner.Compile(WithTemplates);
        var (driver, _, _) = GeneratorRunner.Run(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(),
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(WithTemplates.Replace("\"Kode\"", "\"SKU\"", System.StringComparison.Ordinal), GeneratorRunner.ParseOptions));
        driver = driver.RunGenerators(edited);

        var reasons = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.FeedTypes].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains("writer.WriteRaw(\"SKU,\\\"Nama Produk\\\"\\n\"u8);", driver.GetRunResult().GeneratedTrees.Single().ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_with_quotes_line_breaks_backslashes_and_formula_starts_compile_and_are_escaped()
    {
        var bytes = GeneratorRunner.CompileAndRun("""
            using System;
            using System.IO;
            using IkmDomain.Common;
            using IkmDomain.Feeds;
            namespace Shop;
            [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
            public sealed class Row
            {
                [FeedColumn("t", "Nama \"Produk\"\n(wajib)")] public string? Name { get; init; }
                [FeedColumn("t", "=Harga\\Rp\u2028*/")] public FeedUrl Link { get; init; }
                [FeedColumn("t", "Ukuran")] public string[]? Sizes { get; init; }
            }
            public static class Runner
            {
                public static byte[] Run()
                {
                    using var stream = new MemoryStream();
                    RowFeeds.CustomCsv.T.Write([new Row { Name = "a", Link = new FeedUrl(new Uri("https://t.example/a b")), Sizes = ["S", "M"] }, new Row()], stream);
                    return stream.ToArray();
                }
            }
            """);

        Assert.Equal(
            "\uFEFF\"Nama \"\"Produk\"\"\n(wajib)\",'=Harga\\Rp\u2028*/,Ukuran\n"
            + "a,https://t.example/a%20b,\"S,M\"\n"
            + ",,\n",
            Encoding.UTF8.GetString(bytes));
    }
}
