using System;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using IkmDomain.Regions;
using Spectre.Console;
using Spectre.Console.Cli;
using Region = IkmDomain.Regions.Region;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm regions &lt;code&gt;</c> shows a region, where it lies and how many regions it contains;
/// <c>ikm regions search &lt;query&gt; [--level]</c> lists the best matches by name.
/// </summary>
internal sealed class RegionsCommand : Command<RegionsCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<CODE|search>")]
        [Description("A Kemendagri region code (35.73, 3573011001), or 'search' followed by a name.")]
        public string Target { get; init; } = "";

        [CommandArgument(1, "[QUERY]")]
        [Description("With 'search': the name to look for, e.g. malang, \"Kab. Malang\", jogja.")]
        public string[] Query { get; init; } = [];

        [CommandOption("-l|--level <LEVEL>")]
        [Description("With 'search': only province, regency (kabupaten/kota), district (kecamatan) or village (desa/kelurahan).")]
        public string? Level { get; init; }

        [CommandOption("-n|--limit <N>")]
        [Description("With 'search': at most this many results (default 20).")]
        [DefaultValue(20)]
        public int Limit { get; init; } = 20;

        public override ValidationResult Validate()
        {
            if (Limit < 1)
            {
                return ValidationResult.Error("--limit must be at least 1.");
            }

            if (Level is not null && ParseLevel(Level) is null)
            {
                return ValidationResult.Error($"'{Level}' is not a level: use province, regency, district or village.");
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        return string.Equals(settings.Target, "search", StringComparison.OrdinalIgnoreCase)
            ? Search(settings)
            : Show(settings.Target);
    }

    private static int Show(string text)
    {
        var directory = RegionDirectory.Default;
        if (!RegionCode.TryParse(text, out var code))
        {
            try
            {
                RegionCode.Parse(text);
            }
            catch (FormatException ex)
            {
                AnsiConsole.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            }

            AnsiConsole.MarkupLine("To find a region by name: [bold]ikm regions search <name>[/]");
            return 2;
        }

        var region = directory.Find(code);
        if (region is null)
        {
            AnsiConsole.MarkupLine($"[red]error:[/] region {code} does not exist in {Markup.Escape(directory.Edition)}.");
            return 1;
        }

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]Code[/]", $"{code} ({code.ToCompactString()})");
        grid.AddRow("[bold]Name[/]", Markup.Escape(region.Name));
        grid.AddRow("[bold]Level[/]", Describe(region));
        grid.AddRow("[bold]Path[/]", Markup.Escape(string.Join(" > ", directory.PathOf(code).Select(r => r.Name))));
        if (code.Level != RegionLevel.Village)
        {
            var children = directory.ChildrenOf(code).Count;
            grid.AddRow("[bold]Children[/]", $"{children} {ChildNoun(code.Level, children)}");
        }

        grid.AddRow("[bold]Edition[/]", Markup.Escape(directory.Edition));
        AnsiConsole.Write(grid);
        return 0;
    }

    private static int Search(Settings settings)
    {
        var query = string.Join(' ', settings.Query).Trim();
        if (query.Length == 0)
        {
            AnsiConsole.MarkupLine("[red]error:[/] say what to search for, e.g. [bold]ikm regions search malang[/]");
            return 2;
        }

        var directory = RegionDirectory.Default;
        var level = settings.Level is null ? null : ParseLevel(settings.Level);
        var results = directory.Search(query, level, settings.Limit);
        if (results.Count == 0)
        {
            AnsiConsole.MarkupLine($"No region matches '{Markup.Escape(query)}'.");
            return 1;
        }

        var table = new Table().AddColumn("Code").AddColumn("Name").AddColumn("Level").AddColumn("In");
        foreach (var region in results)
        {
            var within = directory.PathOf(region.Code).Reverse().Skip(1).Select(r => r.Name);
            table.AddRow(region.Code.ToString(), Markup.Escape(region.Name), Describe(region), Markup.Escape(string.Join(", ", within)));
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static string Describe(Region region) => region.Level switch
    {
        RegionLevel.Province => "province",
        RegionLevel.Regency => region.Code.IsCity ? "city (kota)" : "regency (kabupaten)",
        RegionLevel.District => "district (kecamatan)",
        _ => region.Code.VillageKind switch
        {
            VillageKind.Kelurahan => "village (kelurahan)",
            VillageKind.DesaAdat => "village (desa adat)",
            _ => "village (desa)",
        },
    };

    private static string ChildNoun(RegionLevel level, int count) => (level, count == 1) switch
    {
        (RegionLevel.Province, true) => "regency or city",
        (RegionLevel.Province, false) => "regencies and cities",
        (RegionLevel.Regency, true) => "district",
        (RegionLevel.Regency, false) => "districts",
        (_, true) => "village",
        _ => "villages",
    };

    private static RegionLevel? ParseLevel(string text) => text.Trim().ToUpperInvariant() switch
    {
        "PROVINCE" or "PROVINSI" => RegionLevel.Province,
        "REGENCY" or "CITY" or "KABUPATEN" or "KOTA" => RegionLevel.Regency,
        "DISTRICT" or "KECAMATAN" => RegionLevel.District,
        "VILLAGE" or "DESA" or "KELURAHAN" => RegionLevel.Village,
        _ => null,
    };
}
