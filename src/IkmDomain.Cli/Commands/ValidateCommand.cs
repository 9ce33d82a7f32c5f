using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FluentValidation;
using IkmDomain.Cli.Input;
using IkmDomain.Cli.Tool;
using IkmDomain.Feeds;
using Spectre.Console;
using Spectre.Console.Cli;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm validate FILE [--kind product|business|sentra|export] [--format table|json] [--lang en|id]
/// [--marketplace ...] [--delimiter ...] [--culture id-ID]</c>: runs the IkmDomain validators over
/// every record of a CSV or JSON file, streaming (constant memory), and reports every problem.
/// Exit codes: 0 all valid (warnings allowed), 1 any invalid record, 2 bad usage or unreadable file,
/// 130 interrupted (the partial summary is printed).
/// </summary>
internal sealed class ValidateCommand : AsyncCommand<ValidateCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : ToolSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A CSV file (header row of property names; list cells separated by '|') or a JSON array of records.")]
        public string File { get; init; } = "";

        [CommandOption("-k|--kind <KIND>")]
        [Description("product, business, sentra or export. Default: guessed from the columns (sku: product, nib: business, village: sentra, partner: export).")]
        public string? Kind { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default: one line per problem, then a summary by rule code) or json (one object: file, kind, errors, valid, invalid).")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        [CommandOption("-m|--marketplace <MARKETPLACE>")]
        [Description("Products only: also check what google, meta, tiktok or shopee would reject.")]
        public string? Marketplace { get; init; }

        [CommandOption("-d|--delimiter <CHAR>")]
        [Description("CSV delimiter: ',' ';' or tab. Default: sniffed from the header line.")]
        public string? Delimiter { get; init; }

        [CommandOption("--culture <CULTURE>")]
        [Description("id-ID reads decimal commas (2100000,00; 0,6 kg) and dates 15/12/2026; invariant reads 2100000.00 and 2026-12-15. Default: id-ID for ';' files, else invariant.")]
        public string? Culture { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            if (Kind is not null && ParseKind(Kind) is null)
            {
                return NotOneOf("--kind", Kind, "product", "business", "sentra", "export");
            }

            if (Format is not ("table" or "json"))
            {
                return NotOneOf("--format", Format, "table", "json");
            }

            if (Marketplace is not null && ParseMarketplace(Marketplace) is null)
            {
                return NotOneOf("--marketplace", Marketplace, "google", "meta", "tiktok", "shopee");
            }

            if (Marketplace is not null && Kind is not null && Kind != "product")
            {
                return ValidationResult.Error(T("--marketplace applies to products only.", "--marketplace hanya untuk produk."));
            }

            if (Delimiter is not null && Delimiter is not ("," or ";" or "tab" or "\\t" or "\t"))
            {
                return ValidationResult.Error(T(
                    $"--delimiter must be ',', ';' or tab, not '{Clip(Delimiter)}'" + (Delimiter == "|" ? " ('|' separates the items of a list cell)." : "."),
                    $"--delimiter harus ',', ';' atau tab, bukan '{Clip(Delimiter)}'" + (Delimiter == "|" ? " ('|' memisahkan isi sel daftar)." : ".")));
            }

            if (Culture is not null && Culture is not ("id-ID" or "id" or "invariant"))
            {
                return NotOneOf("--culture", Culture, "id-ID", "invariant");
            }

            return ValidationResult.Success();
        }
    }

    internal static RecordKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "product" or "products" or "produk" => RecordKind.Product,
        "business" or "businesses" or "usaha" => RecordKind.Business,
        "sentra" => RecordKind.Sentra,
        "export" or "exports" or "ekspor" => RecordKind.Export,
        _ => null,
    };

    internal static Marketplace? ParseMarketplace(string text) => text.Trim().ToLowerInvariant() switch
    {
        "google" or "googlemerchant" => IkmDomain.Feeds.Marketplace.GoogleMerchant,
        "meta" or "facebook" or "metacatalog" => IkmDomain.Feeds.Marketplace.MetaCatalog,
        "tiktok" or "tokopedia" or "tiktokshop" => IkmDomain.Feeds.Marketplace.TikTokShop,
        "shopee" => IkmDomain.Feeds.Marketplace.Shopee,
        _ => null,
    };

    /// <summary>The kind as the JSON report's <c>kind</c> value: the --kind word, in English whatever --lang says (a machine format).</summary>
    internal static string KindKey(RecordKind kind) => kind switch
    {
        RecordKind.Product => "product",
        RecordKind.Business => "business",
        RecordKind.Sentra => "sentra",
        _ => "export",
    };

    internal static string KindName(RecordKind kind) => kind switch
    {
        RecordKind.Product => T("product", "produk"),
        RecordKind.Business => T("business", "usaha"),
        RecordKind.Sentra => "sentra",
        _ => T("export", "ekspor"),
    };

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ValidatorOptions.Global.LanguageManager.Culture = Indonesian ? CultureInfo.GetCultureInfo("id-ID", predefinedOnly: false) : CultureInfo.InvariantCulture;
        var marketplace = settings.Marketplace is null ? null : ParseMarketplace(settings.Marketplace);
        var kind = settings.Kind is null ? null : ParseKind(settings.Kind);
        var stream = await RecordStream.OpenAsync(settings.File, kind, marketplace, settings.Delimiter, settings.Culture, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (stream.Checker.Kind != RecordKind.Product && marketplace is not null)
            {
                throw new ToolException(T($"{settings.File}: --marketplace applies to products, but the file holds {KindName(stream.Checker.Kind)} records.", $"{settings.File}: --marketplace hanya untuk produk, tetapi berkas berisi rekaman {KindName(stream.Checker.Kind)}."));
            }

            using var stdout = new BufferedStream(Console.OpenStandardOutput(), 64 * 1024);
            IReport report = settings.Format == "json" ? new JsonReport(stdout, settings.File, KindKey(stream.Checker.Kind)) : new TableReport(stdout);
            var summary = new Summary();
            using var progress = ProgressLine.Start(stream.File);
            foreach (var issue in stream.Checker.HeaderIssues())
            {
                summary.Count(issue);
                report.Add(issue);
            }

            var interrupted = false;
            try
            {
                await foreach (var record in stream.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var issues = stream.Checker.Check(record, out _);
                    summary.Record(issues, stream.Checker.HeaderBroken);
                    foreach (var issue in issues)
                    {
                        report.Add(issue);
                    }

                    progress?.Tick(summary.Records);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                interrupted = true;
            }
            catch (ToolException ex)
            {
                // The file cannot be read on (a byte that is not UTF-8, JSON cut off): what was found so far is kept and
                // the JSON report is closed, with the reason, so stdout stays one valid object; exit 2 as before.
                progress?.Dispose();
                report.End(summary, interrupted: false, ex.Message);
                stdout.Flush();
                throw;
            }

            progress?.Dispose();
            if (summary.Records == 0 && !interrupted)
            {
                // "0 records, 0 invalid" alone reads as a clean bill of health for a file whose rows were lost.
                await Console.Error.WriteLineAsync(T(
                    $"warning: {settings.File}: the file holds no records ({(stream.File.IsJson ? "an empty JSON array" : "a header row only")}), so nothing was checked.",
                    $"peringatan: {settings.File}: berkas tidak berisi rekaman ({(stream.File.IsJson ? "larik JSON kosong" : "hanya baris judul")}), jadi tidak ada yang diperiksa.")).ConfigureAwait(false);
            }

            report.End(summary, interrupted, null);
            stdout.Flush();
            var line = summary.Line(settings.File, KindName(stream.Checker.Kind), interrupted);
            if (settings.Format == "json")
            {
                await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
            }
            else
            {
                var text = Encoding.UTF8.GetBytes(summary.ByCode() + line + "\n");
                await Console.OpenStandardOutput().WriteAsync(text).ConfigureAwait(false);
            }

            return interrupted ? 130 : summary.Invalid == 0 && !stream.Checker.HeaderBroken ? 0 : 1;
        }
    }

    /// <summary>Counts of records and problems, and problems by rule code.</summary>
    internal sealed class Summary
    {
        private readonly SortedDictionary<string, (int Count, Severity Severity)> _codes = new(StringComparer.Ordinal);

        public int Records { get; private set; }

        public int Invalid { get; private set; }

        public int Valid => Records - Invalid;

        public void Record(List<Issue> issues, bool invalidAnyway = false)
        {
            Records++;
            var error = invalidAnyway;
            foreach (var issue in issues)
            {
                Count(issue);
                error |= issue.Severity == Severity.Error;
            }

            Invalid += error ? 1 : 0;
        }

        public void Count(Issue issue) =>
            _codes[issue.Code] = (_codes.TryGetValue(issue.Code, out var c) ? c.Count + 1 : 1, issue.Severity);

        public IReadOnlyDictionary<string, (int Count, Severity Severity)> Codes => _codes;

        public string ByCode() => _codes.Count == 0 ? ""
            : T("By rule: ", "Menurut aturan: ") + string.Join(", ", _codes.Select(c => $"{c.Key} x{c.Value.Count.ToString(Inv)}")) + "\n";

        public string Line(string file, string kind, bool interrupted) =>
            (interrupted ? T("interrupted: ", "dihentikan: ") : "") + T(
                $"{file}: {Records.ToString(Inv)} {kind} record{(Records == 1 ? "" : "s")}, {Valid.ToString(Inv)} valid, {Invalid.ToString(Inv)} invalid.",
                $"{file}: {Records.ToString(Inv)} rekaman {kind}, {Valid.ToString(Inv)} valid, {Invalid.ToString(Inv)} tidak valid.");
    }

    private interface IReport
    {
        void Add(Issue issue);

        void End(Summary summary, bool interrupted, string? error);
    }

    // One line per problem, written as it is found.
    private sealed class TableReport(Stream output) : IReport
    {
        private readonly StreamWriter _writer = new(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);

        public void Add(Issue issue)
        {
            var where = (issue.Line is { } line ? T("line ", "baris ") + line.ToString(Inv) : T("item ", "butir ") + issue.Record.ToString(Inv))
                + (issue.Item is { } item ? " (" + item + ")" : "");
            var property = issue.Property.Length == 0 ? "" : " " + Camel(issue.Property) + (issue.Column is { } c ? T($" (column {c})", $" (kolom {c})") : "");
            var severity = issue.Severity switch
            {
                Severity.Error => T("error", "galat"),
                Severity.Warning => T("warning", "peringatan"),
                _ => "info",
            };
            var value = issue.Value is null ? "" : T(" value: ", " nilai: ") + "'" + issue.Value + "'";
            _writer.Write($"{where}{property}: {severity} {issue.Code}: {issue.Message}{value}\n");
        }

        public void End(Summary summary, bool interrupted, string? error) => _writer.Flush();
    }

    // { "file", "kind", "errors": [...], "valid", "invalid", "interrupted" }: errors streamed as found.
    private sealed class JsonReport : IReport
    {
        private readonly Utf8JsonWriter _writer;
        private readonly Stream _output;

        public JsonReport(Stream output, string file, string kind)
        {
            _output = output;
            _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _writer.WriteStartObject();
            _writer.WriteString("file", file);
            _writer.WriteString("kind", kind);
            _writer.WriteStartArray("errors");
        }

        public void Add(Issue issue)
        {
            _writer.WriteStartObject();
            if (issue.Line is { } line)
            {
                _writer.WriteNumber("line", line);
            }
            else
            {
                _writer.WriteNull("line");
            }

            _writer.WriteNumber("record", issue.Record);
            _writer.WriteString("item", issue.Item);
            _writer.WriteString("property", Camel(issue.Property));
            if (issue.Column is { } column)
            {
                _writer.WriteNumber("column", column);
            }
            else
            {
                _writer.WriteNull("column"); // every error has the same members (a header issue has no column)
            }

            _writer.WriteString("code", issue.Code);
            _writer.WriteString("severity", issue.Severity.ToString().ToLowerInvariant());
            _writer.WriteString("message", issue.Message);
            _writer.WriteString("value", issue.Value);
            _writer.WriteEndObject();
            if (_writer.BytesPending > 32 * 1024)
            {
                _writer.Flush();
            }
        }

        public void End(Summary summary, bool interrupted, string? error)
        {
            _writer.WriteEndArray();
            _writer.WriteNumber("records", summary.Records);
            _writer.WriteNumber("valid", summary.Valid);
            _writer.WriteNumber("invalid", summary.Invalid);
            _writer.WriteStartObject("byCode");
            foreach (var (code, (count, _)) in summary.Codes)
            {
                _writer.WriteNumber(code, count);
            }

            _writer.WriteEndObject();
            _writer.WriteBoolean("interrupted", interrupted);
            if (error is not null)
            {
                _writer.WriteString("error", error);
            }

            _writer.WriteEndObject();
            _writer.Flush();
            _writer.Dispose();
            _output.WriteByte((byte)'\n');
            _output.Flush();
        }
    }

    private static string Camel(string property) => property.Length == 0 ? property : JsonNamingPolicy.CamelCase.ConvertName(property);
}
