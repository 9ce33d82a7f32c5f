using System.IO;
using System.Linq;
using System.Text;

namespace IkmDomain.Cli.Tests;

/// <summary>
/// Faults a new user met, following only the README: an option given without its value, --version, a lone '-',
/// files saved as Windows-1252, Excel's 'sep=;' line and rows of empty cells, stats on an unreadable file or a
/// chart in a missing folder, the size of a .gz feed, a file with no records.
/// </summary>
public class NewUserFaultTests
{
    private const string Header = "sku,title,description,materials,price,currency,imageLinks,link,brand";
    private const string Row = "SKU-1,Kain tenun,Hand-woven cloth,textiles,2100000,IDR,https://shop.example.id/img/1.jpg,https://shop.example.id/p/1,Tenun Lestari";

    // The Excel file of an Indonesian locale: ';', decimal comma, BOM, CRLF.
    private const string ExcelHeader = "sku;title;description;materials;price;currency;imageLinks;link;brand";
    private const string ExcelRow = "SKU-1;Kain tenun;Hand-woven cloth;textiles;2.100.000,00;IDR;https://shop.example.id/img/1.jpg;https://shop.example.id/p/1;Tenun Lestari";

    private static string WriteBytes(string name, byte[] bytes)
    {
        var path = TestFiles.TempPath(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    [Theory]
    [InlineData(new[] { "feed", "products.csv", "-o" }, "-o needs a value (OUT)")]
    [InlineData(new[] { "feed", "products.csv", "--channel-title", "--format", "xml" }, "--channel-title needs a value (TEXT), found the option --format")]
    [InlineData(new[] { "stats", "--chart" }, "--chart needs a value (SVG)")]
    [InlineData(new[] { "validate", "products.csv", "--format" }, "--format needs a value (FORMAT)")]
    [InlineData(new[] { "validate", "products.csv", "--lang" }, "--lang needs a value (LANG)")]
    [InlineData(new[] { "regions", "search", "malang", "--limit" }, "--limit needs a value (N)")]
    [InlineData(new[] { "demo", "--out" }, "--out needs a value (DIR)")]
    [InlineData(new[] { "money", "IDR 5", "--rate" }, "--rate needs a value (RATE)")]
    public void An_option_without_its_value_exits_2_naming_it(string[] args, string expected)
    {
        // Spectre 0.57 gave such an option the text "__default_command": -o wrote the feed to a file of that name.
        var input = TestFiles.Write("products.csv", Header + "\n" + Row + "\n");
        var resolved = args.Select(a => a == "products.csv" ? input : a).ToArray();

        var (exit, stdout, stderr) = ToolRunner.Run(resolved);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("__default_command", stdout + stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void A_negative_number_is_a_value_not_a_missing_one()
    {
        var input = TestFiles.Write("products.csv", Header + "\n" + Row + "\n");

        var (exit, _, stderr) = ToolRunner.Run("feed", input, "--min-items-ratio", "-1", "-o", TestFiles.TempPath("feed.tsv"));

        Assert.Equal(2, exit);
        Assert.Contains("--min-items-ratio must be between 0 and 1", stderr);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public void Version_prints_the_version(string option)
    {
        var (exit, stdout, stderr) = ToolRunner.Run(option);

        Assert.True(exit == 0, stderr);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout.Trim());
    }

    [Fact]
    public void An_unknown_option_before_any_command_is_named_in_the_tools_words()
    {
        var (exit, _, stderr) = ToolRunner.Run("--frob");

        Assert.Equal(2, exit);
        Assert.Contains("unknown option --frob for ikm", stderr);
        Assert.DoesNotContain("Unexpected option", stderr);
    }

    [Fact]
    public void Regions_alone_shows_its_help_and_exits_0_as_ikm_alone_does()
    {
        var (exit, stdout, _) = ToolRunner.Run("regions");
        var (idExit, idOut, idErr) = ToolRunner.Run("regions", "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("search <NAME>", stdout);
        Assert.True(idExit == 0, idErr);
        Assert.Contains("Setiap perintah menerima --lang", idOut);
    }

    [Fact]
    public void A_bad_lang_with_no_command_is_refused()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("--lang", "xx");

        Assert.Equal(2, exit);
        Assert.Contains("--lang must be en or id, not 'xx'", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void A_lone_dash_reads_standard_input()
    {
        var (exit, stdout, stderr) = ToolRunner.RunWithInput(Header + "\n" + Row + "\n", "validate", "-");

        Assert.True(exit == 0, stderr);
        Assert.Contains("1 product record, 1 valid, 0 invalid", stdout);
    }

    [Fact]
    public void A_dash_as_an_option_value_is_explained()
    {
        var input = TestFiles.Write("products.csv", Header + "\n" + Row + "\n");

        var (exit, _, stderr) = ToolRunner.Run("feed", input, "-o", "-");

        Assert.Equal(2, exit);
        Assert.Contains("'-' is not understood here", stderr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("feed")]
    public void A_Windows_1252_CSV_is_refused_with_its_line_not_turned_into_replacement_characters(string command)
    {
        // "Kain t\xe9nun \x93asli\x94": é and curly quotes as Excel's "CSV" saves them on a Windows-1252 setup.
        var path = WriteBytes("ansi.csv", Latin1(Header + "\r\n" + Row.Replace("Kain tenun", "Kain t\u00e9nun \u0093asli\u0094", System.StringComparison.Ordinal) + "\r\n"));
        var output = TestFiles.TempPath("feed.tsv");

        var (exit, stdout, stderr) = command == "feed" ? ToolRunner.Run("feed", path, "-o", output) : ToolRunner.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("ansi.csv: line 2 is not UTF-8 text (byte 0xE9", stderr);
        Assert.Contains("Windows-1252", stderr);
        Assert.DoesNotContain("\uFFFD", stdout);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_Windows_1252_JSON_file_is_refused_with_its_line_not_a_crash()
    {
        // Was: exit 70, "unexpected InvalidOperationException: Cannot transcode invalid UTF-8 JSON text".
        var path = WriteBytes("ansi.json", Latin1("[\n{\"sku\": \"SKU-1\", \"title\": \"Kain b\u00e2tik\"}\n]\n"));

        var (exit, _, stderr) = ToolRunner.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("ansi.json: line 2 is not UTF-8 text (byte 0xE2", stderr);
        Assert.DoesNotContain("InvalidOperationException", stderr);
    }

    [Fact]
    public void A_UTF8_character_split_across_reads_is_accepted()
    {
        // 3,000 rows (600 KB) of 'é' (2 bytes): the 64 KiB reads cut some of them in two; the check must carry them over.
        var rows = Enumerable.Range(0, 3000).Select(i => Row.Replace("SKU-1", "SKU-" + i, System.StringComparison.Ordinal).Replace("Kain tenun", "Kain t\u00e9nun \u00e9\u00e9\u00e9", System.StringComparison.Ordinal));
        var path = TestFiles.Write("utf8.csv", Header + "\n" + string.Join("\n", rows) + "\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("3000 product records, 3000 valid", stdout);
    }

    [Fact]
    public void A_Windows_1252_Comtrade_file_is_refused_by_stats()
    {
        var csv = "period,reporterCode,reporterDesc,partnerCode,partnerDesc,flowCode,cmdCode,primaryValue\n2021,360,Indon\u00e9sie,842,USA,X,4420,5\n";
        var path = WriteBytes("ansi-comtrade.csv", Latin1(csv));

        var (exit, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Equal(2, exit);
        Assert.Contains("line 2 is not UTF-8 text", stderr);
    }

    [Fact]
    public void Excel_rows_of_empty_cells_are_skipped_like_blank_lines()
    {
        var path = WriteBytes("excel.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ExcelHeader + "\r\n" + ExcelRow + "\r\n;;;;;;;;\r\n;;;;;;;;\r\n")).ToArray());

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("1 product record, 1 valid, 0 invalid", stdout);
    }

    [Fact]
    public void An_Excel_sep_line_names_the_delimiter_and_line_numbers_count_it()
    {
        var bad = ExcelRow.Replace("SKU-1", "SKU-2", System.StringComparison.Ordinal).Replace("2.100.000,00", "-5", System.StringComparison.Ordinal);
        var path = TestFiles.Write("sep.csv", "sep=;\r\n" + ExcelHeader + "\r\n" + ExcelRow + "\r\n" + bad + "\r\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("line 4 (SKU-2) price (column 5): error IKM408", stdout);
        Assert.Contains("2 product records, 1 valid, 1 invalid", stdout);
    }

    [Fact]
    public void A_sep_line_naming_the_list_separator_is_refused()
    {
        var path = TestFiles.Write("pipe.csv", "sep=|\nsku|title\n");

        var (exit, _, stderr) = ToolRunner.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("its first line 'sep=|'", stderr);
    }

    [Theory]
    [InlineData("")]
    [InlineData(Header + "\n")]
    public void Stats_on_a_file_that_is_not_Comtrade_data_exits_2(string content)
    {
        // An empty file and a products CSV: the file cannot be read at all, as for validate (exit 1 is "some rows are bad").
        var path = TestFiles.Write("not-comtrade.csv", content);

        var (exit, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("missing-folder")]
    [InlineData("folder")]
    public void Stats_chart_path_is_checked_before_the_report(string kind)
    {
        var folder = Path.GetDirectoryName(TestFiles.TempPath("x"))!;
        var chart = kind == "folder" ? folder : Path.Combine(folder, "no-such-folder", "exports.svg");

        var (exit, stdout, stderr) = ToolRunner.Run("stats", "--chart", chart);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains(kind == "folder" ? "is a folder" : "does not exist", stderr);
        Assert.DoesNotContain(".tmp", stderr);
    }

    [Fact]
    public void A_gz_feed_states_its_compressed_size()
    {
        var input = TestFiles.Write("products.csv", Header + "\n" + Row + "\n");
        var output = TestFiles.TempPath("feed.tsv.gz");

        var (exit, _, stderr) = ToolRunner.Run("feed", input, "-o", output);

        Assert.True(exit == 0, stderr);
        Assert.Contains($"({new FileInfo(output).Length} bytes gzip-compressed)", stderr);
    }

    [Fact]
    public void A_file_with_no_records_is_said_to_hold_none()
    {
        var path = TestFiles.Write("header.csv", Header + "\n");

        var (exit, _, stderr) = ToolRunner.Run("validate", path);
        var (feedExit, _, feedErr) = ToolRunner.Run("feed", path);

        Assert.Equal(0, exit);
        Assert.Contains("the file holds no records (a header row only)", stderr);
        Assert.Equal(0, feedExit);
        Assert.Contains("warning: the feed holds no products", feedErr);
    }

    [Fact]
    public void The_JSON_report_kind_is_the_same_word_whatever_the_language()
    {
        // Was "produk" with --lang id: a machine format; the messages are translated, the keys and values are not.
        var path = TestFiles.Write("products.csv", Header + "\n" + Row + "\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--format", "json", "--lang", "id");

        Assert.True(exit == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("product", json.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Feed_output_naming_the_input_file_is_refused_and_the_input_kept()
    {
        // Was: the products file was replaced, atomically, by the feed.
        var content = Header + "\n" + Row + "\n";
        var path = TestFiles.Write("products.csv", content);

        var (exit, _, stderr) = ToolRunner.Run("feed", path, "-o", path);

        Assert.Equal(2, exit);
        Assert.Contains("is the input file itself", stderr);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void Stats_chart_naming_the_input_file_is_refused()
    {
        var path = TestFiles.Write("comtrade.csv", "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2020,360,842,X,4420,600\n");

        var (exit, stdout, stderr) = ToolRunner.Run("stats", path, "--chart", path);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Contains("is the input file itself", stderr);
    }

    [Fact]
    public void An_xlsx_workbook_is_told_to_be_saved_as_CSV()
    {
        // A zip's local file header, then some of its bytes: what a .xlsx starts with.
        var path = WriteBytes("products.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);

        var (exit, _, stderr) = ToolRunner.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("an Excel workbook (.xlsx)", stderr);
        Assert.Contains("CSV UTF-8", stderr);
    }

    [Theory]
    [InlineData("5", "ikm money \"IDR 5\"")]
    [InlineData("$5", "ikm money \"USD 5\"")]
    public void Money_without_a_currency_is_told_how_to_write_one_in_the_tools_terms(string text, string example)
    {
        // Was the library's advice "or pass the currency explicitly": ikm money has no currency option.
        var (exit, _, stderr) = ToolRunner.Run("money", text);

        Assert.Equal(1, exit);
        Assert.Contains(example, stderr);
        Assert.DoesNotContain("pass the currency explicitly", stderr);
    }

    [Fact]
    public void Stats_on_a_semicolon_Comtrade_file_says_the_delimiter_is_the_problem()
    {
        // Was only "the header has no 'period' column", for a header that has it, split by ';'.
        var path = TestFiles.Write("comtrade-excel.csv", "\uFEFFperiod;reporterCode;partnerCode;flowCode;cmdCode;primaryValue\r\n2020;360;842;X;4420;600\r\n");

        var (exit, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Equal(2, exit);
        Assert.Contains("The header is split by ';', not ','", stderr);
    }

    [Fact]
    public void Stats_on_a_file_with_no_records_says_so()
    {
        var path = TestFiles.Write("empty-data.json", "{\"data\": []}");

        var (exit, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Equal(0, exit);
        Assert.Contains("the file holds no export records", stderr);
    }

    [Fact]
    public void A_skipped_product_lists_its_reasons_without_doubled_punctuation()
    {
        // Was "... (for example IDR).; imageLinks[0]: ...": each message's own full stop before the "; ".
        var bad = Row.Replace("IDR", "XYZ", System.StringComparison.Ordinal).Replace("https://shop.example.id/img/1.jpg", "ftp://shop.example.id/img/1.jpg", System.StringComparison.Ordinal);
        var path = TestFiles.Write("products.csv", Header + "\n" + bad + "\n");

        var (exit, _, stderr) = ToolRunner.Run("feed", path);

        Assert.Equal(1, exit);
        var skipped = Assert.Single(stderr.Split('\n'), l => l.StartsWith("skipped: ", System.StringComparison.Ordinal));
        Assert.Contains("IKM409", skipped);
        Assert.Contains("IKM416", skipped);
        Assert.DoesNotContain(".;", skipped);
        Assert.EndsWith(".", skipped.TrimEnd());
    }

    [Fact]
    public void The_shrink_guard_names_the_tools_option_not_the_librarys()
    {
        // Was "... Lower FeedPublishOptions.MinItemsRatio (0 turns the guard off) to publish it anyway. Check the input, or lower --min-items-ratio ...".
        var rows = Enumerable.Range(1, 3).Select(i => Row.Replace("SKU-1", "SKU-" + i, System.StringComparison.Ordinal));
        var full = TestFiles.Write("full.csv", Header + "\n" + string.Join("\n", rows) + "\n");
        var shrunk = TestFiles.Write("shrunk.csv", Header + "\n" + Row + "\n");
        var live = TestFiles.TempPath("live.tsv");
        Assert.Equal(0, ToolRunner.Run("feed", full, "-o", live).ExitCode);

        var (exit, _, stderr) = ToolRunner.Run("feed", shrunk, "-o", live);

        Assert.Equal(1, exit);
        Assert.Contains("was NOT replaced", stderr);
        Assert.Contains("--min-items-ratio (0 turns the guard off)", stderr);
        Assert.DoesNotContain("FeedPublishOptions", stderr);
    }

    [Fact]
    public void Stats_reads_Comtrade_JSON_from_a_pipe()
    {
        // Was exit 70 "Stream does not support seeking": the JSON check sought back to the start of a pipe.
        var json = "{\"data\":[{\"period\":\"2020\",\"reporterCode\":360,\"partnerCode\":842,\"flowCode\":\"X\",\"cmdCode\":\"4420\",\"primaryValue\":600}]}";

        var (exit, stdout, stderr) = ToolRunner.RunWithInput(json, "stats", "-", "--input-format", "json", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var report = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal(1, report.RootElement.GetProperty("records").GetInt32());
    }

    [Fact]
    public void A_wrong_delimiter_option_is_named_as_the_likely_fault()
    {
        // Was only "cannot tell what the records are ... pass --kind", for a header --delimiter tab could not split.
        var path = TestFiles.Write("products.csv", Header + "\n" + Row + "\n");

        var (exit, _, stderr) = ToolRunner.Run("validate", path, "--delimiter", "tab");

        Assert.Equal(2, exit);
        Assert.Contains("read as one column with the delimiter 'tab', but it holds ','", stderr);
    }

    [Fact]
    public void A_file_that_stops_being_readable_still_gives_one_valid_JSON_report()
    {
        // 3,000 good rows (600 KB, past the first reads), then a Windows-1252 byte: was an unclosed JSON object on stdout.
        var rows = Enumerable.Range(0, 3000).Select(i => Row.Replace("SKU-1", "SKU-" + i, System.StringComparison.Ordinal));
        var text = Header + "\n" + string.Join("\n", rows) + "\n" + Row.Replace("Kain tenun", "Kain t\u00e9nun", System.StringComparison.Ordinal) + "\n";
        var path = WriteBytes("late.csv", Latin1(text));

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("line 3002 is not UTF-8 text", stderr);
        using var report = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Contains("line 3002 is not UTF-8 text", report.RootElement.GetProperty("error").GetString());
        Assert.True(report.RootElement.GetProperty("records").GetInt32() > 0);
    }

    [Fact]
    public void Every_JSON_error_has_a_column_member()
    {
        // A header issue has no column: it was left out, so the error objects had different members.
        var path = TestFiles.Write("nodesc.csv", "sku,title,materials,price,currency,imageLinks,link,brand\n");

        var (_, stdout, _) = ToolRunner.Run("validate", path, "--format", "json");

        using var report = System.Text.Json.JsonDocument.Parse(stdout);
        var error = report.RootElement.GetProperty("errors")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, error.GetProperty("column").ValueKind);
    }
}
