using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Exports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm stats</c>: the published handicraft export figures (growth, CAGR, destinations);
/// <c>ikm stats FILE</c>: totals by year and the top partners of a UN Comtrade CSV or JSON file.
/// </summary>
internal sealed class StatsCommand : AsyncCommand<StatsCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : Tool.ToolSettings
    {
        [CommandArgument(0, "[file]")]
        [Description("A UN Comtrade v1 file (.csv or .json). Without it, the published Kemenperin and Kemendag series are shown.")]
        public string? File { get; init; }

        [CommandOption("--top <N>")]
        [Description("How many partners to list (default 5).")]
        [DefaultValue(5)]
        public int Top { get; init; } = 5;

        [CommandOption("--format <FORMAT>")]
        [Description("csv or json; by default taken from the file's extension.")]
        public string? Format { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            if (Top < 0)
            {
                return ValidationResult.Error("--top must be 0 or more.");
            }

            if (Format is not null && Format is not ("csv" or "json"))
            {
                return ValidationResult.Error("--format must be csv or json.");
            }

            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.File is null)
        {
            ShowFacts(settings.Top);
            return 0;
        }

        return await SummariseFileAsync(settings, cancellationToken).ConfigureAwait(false);
    }

    private static void ShowFacts(int top)
    {
        AnsiConsole.MarkupLine("[bold]Indonesian handicraft exports, as published[/] (US$, all destinations)");
        foreach (var (title, records) in new[] { ("Kemenperin (Ministry of Industry)", HandicraftFacts.KemenperinExports), ("Kemendag (Ministry of Trade)", HandicraftFacts.KemendagExports) })
        {
            var stats = new ExportStatistics(records);
            AnsiConsole.Write(YearTable(title, stats));
            var years = stats.Years;
            if (years.Count > 1)
            {
                var cagr = stats.Cagr(years[0], years[^1]);
                AnsiConsole.MarkupLine($"CAGR {years[0]}-{years[^1]}: [bold]{ExportStatistics.FormatPercentage(cagr)}[/]");
            }

            if (records == HandicraftFacts.KemenperinExports)
            {
                var revised = HandicraftFacts.Kemenperin2017Revised.Value.Amount.ToString("N0", Inv);
                AnsiConsole.MarkupLine($"Note: 2017 is the figure first published; Kemenperin revised it to {revised} in April 2019, so 2018's growth mixes vintages.");
            }
        }

        AnsiConsole.MarkupLine("The two ministries count different goods as handicraft: never add their figures together.");
        AnsiConsole.MarkupLine(
            $"Industry: {HandicraftFacts.BusinessUnits.Value.ToString("N0", Inv)} {HandicraftFacts.BusinessUnits.Unit}, "
            + $"{HandicraftFacts.Workers.Value.ToString("N0", Inv)} {HandicraftFacts.Workers.Unit} ({HandicraftFacts.BusinessUnits.Source}, {HandicraftFacts.BusinessUnits.Period}).");

        var latest = HandicraftFacts.Destinations.Where(d => d.Share is not null).Max(d => d.Year);
        var table = new Table().Title($"Main destinations {latest.ToString(Inv)}").AddColumn("Rank").AddColumn("Destination").AddColumn("Tujuan").AddColumn(new TableColumn("Share").RightAligned());
        foreach (var d in HandicraftFacts.Destinations.Where(d => d.Year == latest).OrderBy(d => d.Rank).Take(top))
        {
            table.AddRow(d.Rank.ToString(Inv), Markup.Escape(d.Partner.EnglishName), Markup.Escape(d.Partner.IndonesianName), d.Share is { } s ? ExportStatistics.FormatPercentage(s) : "-");
        }

        AnsiConsole.Write(table);
    }

    private static async Task<int> SummariseFileAsync(Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.File!;
        if (Directory.Exists(path))
        {
            throw new Tool.ToolException(Tool.ToolText.T($"{path}: is a directory, not a file.", $"{path}: adalah direktori, bukan berkas."));
        }

        if (!File.Exists(path))
        {
            throw new Tool.ToolException(Tool.ToolText.T($"{path}: file not found.", $"{path}: berkas tidak ditemukan."));
        }

        var json = settings.Format is { } f ? f == "json" : string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase);
        var errors = new List<ComtradeFormatException>();
        var options = new ComtradeReadOptions { OnError = errors.Add };
        var records = new List<ExportRecord>();
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                var rows = json ? ComtradeReader.ReadJsonAsync(stream, options, cancellationToken) : ComtradeReader.ReadCsvAsync(stream, options, cancellationToken);
                await foreach (var record in rows.ConfigureAwait(false))
                {
                    records.Add(record);
                }
            }
        }
        catch (ComtradeFormatException ex)
        {
            await Console.Error.WriteLineAsync($"error: {path}: {Tool.ToolText.Clip(ex.Message, 300)}").ConfigureAwait(false);
            return 1;
        }
        catch (UnauthorizedAccessException)
        {
            throw new Tool.ToolException(Tool.ToolText.T($"{path}: permission denied (the file cannot be read).", $"{path}: akses ditolak (berkas tidak dapat dibaca)."));
        }
        catch (IOException ex)
        {
            throw new Tool.ToolException(Tool.ToolText.T($"{path}: cannot read the file: ", $"{path}: berkas tidak dapat dibaca: ") + Tool.ToolText.Clip(ex.Message, 200));
        }

        foreach (var error in errors.Take(10))
        {
            await Console.Error.WriteLineAsync($"error: {path}: {error.Message}").ConfigureAwait(false);
        }

        if (errors.Count > 10)
        {
            await Console.Error.WriteLineAsync($"error: {path}: ... and {errors.Count - 10} more bad rows").ConfigureAwait(false);
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(Path.GetFileName(path))}[/]: {records.Count.ToString(Inv)} export records, {errors.Count.ToString(Inv)} bad rows skipped");
        var stats = new ExportStatistics(records);
        if (stats.Sources.Count > 1)
        {
            await Console.Error.WriteLineAsync("error: the file mixes sources; figures of different sources cannot be added together.").ConfigureAwait(false);
            return 1;
        }

        if (records.Count > 0)
        {
            AnsiConsole.Write(YearTable("Totals by year", stats));
            var partners = new Table().Title("Top partners").AddColumn("Partner").AddColumn("Mitra").AddColumn(new TableColumn("US$").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
            var shares = stats.PartnerShares();
            foreach (var (partner, value) in stats.TopPartners(settings.Top))
            {
                partners.AddRow(
                    Markup.Escape($"{partner.EnglishName} ({partner.Alpha2})"),
                    Markup.Escape(partner.IndonesianName),
                    value.Amount.ToString("N0", Inv),
                    shares.TryGetValue(partner, out var share) ? ExportStatistics.FormatPercentage(share) : "-");
            }

            AnsiConsole.Write(partners);
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static Table YearTable(string title, ExportStatistics stats)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumn("Year").AddColumn(new TableColumn("US$").RightAligned()).AddColumn(new TableColumn("Growth").RightAligned());
        var growth = stats.YearOnYearGrowth();
        foreach (var (year, total) in stats.TotalsByYear())
        {
            table.AddRow(
                year.ToString(Inv),
                total.Amount.ToString("N0", Inv),
                growth.TryGetValue(year, out var g) ? ExportStatistics.FormatPercentage(g) : "-");
        }

        return table;
    }
}
