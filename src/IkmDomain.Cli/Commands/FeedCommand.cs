using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using FluentValidation;
using IkmDomain.Crafts;
using IkmDomain.Feeds;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm feed PRODUCTS --marketplace google --format tsv|xml [-o OUT]</c>: writes a marketplace feed of the
/// products in a JSON or CSV file with the generated <see cref="CraftProductFeeds"/> writers.
/// The feed goes to stdout (or OUT); what was written and skipped, with reasons, goes to stderr.
/// Exit codes: 0 every product written, 1 some skipped, 2 bad usage or unreadable file.
/// </summary>
internal sealed class FeedCommand : Command<FeedCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : Tool.ToolSettings
    {
        [CommandArgument(0, "<PRODUCTS>")]
        [Description("Products as a JSON array or CSV (the same files ikm validate reads).")]
        public string File { get; init; } = "";

        [CommandOption("-m|--marketplace <MARKETPLACE>")]
        [Description("The marketplace: google (Google Merchant Center).")]
        [DefaultValue("google")]
        public string Marketplace { get; init; } = "google";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("tsv (default) or xml (RSS 2.0 with g: elements).")]
        [DefaultValue("tsv")]
        public string Format { get; init; } = "tsv";

        [CommandOption("-o|--output <OUT>")]
        [Description("Write the feed to this file instead of stdout.")]
        public string? Output { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            var marketplace = ValidateCommand.ParseMarketplace(Marketplace);
            if (marketplace is null)
            {
                return ValidationResult.Error($"--marketplace must be google, not '{Marketplace}'.");
            }

            if (marketplace != IkmDomain.Feeds.Marketplace.GoogleMerchant)
            {
                return ValidationResult.Error($"CraftProduct has generated feeds for google only; '{Marketplace}' has none yet.");
            }

            if (Format is not ("tsv" or "xml"))
            {
                return ValidationResult.Error($"--format must be tsv or xml, not '{Format}'.");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var error = Console.Error;
        List<InputRecord> records;
        try
        {
            records = InputRecords.Read(settings.File, typeof(CraftProductInput));
        }
        catch (InputFileException ex)
        {
            error.WriteLine("error: " + ex.Message);
            return 2;
        }

        var products = new List<CraftProduct>();
        var locations = new List<InputRecord>();
        var skipped = 0;
        foreach (var record in records)
        {
            var problems = ValidateCommand.ValidateProduct(record, IkmDomain.Feeds.Marketplace.GoogleMerchant, indonesian: false, out var product);
            foreach (var warning in problems.Where(p => p.Severity != Severity.Error))
            {
                error.WriteLine($"warning: {Name(record)}: {Field(warning.Property)}{warning.Code} {warning.Message}");
            }

            if (product is null)
            {
                skipped++;
                var reasons = problems.Where(p => p.Severity == Severity.Error).Select(p => $"{Field(p.Property)}{p.Code} {p.Message}");
                error.WriteLine($"skipped: {Name(record)}: {string.Join("; ", reasons)}");
                continue;
            }

            products.Add(product);
            locations.Add(record);
        }

        Stream output;
        try
        {
            output = settings.Output is null ? Console.OpenStandardOutput() : System.IO.File.Create(settings.Output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: {settings.Output}: cannot write the feed: {ex.Message}");
            return 2;
        }

        FeedWriteResult result;
        using (output)
        {
            result = settings.Format == "xml"
                ? CraftProductFeeds.GoogleMerchantXml.Write(products, output)
                : CraftProductFeeds.GoogleMerchantTsv.Write(products, output);
            output.Flush();
        }

        foreach (var item in result.Skipped)
        {
            var record = item.Index >= 0 && item.Index < locations.Count ? Name(locations[item.Index]) : item.Id ?? "?";
            error.WriteLine($"skipped: {record}: {item.Attribute}: {item.Reason}");
        }

        skipped += (int)result.ItemsSkipped;
        var target = settings.Output ?? "stdout";
        error.WriteLine($"Google Merchant {settings.Format.ToUpperInvariant()} feed: {result.ItemsWritten.ToString(Inv)} written, {skipped.ToString(Inv)} skipped, {result.BytesWritten.ToString(Inv)} bytes to {target}.");
        return skipped == 0 ? 0 : 1;
    }

    private static string Name(InputRecord record) => record.Text("sku") is { Length: > 0 } sku ? $"{record.Location} ({sku})" : record.Location;

    private static string Field(string property) => property.Length == 0 ? "" : property + ": ";
}
