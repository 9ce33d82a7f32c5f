using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Feeds;
using IkmDomain.Regions;
using Spectre.Console;
using Spectre.Console.Cli;
using Region = IkmDomain.Regions.Region;

namespace IkmDomain.Cli.Commands;

/// <summary><c>ikm demo</c>: a tour of the library using its own types and data, one section per area.</summary>
internal sealed class DemoCommand : Command<DemoCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : Tool.ToolSettings
    {
        [CommandOption("-o|--out <DIR>")]
        [Description("Where to write the feeds, the chart and the sample files (default ./ikm-demo).")]
        [DefaultValue("ikm-demo")]
        public string Out { get; init; } = "ikm-demo";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLine("[bold]IkmDomain[/]: the typed domain model of Indonesia's craft industry (IKM).");
        MoneySection();
        var region = RegionsSection();
        BusinessesSection(region);
        var product = CraftsSection(region);
        FeedsSection(product);
        ExportsSection();
        AnsiConsole.MarkupLine("More: [bold]ikm validate[/], [bold]ikm feed[/], [bold]ikm regions[/], [bold]ikm stats[/] (ikm --help).");
        return 0;
    }

    private static void Section(string title) => AnsiConsole.Write(new Rule($"[bold]{title}[/]").LeftJustified());

    private static void MoneySection()
    {
        Section("Money");
        var price = new Money(1_300_000m, Currency.IDR);
        AnsiConsole.MarkupLine($"Canonical: {price}   Indonesian: {Markup.Escape(price.ToString("C", IndonesianFormat.NumberFormat))}");
        var parts = price.Allocate(3);
        AnsiConsole.MarkupLine($"Split three ways (parts add up to the whole): {string.Join(" + ", parts.Select(p => p.ToString("C", IndonesianFormat.NumberFormat)))}");
        var parsed = Money.Parse("Rp1,3 miliar", IndonesianFormat.NumberFormat);
        AnsiConsole.MarkupLine($"Parsed \"Rp1,3 miliar\" -> {parsed}");
    }

    private static Region RegionsSection()
    {
        Section("Regions");
        var directory = RegionDirectory.Default;
        var code = RegionCode.Parse("33.20");
        var jepara = directory.Find(code) ?? throw new InvalidOperationException($"Region {code} is missing from the embedded data.");
        AnsiConsole.MarkupLine($"{code} ({code.ToCompactString()}) = {Markup.Escape(jepara.Name)}, in {Markup.Escape(directory.Find(code.Province)!.Name)}; {directory.ChildrenOf(code).Count.ToString(Inv)} districts");
        var found = directory.Search("malang", RegionLevel.Regency, 3);
        AnsiConsole.MarkupLine($"Search \"malang\" (regency): {Markup.Escape(string.Join(", ", found.Select(r => $"{r.Code} {r.Name}")))}");
        AnsiConsole.MarkupLine($"Data: {directory.Count(RegionLevel.Province).ToString(Inv)} provinces, {directory.Count(RegionLevel.Village).ToString("N0", Inv)} villages ({Markup.Escape(directory.Edition)})");
        return jepara;
    }

    private static void BusinessesSection(Region region)
    {
        Section("Businesses");
        const ulong firstEight = 1_234_567; // 01.234.567
        var npwp = Npwp.Parse(string.Create(Inv, $"{firstEight:D8}{Npwp.ComputeCheckDigit(firstEight)}901000"));
        AnsiConsole.MarkupLine($"NPWP {npwp}: check digit valid = {npwp.HasValidCheckDigit}, legacy 15-digit form = {npwp.IsLegacyFormat}");
        var nib = Nib.Parse("9120001234567");
        var capital = Money.Parse("Rp1,3 miliar", IndonesianFormat.NumberFormat);
        var sales = new Money(4_800_000_000m, Currency.IDR);
        AnsiConsole.MarkupLine($"NIB {nib}, workshop in {Markup.Escape(region.Name)}: capital {Markup.Escape(capital.ToString("C0", IndonesianFormat.NumberFormat))} -> {BusinessScale.FromCapital(capital)}; "
            + $"annual sales {Markup.Escape(sales.ToString("C0", IndonesianFormat.NumberFormat))} -> {BusinessScale.FromAnnualSales(sales)} (PP 7/2021 Art. 35)");
        var industry = BusinessScale.ClassifyIndustry(12, new Money(800_000_000m, Currency.IDR));
        AnsiConsole.MarkupLine($"12 workers, Rp800 juta investment -> industry class {industry}");
    }

    private static CraftProduct CraftsSection(Region region)
    {
        Section("Crafts");
        var product = new CraftProduct(
            "JPR-TEAK-001",
            "Kursi ukir jati Jepara",
            "Hand-carved teak chair from Jepara, natural finish.",
            [CraftMaterial.Wood, CraftMaterial.Rattan],
            new Money(2_750_000m, Currency.IDR),
            [new Uri("https://example.id/img/jpr-teak-001.jpg")],
            new Uri("https://example.id/p/jpr-teak-001"),
            "Ukir Jepara")
        {
            Technique = CraftTechnique.Parse("carving"),
            HsCode = HsCode.Parse("9401.61"),
            OriginRegion = region.Code,
            StockQuantity = 4,
        };
        AnsiConsole.MarkupLine($"{Markup.Escape(product.Sku)}: {Markup.Escape(product.Title)}, {Markup.Escape(product.EffectivePrice.ToString("C0", IndonesianFormat.NumberFormat))}");
        AnsiConsole.MarkupLine($"Materials: {Markup.Escape(string.Join(", ", product.Materials.Select(m => $"{m.EnglishName} ({m.IndonesianName})")))}; primary {product.PrimaryMaterial}, technique {product.Technique}, HS {product.HsCode}");
        return product;
    }

    private static void FeedsSection(CraftProduct product)
    {
        Section("Feeds");
        var table = product with { Sku = "JPR-TEAK-002", Title = "Meja ukir jati Jepara", Description = "Hand-carved teak side table from Jepara, natural finish." };
        using var stream = new MemoryStream();
        var result = CraftProductFeeds.GoogleMerchantTsv.Write([product, table], stream);
        AnsiConsole.MarkupLine($"Google Merchant TSV: {result.ItemsWritten.ToString(Inv)} written, {result.ItemsSkipped.ToString(Inv)} skipped, {result.BytesWritten.ToString(Inv)} bytes. First lines:");
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Take(3))
        {
            var shown = line.Length > 100 ? line[..100] + "..." : line;
            Console.Out.WriteLine("  " + shown.Replace('\t', '|'));
        }

        AnsiConsole.MarkupLine($"Marketplaces: {string.Join(", ", Enum.GetNames<Marketplace>())}; formats: {string.Join(", ", Enum.GetNames<FeedFormat>())}");
    }

    private static void ExportsSection()
    {
        Section("Exports");
        var stats = new ExportStatistics(HandicraftFacts.KemenperinExports);
        var years = stats.Years;
        var growth = stats.YearOnYearGrowth();
        foreach (var (year, total) in stats.TotalsByYear().Skip(Math.Max(0, years.Count - 3)))
        {
            var g = growth.TryGetValue(year, out var value) ? ExportStatistics.FormatPercentage(value) : "-";
            AnsiConsole.MarkupLine($"{year.ToString(Inv)}: US$ {total.Amount.ToString("N0", Inv)} (growth {g})");
        }

        AnsiConsole.MarkupLine($"CAGR {years[0].ToString(Inv)}-{years[^1].ToString(Inv)}: {ExportStatistics.FormatPercentage(stats.Cagr(years[0], years[^1]))} (Kemenperin handicraft exports)");
    }
}
