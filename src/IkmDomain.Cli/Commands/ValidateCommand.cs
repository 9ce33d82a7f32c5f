using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Crafts;
using IkmDomain.Feeds;
using IkmDomain.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm validate FILE [--kind product|business] [--lang en|id] [--marketplace google|meta|tiktok|shopee]</c>:
/// runs the IkmDomain validators over every record of a JSON or CSV file and lists the problems.
/// Exit codes: 0 all valid (warnings allowed), 1 any error, 2 bad usage or unreadable file.
/// </summary>
internal sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    private static readonly CraftProductValidator ProductValidator = new();
    private static readonly IkmBusinessValidator BusinessValidator = new();

    internal sealed class Settings : Tool.ToolSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("A JSON array or a CSV file (header row of property names; list cells separated by '|').")]
        public string File { get; init; } = "";

        [CommandOption("-k|--kind <KIND>")]
        [Description("product (CraftProductInput) or business (IkmBusiness). Default: business when the records have a nib and no sku, else product.")]
        public string? Kind { get; init; }

        [CommandOption("-m|--marketplace <MARKETPLACE>")]
        [Description("Products only: also check what google, meta, tiktok or shopee would reject.")]
        public string? Marketplace { get; init; }

        public override ValidationResult Validate()
        {
            if (Kind is not null && Kind is not ("product" or "business"))
            {
                return ValidationResult.Error($"--kind must be product or business, not '{Kind}'.");
            }

            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            if (Marketplace is not null && ParseMarketplace(Marketplace) is null)
            {
                return ValidationResult.Error($"--marketplace must be google, meta, tiktok or shopee, not '{Marketplace}'.");
            }

            if (Marketplace is not null && Kind == "business")
            {
                return ValidationResult.Error("--marketplace applies to products, not businesses.");
            }

            return ValidationResult.Success();
        }
    }

    /// <summary>One reported problem.</summary>
    internal sealed record Problem(string Location, string Item, string Property, string Code, Severity Severity, string Message);

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var indonesian = settings.Lang == "id";
        ValidatorOptions.Global.LanguageManager.Culture = indonesian
            ? CultureInfo.GetCultureInfo("id-ID", predefinedOnly: false)
            : CultureInfo.InvariantCulture;

        List<InputRecord> records;
        bool business;
        try
        {
            (records, business) = Read(settings.File, settings.Kind);
        }
        catch (InputFileException ex)
        {
            Console.Error.WriteLine("error: " + ex.Message);
            return 2;
        }

        if (business && settings.Marketplace is not null)
        {
            Console.Error.WriteLine($"error: {settings.File}: --marketplace applies to products, but the file holds businesses.");
            return 2;
        }

        var problems = new List<Problem>();
        var invalid = 0;
        foreach (var record in records)
        {
            var found = business ? ValidateBusiness(record, indonesian) : ValidateProduct(record, settings.Marketplace, indonesian);
            problems.AddRange(found);
            if (found.Any(p => p.Severity == Severity.Error))
            {
                invalid++;
            }
        }

        if (problems.Count > 0)
        {
            var table = new Table()
                .AddColumn("Record")
                .AddColumn(business ? "NIB" : "SKU")
                .AddColumn("Property")
                .AddColumn("Code")
                .AddColumn("Severity")
                .AddColumn("Message");
            foreach (var p in problems)
            {
                table.AddRow(
                    Markup.Escape(p.Location),
                    Markup.Escape(p.Item),
                    Markup.Escape(p.Property),
                    Markup.Escape(p.Code),
                    p.Severity == Severity.Error ? "[red]error[/]" : p.Severity == Severity.Warning ? "[yellow]warning[/]" : "info",
                    Markup.Escape(p.Message));
            }

            AnsiConsole.Write(table);
        }

        var kind = business ? (indonesian ? "usaha" : "business") : (indonesian ? "produk" : "product");
        var valid = records.Count - invalid;
        AnsiConsole.MarkupLine(indonesian
            ? $"{Markup.Escape(settings.File)}: {records.Count.ToString(CultureInfo.InvariantCulture)} {kind}, {valid.ToString(CultureInfo.InvariantCulture)} valid, {invalid.ToString(CultureInfo.InvariantCulture)} tidak valid."
            : $"{Markup.Escape(settings.File)}: {records.Count.ToString(CultureInfo.InvariantCulture)} {kind} records, {valid.ToString(CultureInfo.InvariantCulture)} valid, {invalid.ToString(CultureInfo.InvariantCulture)} invalid.");
        return invalid == 0 ? 0 : 1;
    }

    /// <summary>Reads the file as the kind asked for, or guesses it: records with a nib and no sku are businesses.</summary>
    private static (List<InputRecord> Records, bool Business) Read(string path, string? kind)
    {
        if (kind is not null)
        {
            var business = kind == "business";
            return (InputRecords.Read(path, business ? typeof(IkmBusiness) : typeof(CraftProductInput)), business);
        }

        try
        {
            var records = InputRecords.Read(path, typeof(CraftProductInput));
            return (records, records.Count > 0 && records[0].Has("nib") && !records[0].Has("sku"));
        }
        catch (InputFileException)
        {
            // A CSV whose columns are not product properties may be a business file.
            try
            {
                return (InputRecords.Read(path, typeof(IkmBusiness)), true);
            }
            catch (InputFileException)
            {
            }

            throw;
        }
    }

    internal static Marketplace? ParseMarketplace(string text) => text.Trim().ToLowerInvariant() switch
    {
        "google" or "googlemerchant" => IkmDomain.Feeds.Marketplace.GoogleMerchant,
        "meta" or "facebook" or "metacatalog" => IkmDomain.Feeds.Marketplace.MetaCatalog,
        "tiktok" or "tokopedia" or "tiktokshop" => IkmDomain.Feeds.Marketplace.TikTokShop,
        "shopee" => IkmDomain.Feeds.Marketplace.Shopee,
        _ => null,
    };

    /// <summary>Validates one product record: reading, <see cref="CraftProductValidator"/>, then marketplace readiness.</summary>
    internal static List<Problem> ValidateProduct(InputRecord record, string? marketplace, bool indonesian) =>
        ValidateProduct(record, marketplace is null ? null : ParseMarketplace(marketplace), indonesian, out _);

    /// <summary>As <see cref="ValidateProduct(InputRecord, string?, bool)"/>, also giving the product when it has no error.</summary>
    internal static List<Problem> ValidateProduct(InputRecord record, Marketplace? marketplace, bool indonesian, out CraftProduct? product)
    {
        product = null;
        var item = record.Text("sku") ?? "";
        if (!InputRecords.TryConvert<CraftProductInput>(record, out var input, out var property, out var reason))
        {
            return [Unreadable(record, item, property, reason, indonesian)];
        }

        var problems = Unknown(record, item, typeof(CraftProductInput), indonesian);
        problems.AddRange(Convert(record, item, ProductValidator.Validate(input!)));
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return problems;
        }

        try
        {
            product = input!.ToProduct();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            problems.Add(Unreadable(record, item, (ex as ArgumentException)?.ParamName ?? "", ex.Message, indonesian));
            return problems;
        }

        if (marketplace is { } m)
        {
            problems.AddRange(Convert(record, item, MarketplaceReadiness.For(m).Validate(product)));
            if (problems.Any(p => p.Severity == Severity.Error))
            {
                product = null;
            }
        }

        return problems;
    }

    private static List<Problem> ValidateBusiness(InputRecord record, bool indonesian)
    {
        var item = record.Text("nib") ?? "";
        if (!InputRecords.TryConvert<IkmBusiness>(record, out var business, out var property, out var reason))
        {
            return [Unreadable(record, item, property, reason, indonesian)];
        }

        var problems = Unknown(record, item, typeof(IkmBusiness), indonesian);
        problems.AddRange(Convert(record, item, BusinessValidator.Validate(business!)));
        return problems;
    }

    private static List<Problem> Convert(InputRecord record, string item, FluentValidation.Results.ValidationResult result) =>
        result.Errors.Select(e => new Problem(record.Location, item, e.PropertyName, e.ErrorCode ?? "", e.Severity, e.ErrorMessage)).ToList();

    private static List<Problem> Unknown(InputRecord record, string item, Type target, bool indonesian) =>
        InputRecords.UnknownProperties(record, target)
            .Select(name => new Problem(record.Location, item, name, "-", Severity.Warning, indonesian ? $"Properti '{name}' tidak dikenal dan diabaikan." : $"Unknown property '{name}' is ignored."))
            .ToList();

    private static Problem Unreadable(InputRecord record, string item, string property, string reason, bool indonesian) =>
        new(record.Location, item, property, "-", Severity.Error, indonesian ? $"Data tidak dapat dibaca: {reason}" : $"Cannot read the record: {reason}");
}
