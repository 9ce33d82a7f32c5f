using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Cli.Input;
using IkmDomain.Cli.Tool;
using IkmDomain.Exports;
using Spectre.Console;
using Spectre.Console.Cli;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm stats [FILE] [--chart FILE.svg] [--format table|json]</c>: the published handicraft export
/// figures (growth, CAGR, destinations), or totals by year and the top partners of a UN Comtrade CSV or
/// JSON file; <c>--chart</c> draws the yearly series as SVG with ScottPlot.
/// Exit codes: 0 success, 1 bad rows in the file, 2 bad usage or unreadable file.
/// </summary>
internal sealed class StatsCommand : AsyncCommand<StatsCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : ToolSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("A UN Comtrade v1 file (.csv or .json). Without it, the published Kemenperin and Kemendag series are shown.")]
        public string? File { get; init; }

        [CommandOption("--top <N>")]
        [Description("How many partners to list, 1 or more (default 5).")]
        [DefaultValue(5)]
        public int Top { get; init; } = 5;

        [CommandOption("--chart <SVG>")]
        [Description("Also draw the yearly totals as an SVG bar chart (ScottPlot) to this file.")]
        public string? Chart { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) or json.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("--input-format <FORMAT>")]
        [Description("csv or json: how to read FILE; by default taken from its extension.")]
        public string? InputFormat { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            if (Top < 1)
            {
                return ValidationResult.Error(T("--top must be at least 1.", "--top minimal 1."));
            }

            if (Format is not ("table" or "json"))
            {
                return NotOneOf("--format", Format, "table", "json");
            }

            return InputFormat is not null && InputFormat is not ("csv" or "json") ? NotOneOf("--input-format", InputFormat, "csv", "json") : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Chart is not null)
        {
            // Before the report: a chart path in a folder that does not exist is told at once, not after the tables.
            OutputPath.Check(settings.Chart, "--chart", T("the chart", "grafik"), settings.File);
        }

        if (settings.File is null)
        {
            var series = new List<(string, ExportStatistics)>
            {
                (T("Kemenperin (Ministry of Industry)", "Kemenperin (Kementerian Perindustrian)"), new ExportStatistics(HandicraftFacts.KemenperinExports)),
                (T("Kemendag (Ministry of Trade)", "Kemendag (Kementerian Perdagangan)"), new ExportStatistics(HandicraftFacts.KemendagExports)),
            };
            if (settings.Format == "json")
            {
                JsonOut.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("series");
                    foreach (var (name, stats) in series)
                    {
                        w.WriteStartObject();
                        w.WriteString("source", name);
                        WriteYears(w, stats);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                ShowFacts(series, settings.Top);
            }

            if (settings.Chart is not null)
            {
                ExportChart.Save(settings.Chart, T("Indonesian handicraft exports (published)", "Ekspor kerajinan Indonesia (terbitan resmi)"), series);
                await Console.Error.WriteLineAsync(T($"Chart: {settings.Chart}", $"Grafik: {settings.Chart}")).ConfigureAwait(false);
            }

            return 0;
        }

        return await SummariseFileAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Years, totals (US$), growth and CAGR as JSON properties of the current object.</summary>
    internal static void WriteYears(Utf8JsonWriter w, ExportStatistics stats)
    {
        var growth = stats.YearOnYearGrowth();
        w.WriteStartArray("years");
        foreach (var (year, total) in stats.TotalsByYear())
        {
            w.WriteStartObject();
            w.WriteNumber("year", year);
            w.WriteNumber("usd", total.Amount);
            if (growth.TryGetValue(year, out var g))
            {
                w.WriteNumber("growth", Math.Round(g, 6));
            }
            else
            {
                w.WriteNull("growth");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        var years = stats.Years;
        if (years.Count > 1)
        {
            w.WriteNumber("cagr", Math.Round(stats.Cagr(years[0], years[^1]), 6));
        }
    }

    private static void ShowFacts(List<(string Name, ExportStatistics Stats)> series, int top)
    {
        AnsiConsole.MarkupLine("[bold]" + Markup.Escape(T("Indonesian handicraft exports, as published", "Ekspor kerajinan Indonesia, menurut terbitan resmi")) + "[/] " + Markup.Escape(T("(US$, all destinations)", "(US$, semua tujuan)")));
        foreach (var (title, stats) in series)
        {
            AnsiConsole.Write(YearTable(title, stats));
            var years = stats.Years;
            if (years.Count > 1)
            {
                var cagr = stats.Cagr(years[0], years[^1]);
                AnsiConsole.MarkupLine(Markup.Escape($"CAGR {years[0]}-{years[^1]}: ") + "[bold]" + Markup.Escape(ExportStatistics.FormatPercentage(cagr)) + "[/]");
            }

            if (ReferenceEquals(series[0].Stats, stats))
            {
                var revised = HandicraftFacts.Kemenperin2017Revised.Value.Amount.ToString("N0", Inv);
                AnsiConsole.MarkupLine(Markup.Escape(T(
                    $"Note: 2017 is the figure first published; Kemenperin revised it to {revised} in April 2019, so 2018's growth mixes vintages.",
                    $"Catatan: 2017 adalah angka yang pertama diterbitkan; Kemenperin merevisinya menjadi {revised} pada April 2019, jadi pertumbuhan 2018 mencampur versi data.")));
            }
        }

        AnsiConsole.MarkupLine(Markup.Escape(T("The two ministries count different goods as handicraft: never add their figures together.", "Kedua kementerian menghitung barang yang berbeda sebagai kerajinan: jangan pernah menjumlahkan angkanya.")));
        AnsiConsole.MarkupLine(Markup.Escape(
            $"Industry: {HandicraftFacts.BusinessUnits.Value.ToString("N0", Inv)} {HandicraftFacts.BusinessUnits.Unit}, "
            + $"{HandicraftFacts.Workers.Value.ToString("N0", Inv)} {HandicraftFacts.Workers.Unit} ({HandicraftFacts.BusinessUnits.Source}, {HandicraftFacts.BusinessUnits.Period})."));

        var latest = HandicraftFacts.Destinations.Where(d => d.Share is not null).Max(d => d.Year);
        var table = new Table().Title(Markup.Escape(T($"Main destinations {latest.ToString(Inv)}", $"Tujuan utama {latest.ToString(Inv)}"))).AddColumn("Rank").AddColumn("Destination").AddColumn("Tujuan").AddColumn(new TableColumn("Share").RightAligned());
        foreach (var d in HandicraftFacts.Destinations.Where(d => d.Year == latest).OrderBy(d => d.Rank).Take(top))
        {
            table.AddRow(d.Rank.ToString(Inv), Markup.Escape(d.Partner.EnglishName), Markup.Escape(d.Partner.IndonesianName), Markup.Escape(d.Share is { } s ? ExportStatistics.FormatPercentage(s) : "-"));
        }

        AnsiConsole.Write(table);
    }

    // A bad row in the reader's words (row, field, value, rule); a record that is not JSON gets the tool's words,
    // not System.Text.Json's reader message.
    private static string RowReason(ComtradeFormatException ex)
    {
        if (ex.InnerException is JsonException bad)
        {
            var row = ex.RowNumber > 0 ? T($"row {ex.RowNumber.ToString(Inv)}: ", $"baris data {ex.RowNumber.ToString(Inv)}: ") : "";
            var where = bad.LineNumber is { } line ? T($" at line {(line + 1).ToString(Inv)}, byte {((bad.BytePositionInLine ?? 0) + 1).ToString(Inv)}", $" pada baris {(line + 1).ToString(Inv)}, byte {((bad.BytePositionInLine ?? 0) + 1).ToString(Inv)}") : "";
            return row + T($"not valid JSON{where}.", $"bukan JSON yang sah{where}.");
        }

        return Clip(ex.Message, 300);
    }

    // Skips a UTF-8 byte order mark and checks that the file starts like JSON, so a CSV read as JSON is told as such;
    // the bytes read to check are given again (not sought back to: a pipe, ikm stats - --input-format json, cannot seek).
    private static async Task<Stream> SkipToJsonAsync(string path, FileStream stream, CancellationToken cancellationToken)
    {
        var head = new byte[64];
        var n = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        var start = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0;
        var first = start;
        while (first < n && head[first] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            first++;
        }

        if (first < n && head[first] is not ((byte)'{' or (byte)'['))
        {
            var text = System.Text.Encoding.UTF8.GetString(head, first, n - first).Split('\n')[0];
            throw new ToolException(T(
                $"{path}: not JSON (it starts with '{Clip(text, 30)}'); a CSV file is read with --input-format csv.",
                $"{path}: bukan JSON (diawali '{Clip(text, 30)}'); berkas CSV dibaca dengan --input-format csv."));
        }

        return new PrefixedStream(head, n, stream, start);
    }

    // A header the reader cannot find its fields in, split by ';' or tab: the Excel export of an Indonesian locale, which
    // the UN Comtrade reader (comma-separated, as Comtrade gives it) does not read; said so, instead of only "no 'period' column".
    private static string SemicolonHint(string path)
    {
        try
        {
            using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[4096];
            var n = reader.ReadBlock(buffer, 0, buffer.Length);
            var first = new string(buffer, 0, n).Split('\n')[0];
            var separator = first.Contains(';', StringComparison.Ordinal) ? "';'" : first.Contains('\t', StringComparison.Ordinal) ? T("tab", "tab") : null;
            return separator is null || first.Contains(',', StringComparison.Ordinal) ? "" : T(
                $" The header is split by {separator}, not ','; UN Comtrade files are read comma-separated: in Excel use Save As, CSV UTF-8 (comma delimited).",
                $" Baris judul dipisah dengan {separator}, bukan ','; berkas UN Comtrade dibaca dengan pemisah koma: di Excel pakai Save As, CSV UTF-8 (comma delimited).");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static async Task<int> SummariseFileAsync(Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.File!;
        if (Directory.Exists(path))
        {
            throw new ToolException(T($"{path}: is a directory, not a file.", $"{path}: adalah direktori, bukan berkas."));
        }

        if (!File.Exists(path))
        {
            throw new ToolException(T($"{path}: file not found.", $"{path}: berkas tidak ditemukan."));
        }

        var json = settings.InputFormat is { } f ? f == "json" : string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);
        var errors = new List<ComtradeFormatException>();
        var badRows = 0;
        var options = new ComtradeReadOptions { OnError = e => { badRows++; if (errors.Count < 10) { errors.Add(e); } } };
        var records = new List<ExportRecord>();
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var source = json ? await SkipToJsonAsync(path, stream, cancellationToken).ConfigureAwait(false) : stream;

                // A byte that is not UTF-8 (a Windows-1252 file) stops the read with the line, instead of becoming U+FFFD.
                var text = new Utf8CheckedStream(source, path);
                var rows = json ? ComtradeReader.ReadJsonAsync(text, options, cancellationToken) : ComtradeReader.ReadCsvAsync(text, options, cancellationToken);
                await foreach (var record in rows.ConfigureAwait(false))
                {
                    records.Add(record);
                }
            }
        }
        catch (ComtradeFormatException ex) when (ex.InnerException is JsonException bad)
        {
            // Truncated or malformed JSON: one line naming the file and the position (exit 2, as for validate).
            var where = bad.LineNumber is { } line ? T($" at line {(line + 1).ToString(Inv)}, byte {((bad.BytePositionInLine ?? 0) + 1).ToString(Inv)}", $" pada baris {(line + 1).ToString(Inv)}, byte {((bad.BytePositionInLine ?? 0) + 1).ToString(Inv)}") : "";
            throw new ToolException(T($"{path}: not valid JSON{where} (truncated or malformed); a UN Comtrade JSON file is {{\"data\": [records]}}.", $"{path}: bukan JSON yang sah{where} (terpotong atau rusak); berkas JSON UN Comtrade berbentuk {{\"data\": [rekaman]}}."));
        }
        catch (ComtradeFormatException ex) when (ex.RowNumber == 0)
        {
            // The header or the document's structure (an empty file, a products CSV): the file cannot be read as
            // UN Comtrade data at all, so exit 2 as validate and feed do, not 1 ("some rows are bad").
            throw new ToolException($"{path}: {RowReason(ex)}" + (json ? "" : SemicolonHint(path)));
        }
        catch (ComtradeFormatException ex)
        {
            await Console.Error.WriteLineAsync(T("error: ", "galat: ") + $"{path}: {RowReason(ex)}").ConfigureAwait(false);
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            throw new ToolException(T($"{path}: permission denied (the file cannot be read).", $"{path}: akses ditolak (berkas tidak dapat dibaca)."));
        }
        catch (IOException ex)
        {
            throw new ToolException(T($"{path}: cannot read the file: ", $"{path}: berkas tidak dapat dibaca: ") + Clip(ex.Message, 200));
        }

        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(T("error: ", "galat: ") + $"{path}: {RowReason(error)}").ConfigureAwait(false);
        }

        if (badRows > errors.Count)
        {
            await Console.Error.WriteLineAsync(T($"error: {path}: ... and {badRows - errors.Count} more bad row{(badRows - errors.Count == 1 ? "" : "s")}", $"galat: {path}: ... dan {badRows - errors.Count} baris buruk lainnya")).ConfigureAwait(false);
        }

        if (records.Count == 0 && badRows == 0)
        {
            await Console.Error.WriteLineAsync(T(
                $"warning: {path}: the file holds no export records, so there is nothing to add up.",
                $"peringatan: {path}: berkas tidak berisi rekaman ekspor, jadi tidak ada yang dijumlahkan.")).ConfigureAwait(false);
        }

        var stats = new ExportStatistics(records);
        if (stats.LeftOutOfTotals.Count > 0)
        {
            // UN Comtrade breakdown rows (one mode of transport, customs procedure, mode of supply or second
            // partner) repeat a flow that its all-modes row already counts.
            AnsiConsole.MarkupLine(
                $"{stats.LeftOutOfTotals.Count.ToString(Inv)} breakdown rows (motCode, customsCode, mosCode or partner2Code other than all) left out of the totals: "
                + Markup.Escape(string.Join("; ", stats.LeftOutOfTotals.Take(5).Select(Describe)))
                + (stats.LeftOutOfTotals.Count > 5 ? $"; ... and {(stats.LeftOutOfTotals.Count - 5).ToString(Inv)} more" : string.Empty));
        }

        if (stats.Sources.Count > 1)
        {
            await Console.Error.WriteLineAsync(T("error: the file mixes sources; figures of different sources cannot be added together.", "galat: berkas mencampur sumber; angka dari sumber berbeda tidak boleh dijumlahkan.")).ConfigureAwait(false);
            return 1;
        }

        if (settings.Format == "json")
        {
            JsonOut.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("file", path);
                w.WriteNumber("records", records.Count);
                w.WriteNumber("badRows", badRows);
                WriteYears(w, stats);
                w.WriteStartArray("topPartners");
                var shares = stats.PartnerShares();
                foreach (var (partner, value) in records.Count == 0 ? [] : stats.TopPartners(settings.Top))
                {
                    w.WriteStartObject();
                    w.WriteString("partner", partner.Alpha2);
                    w.WriteString("name", partner.EnglishName);
                    w.WriteNumber("usd", value.Amount);
                    if (shares.TryGetValue(partner, out var share))
                    {
                        w.WriteNumber("share", Math.Round(share, 6));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Path.GetFileName(path))}[/]: " + Markup.Escape(T($"{records.Count.ToString(Inv)} export records, {badRows.ToString(Inv)} bad rows skipped", $"{records.Count.ToString(Inv)} rekaman ekspor, {badRows.ToString(Inv)} baris buruk dilewati")));
            if (records.Count > 0)
            {
                AnsiConsole.Write(YearTable(T("Totals by year", "Total per tahun"), stats));
                var years = stats.Years;
                if (years.Count > 1)
                {
                    AnsiConsole.MarkupLine(Markup.Escape($"CAGR {years[0]}-{years[^1]}: {ExportStatistics.FormatPercentage(stats.Cagr(years[0], years[^1]))}"));
                }

                var partners = new Table().Title(Markup.Escape(T("Top partners", "Mitra utama"))).AddColumn("Partner").AddColumn("Mitra").AddColumn(new TableColumn("US$").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
                var shares = stats.PartnerShares();
                foreach (var (partner, value) in stats.TopPartners(settings.Top))
                {
                    partners.AddRow(
                        Markup.Escape($"{partner.EnglishName} ({partner.Alpha2})"),
                        Markup.Escape(partner.IndonesianName),
                        value.Amount.ToString("N0", Inv),
                        Markup.Escape(shares.TryGetValue(partner, out var share) ? ExportStatistics.FormatPercentage(share) : "-"));
                }

                AnsiConsole.Write(partners);
            }
        }

        if (settings.Chart is not null && records.Count > 0)
        {
            ExportChart.Save(settings.Chart, Path.GetFileName(path), [(Path.GetFileName(path), stats)]);
            await Console.Error.WriteLineAsync(T($"Chart: {settings.Chart}", $"Grafik: {settings.Chart}")).ConfigureAwait(false);
        }

        return badRows == 0 ? 0 : 1;
    }

    private static string Describe(ExportRecord r) =>
        $"{r.Period} {r.Partner.Alpha3} {(r.HsCode?.ToString() ?? "TOTAL")} US${r.Value.Amount.ToString("N0", Inv)}"
        + (r.TransportModeCode is { } mot and not 0 ? $" motCode {mot.ToString(Inv)}" : string.Empty)
        + (r.CustomsProcedureCode is { } customs && !string.Equals(customs, ExportRecord.AllCustomsProcedures, StringComparison.OrdinalIgnoreCase) ? $" customsCode {customs}" : string.Empty)
        + (r.SupplyModeCode is { } mos and not 0 ? $" mosCode {mos.ToString(Inv)}" : string.Empty)
        + (r.SecondPartnerCode is { } p2 and not 0 ? $" partner2Code {p2.ToString(Inv)}" : string.Empty);

    private static Table YearTable(string title, ExportStatistics stats)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn(T("Year", "Tahun")).AddColumn(new TableColumn("US$").RightAligned()).AddColumn(new TableColumn(T("Growth", "Pertumbuhan")).RightAligned());
        var growth = stats.YearOnYearGrowth();
        foreach (var (year, total) in stats.TotalsByYear())
        {
            table.AddRow(
                year.ToString(Inv),
                total.Amount.ToString("N0", Inv),
                Markup.Escape(growth.TryGetValue(year, out var g) ? ExportStatistics.FormatPercentage(g) : "-"));
        }

        return table;
    }
}
