using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FluentValidation;
using IkmDomain.Cli.Input;
using IkmDomain.Cli.Tool;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Feeds;
using IkmDomain.Regions;
using IkmDomain.Validation;
using Spectre.Console;
using Spectre.Console.Cli;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm demo [--out DIR]</c>: the main job on an embedded, made-up sample (60 craft businesses in 17
/// provinces, 560 products across every craft material, IDR and USD prices, a few records invalid on
/// purpose): validates businesses and products (a summary by rule code), writes every feed
/// <see cref="CraftProduct"/> has into DIR atomically, prints the export statistics with growth and
/// CAGR and draws them as an SVG chart beside the feeds, then lists the files and the next commands.
/// Exit codes: 0 done, 2 DIR cannot be written.
/// </summary>
internal sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : ToolSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Where to write the sample files, the feeds and the chart (default ./ikm-demo; created when missing).")]
        [DefaultValue("ikm-demo")]
        public string Out { get; init; } = "ikm-demo";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ValidatorOptions.Global.LanguageManager.Culture = Indonesian ? CultureInfo.GetCultureInfo("id-ID", predefinedOnly: false) : CultureInfo.InvariantCulture;
        var dir = settings.Out;
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ToolException(T($"{dir}: cannot create the folder: ", $"{dir}: folder tidak dapat dibuat: ") + Clip(ex.Message, 200));
        }

        AnsiConsole.MarkupLine("[bold]IkmDomain[/] " + Markup.Escape(T(
            "demo: a made-up sample of Indonesian craft businesses (IKM) and their products, checked and published.",
            "demo: contoh rekaan usaha kerajinan Indonesia (IKM) dan produknya, diperiksa lalu diterbitkan.")));
        var businessesPath = Path.Combine(dir, "businesses.json");
        var productsPath = Path.Combine(dir, "products.csv");
        WriteResource("IkmDomain.Cli.Demo.businesses.json", businessesPath);
        WriteResource("IkmDomain.Cli.Demo.products.csv", productsPath);

        Section(T("1. Validate", "1. Validasi"));
        var (businessSummary, _, provinces) = await CheckAsync(businessesPath, RecordKind.Business, cancellationToken).ConfigureAwait(false);
        Report(T("Businesses", "Usaha"), businessSummary, T($"{provinces} provinces", $"{provinces} provinsi"));
        var (productSummary, products, _) = await CheckAsync(productsPath, RecordKind.Product, cancellationToken).ConfigureAwait(false);
        var materials = products.SelectMany(p => p.Materials).Distinct().Count();
        var currencies = string.Join(" + ", products.Select(p => p.Price.Currency.Code).Distinct().Order());
        Report(T("Products", "Produk"), productSummary, T($"{materials} materials, prices in {currencies}", $"{materials} bahan, harga dalam {currencies}"));

        Section(T("2. Write every feed (atomically: temporary file, flushed, renamed)", "2. Tulis setiap umpan (atomik: berkas sementara, di-flush, diganti nama)"));
        var files = new List<string> { businessesPath, productsPath };
        var feeds = new Table().AddColumn(T("File", "Berkas")).AddColumn(T("Feed", "Umpan")).AddColumn(new TableColumn(T("Items", "Butir")).RightAligned()).AddColumn(new TableColumn(T("Skipped", "Dilewati")).RightAligned()).AddColumn(new TableColumn("Bytes").RightAligned());
        foreach (var writer in FeedWriters.Writers)
        {
            var path = Path.Combine(dir, writer.MarketplaceName + writer.Extension);
            var channel = writer.HasChannel ? FeedChannel.Options(T("Demo craft shop", "Toko kerajinan demo"), FeedChannel.SiteOf(products.FirstOrDefault()?.Link)) : null;

            // The marketplace's own rules first, as ikm feed applies them (a preorder product without an availability
            // date is one Google rejects): the demo's feeds hold what ikm feed would write from the same file.
            var rejected = MarketplaceReadiness.FindRejected(products, writer.Marketplace).Select(r => r.Product).ToHashSet(ReferenceEqualityComparer.Instance);
            var ready = products.Where(p => !rejected.Contains(p)).ToList();
            FeedPublishResult result;
            try
            {
                result = await FeedFile.WriteAtomicallyAsync(path, (stream, ct) => writer.WriteAsync(Stream(ready), stream, channel, ct), new FeedPublishOptions { MinItemsRatio = 0 }, cancellationToken).ConfigureAwait(false);
            }
            catch (FeedPublishException ex)
            {
                throw new ToolException(T($"{path}: cannot write the feed: ", $"{path}: umpan tidak dapat ditulis: ") + Clip((ex.InnerException ?? ex).Message, 200));
            }

            files.Add(path);
            feeds.AddRow(Markup.Escape(path), Markup.Escape(writer.Title), result.ItemsWritten.ToString(Inv), (rejected.Count + result.ItemsSkipped).ToString(Inv), result.FileBytes.ToString(Inv));
        }

        AnsiConsole.Write(feeds);
        AnsiConsole.MarkupLine(Markup.Escape(T(
            "Skipped: valid products the marketplace rejects (ikm validate PRODUCTS --marketplace google names each one and why).",
            "Dilewati: produk valid yang ditolak marketplace (ikm validate PRODUK --marketplace google menyebut masing-masing dan alasannya).")));

        Section(T("3. Export statistics (Kemenperin handicraft exports, US$)", "3. Statistik ekspor (ekspor kerajinan Kemenperin, US$)"));
        var stats = new ExportStatistics(HandicraftFacts.KemenperinExports);
        var growth = stats.YearOnYearGrowth();
        var years = new Table().AddColumn(T("Year", "Tahun")).AddColumn(new TableColumn("US$").RightAligned()).AddColumn(new TableColumn(T("Growth", "Pertumbuhan")).RightAligned());
        foreach (var (year, total) in stats.TotalsByYear())
        {
            years.AddRow(year.ToString(Inv), total.Amount.ToString("N0", Inv), Markup.Escape(growth.TryGetValue(year, out var g) ? ExportStatistics.FormatPercentage(g) : "-"));
        }

        AnsiConsole.Write(years);
        var first = stats.Years[0];
        var last = stats.Years[^1];
        AnsiConsole.MarkupLine(Markup.Escape($"CAGR {first}-{last}: {ExportStatistics.FormatPercentage(stats.Cagr(first, last))}"));
        var chart = Path.Combine(dir, "exports.svg");
        ExportChart.Save(chart, T("Indonesian handicraft exports (Kemenperin)", "Ekspor kerajinan Indonesia (Kemenperin)"), [("Kemenperin", stats)]);
        files.Add(chart);

        Section(T("4. Files and next steps", "4. Berkas dan langkah berikutnya"));
        foreach (var file in files)
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape($"{file}  ({new FileInfo(file).Length.ToString("N0", Inv)} bytes)"));
        }

        AnsiConsole.MarkupLine(Markup.Escape(T("Try next:", "Coba berikutnya:")));
        foreach (var next in new[]
        {
            $"ikm validate {productsPath} --format json",
            $"ikm validate {productsPath} --marketplace tiktok --lang id",
            $"ikm feed {productsPath} --marketplace google --format xml -o {Path.Combine(dir, "google.xml.gz")}",
            "ikm money \"Rp1,3 miliar\" --to USD --rate 0.0000615",
            "ikm regions search jepara",
            $"ikm stats --chart {Path.Combine(dir, "exports.svg")}",
        })
        {
            AnsiConsole.MarkupLine("  " + Markup.Escape(next));
        }

        return 0;
    }

    private static void Section(string title) => AnsiConsole.Write(new Rule("[bold]" + Markup.Escape(title) + "[/]").LeftJustified());

    private static async IAsyncEnumerable<CraftProduct> Stream(List<CraftProduct> products, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var product in products)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return product;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static void WriteResource(string name, string path)
    {
        using var resource = typeof(DemoCommand).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The embedded resource {name} is missing.");
        var temp = path + "." + Path.GetRandomFileName() + ".tmp";
        try
        {
            using (var file = File.Create(temp))
            {
                resource.CopyTo(file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw new ToolException(T($"{path}: cannot write the sample: ", $"{path}: contoh tidak dapat ditulis: ") + Clip(ex.Message, 200));
        }
    }

    private static async Task<(ValidateCommand.Summary Summary, List<CraftProduct> Products, int Provinces)> CheckAsync(string path, RecordKind kind, CancellationToken cancellationToken)
    {
        var summary = new ValidateCommand.Summary();
        var products = new List<CraftProduct>();
        var provinces = new HashSet<string>(StringComparer.Ordinal);
        var examples = new Dictionary<string, Issue>(StringComparer.Ordinal);
        var stream = await RecordStream.OpenAsync(path, kind, null, null, null, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            await foreach (var record in stream.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var issues = stream.Checker.Check(record, out var product);
                summary.Record(issues);
                foreach (var issue in issues)
                {
                    examples.TryAdd(issue.Code, issue);
                }

                if (product is not null)
                {
                    products.Add(product);
                }

                if (kind == RecordKind.Business && record.Json.TryGetProperty("region", out var region) && RegionCode.TryParse(region.GetString(), out var code))
                {
                    provinces.Add(code.Province.ToString());
                }
            }
        }

        Examples[kind] = examples;
        return (summary, products, provinces.Count);
    }

    private static readonly Dictionary<RecordKind, Dictionary<string, Issue>> Examples = [];

    private static void Report(string title, ValidateCommand.Summary summary, string detail)
    {
        AnsiConsole.MarkupLine("[bold]" + Markup.Escape(title) + "[/]: " + Markup.Escape(T(
            $"{summary.Records} records ({detail}): {summary.Valid} valid, {summary.Invalid} invalid on purpose.",
            $"{summary.Records} rekaman ({detail}): {summary.Valid} valid, {summary.Invalid} sengaja tidak valid.")));
        if (summary.Codes.Count == 0)
        {
            return;
        }

        var examples = Examples.Values.SelectMany(e => e).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First().Value);
        var table = new Table().AddColumn(T("Rule", "Aturan")).AddColumn(new TableColumn(T("Count", "Jumlah")).RightAligned()).AddColumn(T("Example", "Contoh"));
        foreach (var (code, (count, _)) in summary.Codes)
        {
            var example = examples.TryGetValue(code, out var e) ? $"{(e.Line is { } l ? T("line ", "baris ") + l : T("item ", "butir ") + e.Record)}: {Clip(e.Message, 200)}" : "";
            table.AddRow(Markup.Escape(code), count.ToString(Inv), Markup.Escape(example));
        }

        AnsiConsole.Write(table);
    }
}
