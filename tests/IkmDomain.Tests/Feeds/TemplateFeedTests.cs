using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// Custom CSV templates and formula injection (issue 13; FEEDS.md §6.1; OWASP "CSV Injection"):
/// templates prefix formula-like text cells with <c>'</c>, machine feeds write them unchanged and report them.
/// </summary>
public class TemplateFeedTests
{
    private static MassUploadRow Row(string name, string sku = "S-1") => new(sku, name);

    private static (List<string[]> Rows, FeedWriteResult Result) MassUpload(IEnumerable<MassUploadRow> items, FeedWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        var result = MassUploadRowFeeds.CustomCsv.MassUpload.Write(items, stream, options);
        return (ReadCsv(stream.Utf8()), result);
    }

    // Sep as the independent reader: RFC 4180 quotes unescaped, every row including the header.
    private static List<string[]> ReadCsv(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, HasHeader = false }).FromText(text);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    [Theory]
    [InlineData("=")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("@")]
    [InlineData("\t")]
    [InlineData("\r")]
    [InlineData("\0")]
    public void A_text_cell_starting_with_a_formula_character_gets_a_leading_apostrophe(string first)
    {
        var name = first + "HYPERLINK(\"https://evil.example\",\"x\")";

        var (rows, result) = MassUpload([Row(name)]);

        Assert.Equal("'" + name, rows[1][1]);
        Assert.Equal("S-1", rows[1][0]);
        Assert.Equal(1, result.FormulaCellCount);
        Assert.Equal(new FeedFormulaCell(0, null, "Nama Produk", IkmErrorCodes.FeedCellNeutralised), Assert.Single(result.FormulaCells));
    }

    [Theory]
    [InlineData("a=1")]
    [InlineData(" =1+1")]
    [InlineData("'=1+1")]
    [InlineData("")]
    [InlineData("1-2")]
    [InlineData("\n=1")]
    [InlineData("\uFF1D1+1")] // Fullwidth equals sign: not a formula start for the rule (documented).
    [InlineData("Rp -5")]
    public void Cells_that_do_not_start_like_a_formula_are_unchanged(string name)
    {
        var (rows, result) = MassUpload([Row(name)]);

        Assert.Equal(name, rows[1][1]);
        Assert.Equal(0, result.FormulaCellCount);
        Assert.Empty(result.FormulaCells);
    }

    [Fact]
    public void Negative_numbers_of_numeric_members_stay_numbers()
    {
        var (rows, result) = MassUpload([Row("a") with { Amount = -0.25m, Weight = -1.5E+20, Stock = -3 }]);

        Assert.Equal(["-0.25", "-150000000000000000000", "-3"], rows[1][4..7]); // doubles fixed-point, never 1.5E+20
        Assert.Equal(0, result.FormulaCellCount);
    }

    [Fact]
    public void A_non_finite_double_is_skipped_rather_than_written_as_text()
    {
        var (rows, result) = MassUpload([Row("a") with { Weight = double.NegativeInfinity }]);

        Assert.Single(rows); // the header only
        Assert.Equal(("Berat (kg)", "IKM495"), (Assert.Single(result.Skipped).Attribute, result.Skipped[0].Code));
        Assert.Equal(0, result.FormulaCellCount);
    }

    [Fact]
    public void A_list_cell_is_judged_by_its_first_value()
    {
        var (rows, result) = MassUpload([Row("a") with { Tags = ["-diskon", "b"] }, Row("b") with { Tags = ["a", "-b"] }]);

        Assert.Equal("'-diskon,b", rows[1][10]);
        Assert.Equal("a,-b", rows[2][10]);
        Assert.Equal(1, result.FormulaCellCount);
        Assert.Equal(0, result.FormulaCells[0].Index);
    }

    [Fact]
    public void Header_row_is_the_template_headers_in_declaration_or_explicit_order()
    {
        using var stream = new MemoryStream();
        MassUploadRowFeeds.CustomCsv.Kasir.Write([Row("Tas, pandan") with { Amount = 150000m }], stream);

        Assert.Equal("\uFEFFNama,Kode,Harga\n\"Tas, pandan\",S-1,150000\n", stream.Utf8());
        Assert.Equal("kasir", MassUploadRowFeeds.CustomCsv.Kasir.TemplateName);
        Assert.Equal(Marketplace.Custom, MassUploadRowFeeds.CustomCsv.Marketplace);
        Assert.Equal(FeedFormat.Csv, MassUploadRowFeeds.CustomCsv.Format);
    }

    [Fact]
    public void Templates_start_with_the_UTF8_byte_order_mark_so_a_spreadsheet_reads_UTF8()
    {
        var item = Row("Batik Tulis \u2013 Café");
        using var stream = new MemoryStream();
        MassUploadRowFeeds.CustomCsv.Kasir.Write([item], stream);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'N' }, bytes[..4]);

        // What a spreadsheet does: a BOM selects UTF-8; without one it falls back to the system code page.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Latin1, detectEncodingFromByteOrderMarks: true);
        Assert.Contains("\"Batik Tulis \u2013 Café\"", reader.ReadToEnd(), StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.EncodingName, reader.CurrentEncoding.EncodingName);
    }

    [Fact]
    public void The_byte_order_mark_can_be_turned_off_and_is_written_once_per_file()
    {
        using var off = new MemoryStream();
        MassUploadRowFeeds.CustomCsv.Kasir.Write([Row("a")], off, new FeedWriterOptions { Utf8Bom = false });
        Assert.Equal("Nama,Kode,Harga\na,S-1,0\n", off.Utf8());

        using var many = new MemoryStream();
        MassUploadRowFeeds.CustomCsv.Kasir.Write([Row("a"), Row("b"), Row("c")], many);
        Assert.StartsWith("\uFEFF", many.Utf8(), StringComparison.Ordinal);
        Assert.Equal(1, many.Utf8().Count(c => c == '\uFEFF'));
    }

    [Fact]
    public void Machine_feeds_never_write_a_byte_order_mark()
    {
        var options = new FeedWriterOptions { Utf8Bom = true };
        using var tsv = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write([IkmDomain.Tests.Crafts.CraftProductTests.Sample()], tsv, options);
        using var csv = new MemoryStream();
        CraftProductFeeds.MetaCatalogCsv.Write([IkmDomain.Tests.Crafts.CraftProductTests.Sample()], csv, options);
        Assert.NotEqual(0xEF, tsv.ToArray()[0]);
        Assert.NotEqual(0xEF, csv.ToArray()[0]);
    }

    [Fact]
    public void Reported_cells_are_bounded_and_the_count_is_exact()
    {
        var items = Enumerable.Range(0, 5).Select(i => Row("=" + i, "S-" + i) with { Description = "@" + i });

        var (rows, result) = MassUpload(items, new FeedWriterOptions { MaxReportedFormulaCells = 3 });

        Assert.Equal(6, rows.Count);
        Assert.Equal(10, result.FormulaCellCount);
        Assert.Equal(3, result.FormulaCells.Count);
        Assert.Equal([(0, "Nama Produk"), (0, "Deskripsi"), (1, "Nama Produk")], result.FormulaCells.Select(c => (c.Index, c.Attribute)));
        Assert.Equal("item 0: Nama Produk started like a formula and was prefixed with ' (IKM481)", result.FormulaCells[0].ToString());
    }

    [Fact]
    public void A_null_item_is_skipped_and_reported()
    {
        var (rows, result) = MassUpload([Row("a"), null!, Row("b")]);

        Assert.Equal(3, rows.Count);
        Assert.Equal(2, result.ItemsWritten);
        Assert.Equal(1, Assert.Single(result.Skipped).Index);
    }

    [Fact]
    public async Task WriteAsync_writes_the_same_bytes_and_report()
    {
        MassUploadRow[] items = [TemplateFormattingTests.Row(), Row("+62 812")];
        using var sync = new MemoryStream();
        using var async = new MemoryStream();

        var expected = MassUploadRowFeeds.CustomCsv.MassUpload.Write(items, sync);
        var actual = await MassUploadRowFeeds.CustomCsv.MassUpload.WriteAsync(FeedTestData.ToAsync(items), async);

        Assert.Equal(sync.ToArray(), async.ToArray());
        Assert.Equal(expected.FormulaCells, actual.FormulaCells);
        Assert.Equal(1, actual.FormulaCellCount);
    }

    // Text as the other feed properties make it, plus the formula starts at the front.
    private static readonly char[] Specials =
        ['=', '+', '-', '@', '\t', '\r', '\0', '\n', '"', '\'', ',', ' ', 'é', 'ı', '\u0660', '\uD83D', '\uDE00', '\uD800', '\uFF1D'];

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.Elements(Specials), ArbMap.Default.GeneratorFor<char>())
            .ArrayOf()
            .Select(chars => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(new string(chars)))); // valid UTF-16: a lone surrogate skips the item (IKM490, FeedValueCheckTests)

    private static string Utf8RoundTrip(string s) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s));

    private static string Neutralised(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? "'" + s : s;

    [Property(MaxTest = 200)]
    public Property Random_text_reads_back_with_Sep_as_written_or_with_the_apostrophe()
    {
        var texts = (from sku in Text from name in Text from description in Text select (sku, name, description)).ToArbitrary();
        return Prop.ForAll(texts, t =>
        {
            var (rows, result) = MassUpload([new MassUploadRow(t.sku, t.name) { Description = t.description, Stock = -1 }]);
            var expected = new[] { t.sku, t.name, t.description }.Select(s => Neutralised(Utf8RoundTrip(s))).ToArray();
            var flagged = new[] { t.sku, t.name, t.description }.Count(s => Neutralised(s) != s);
            return rows.Count == 2
                && rows[0].Length == 12
                && rows[1].Length == 12
                && rows[1][..3].SequenceEqual(expected)
                && rows[1][6] == "-1"
                && result.FormulaCellCount == flagged;
        });
    }

    [Fact]
    public void Google_feeds_write_formula_cells_unchanged_and_report_them()
    {
        var products = new[]
        {
            CraftProductFeedTests.Product("A-1") with { Title = "=1+1" },
            CraftProductFeedTests.Product("A-2"),
            CraftProductFeedTests.Product("A-3") with { Title = "@SUM(A1)", Description = "-5% diskon" },
        };
        using var tsv = new MemoryStream();
        using var xml = new MemoryStream();

        var tsvResult = CraftProductFeeds.GoogleMerchantTsv.Write(products, tsv);
        var xmlResult = CraftProductFeeds.GoogleMerchantXml.Write(products, xml);

        Assert.Contains("A-1\t=1+1\t", tsv.Utf8(), StringComparison.Ordinal);
        Assert.Contains("A-3\t@SUM(A1)\t-5% diskon\t", tsv.Utf8(), StringComparison.Ordinal);
        Assert.Contains("<g:title>=1+1</g:title>", xml.Utf8(), StringComparison.Ordinal);
        Assert.Contains("<g:description>-5% diskon</g:description>", xml.Utf8(), StringComparison.Ordinal);
        FeedFormulaCell[] expected =
        [
            new(0, "A-1", "title", IkmErrorCodes.FeedCellStartsLikeFormula),
            new(2, "A-3", "title", IkmErrorCodes.FeedCellStartsLikeFormula),
            new(2, "A-3", "description", IkmErrorCodes.FeedCellStartsLikeFormula),
        ];
        Assert.Equal(expected, tsvResult.FormulaCells);
        Assert.Equal(expected, xmlResult.FormulaCells);
        Assert.Equal(3, tsvResult.FormulaCellCount);
    }

    [Fact]
    public void Google_bytes_with_formula_cells_equal_the_bytes_of_the_values()
    {
        // Not altered: the same product with a plain title gives the same bytes but for the title itself.
        using var plain = new MemoryStream();
        using var formula = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write([CraftProductFeedTests.Product() with { Title = "x1+1" }], plain);
        CraftProductFeeds.GoogleMerchantTsv.Write([CraftProductFeedTests.Product() with { Title = "=1+1" }], formula);

        Assert.Equal(plain.Utf8().Replace("\tx1+1\t", "\t=1+1\t", StringComparison.Ordinal), formula.Utf8());
    }

    [Fact]
    public void Meta_feeds_write_formula_cells_unchanged_and_report_them()
    {
        var items = new[]
        {
            new MetaListing("M-1", "+62 812 3456", "=cmd|' /C calc'!A0", new Uri("https://toko.example/p/1"), new Uri("https://toko.example/i/1.jpg"), StockState.InStock, ItemCondition.New, "450000.00 IDR") { Brand = "@sanggar" },
        };
        using var csv = new MemoryStream();
        using var tsv = new MemoryStream();
        using var xml = new MemoryStream();

        var results = new[]
        {
            MetaListingFeeds.MetaCatalogCsv.Write(items, csv),
            MetaListingFeeds.MetaCatalogTsv.Write(items, tsv),
            MetaListingFeeds.MetaCatalogXml.Write(items, xml),
        };

        Assert.Contains("M-1,\"+62 812 3456\",\"=cmd|' /C calc'!A0\",", csv.Utf8(), StringComparison.Ordinal);
        Assert.Contains(",@sanggar,", csv.Utf8(), StringComparison.Ordinal);
        Assert.Contains("M-1\t+62 812 3456\t=cmd|' /C calc'!A0\t", tsv.Utf8(), StringComparison.Ordinal);
        Assert.Contains("<g:brand>@sanggar</g:brand>", xml.Utf8(), StringComparison.Ordinal);
        foreach (var result in results)
        {
            Assert.Equal(["title", "description", "brand"], result.FormulaCells.Select(c => c.Attribute));
            Assert.All(result.FormulaCells, c => Assert.Equal((0, "M-1", "IKM480"), (c.Index, c.Id, c.Code)));
        }
    }

    [Fact]
    public void A_skipped_item_reports_no_formula_cells()
    {
        // The title is noted as it is written, then the description breaks Meta's limit: the item and its notes go.
        var item = new MetaListing("M-1", "=1+1", new string('d', 10_000), new Uri("https://toko.example/p/1"), new Uri("https://toko.example/i/1.jpg"), StockState.InStock, ItemCondition.New, "450000.00 IDR");
        using var csv = new MemoryStream();

        var result = MetaListingFeeds.MetaCatalogCsv.Write([item, item with { Id = "M-2", Description = "ok" }], csv);

        Assert.Equal(1, result.ItemsSkipped);
        Assert.Equal(1, result.FormulaCellCount);
        Assert.Equal("M-2", Assert.Single(result.FormulaCells).Id);
    }
}
