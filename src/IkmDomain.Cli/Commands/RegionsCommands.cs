using System;
using System.ComponentModel;
using System.Linq;
using System.Text.Json;
using System.Threading;
using IkmDomain.Cli.Tool;
using IkmDomain.Regions;
using Spectre.Console;
using Spectre.Console.Cli;
using static IkmDomain.Cli.Tool.ToolText;
using Region = IkmDomain.Regions.Region;

namespace IkmDomain.Cli.Commands;

/// <summary><c>ikm regions show CODE [--format table|json]</c>: a region, where it lies and how many regions it contains.</summary>
internal sealed class RegionsShowCommand : Command<RegionsShowCommand.Settings>
{
    internal sealed class Settings : ToolSettings
    {
        [CommandArgument(0, "<CODE>")]
        [Description("A Kemendagri region code: 35, 35.73, 35.73.01, 35.73.01.1001 or the same without dots.")]
        public string Code { get; init; } = "";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) or json.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } bad ? bad
            : Format is not ("table" or "json") ? NotOneOf("--format", Format, "table", "json")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var directory = RegionDirectory.Default;
        if (!RegionCode.TryParse(settings.Code, out var code))
        {
            var reason = "";
            try
            {
                RegionCode.Parse(settings.Code);
            }
            catch (FormatException ex)
            {
                reason = ex.Message;
            }

            Console.Error.WriteLine(T("error: ", "galat: ") + Clip(reason, 200) + T(" To find a region by name: ikm regions search NAME", " Untuk mencari wilayah menurut nama: ikm regions search NAMA"));
            return ToolApp.Usage;
        }

        var region = directory.Find(code);
        if (region is null)
        {
            Console.Error.WriteLine(T($"error: region {code} does not exist in {directory.Edition}.", $"galat: wilayah {code} tidak ada dalam {directory.Edition}."));
            return 1;
        }

        var path = directory.PathOf(code);
        int? children = code.Level == RegionLevel.Village ? null : directory.ChildrenOf(code).Count;
        if (settings.Format == "json")
        {
            JsonOut.Write(w =>
            {
                w.WriteStartObject();
                RegionsJson.WriteRegion(w, region);
                w.WriteString("compactCode", code.ToCompactString());
                w.WriteStartArray("path");
                foreach (var r in path)
                {
                    w.WriteStringValue(r.Name);
                }

                w.WriteEndArray();
                if (children is { } n)
                {
                    w.WriteNumber("children", n);
                }

                w.WriteString("edition", directory.Edition);
                w.WriteEndObject();
            });
            return 0;
        }

        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]" + T("Code", "Kode") + "[/]", Markup.Escape($"{code} ({code.ToCompactString()})"));
        grid.AddRow("[bold]" + T("Name", "Nama") + "[/]", Markup.Escape(region.Name));
        grid.AddRow("[bold]" + T("Level", "Tingkat") + "[/]", Markup.Escape(RegionsJson.Describe(region)));
        grid.AddRow("[bold]" + T("Path", "Jalur") + "[/]", Markup.Escape(string.Join(" > ", path.Select(r => r.Name))));
        if (children is { } count)
        {
            grid.AddRow("[bold]" + T("Children", "Anak") + "[/]", Markup.Escape($"{count} {RegionsJson.ChildNoun(code.Level, count)}"));
        }

        grid.AddRow("[bold]" + T("Edition", "Edisi") + "[/]", Markup.Escape(directory.Edition));
        AnsiConsole.Write(grid);
        return 0;
    }
}

/// <summary><c>ikm regions search NAME [--level LEVEL] [--limit N] [--format table|json]</c>: the best matches by name.</summary>
internal sealed class RegionsSearchCommand : Command<RegionsSearchCommand.Settings>
{
    internal sealed class Settings : ToolSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The name to look for, e.g. malang, \"Kab. Malang\", jogja (several words are joined).")]
        public string[] Query { get; init; } = [];

        [CommandOption("--level <LEVEL>")]
        [Description("Only province, regency (kabupaten/kota), district (kecamatan) or village (desa/kelurahan).")]
        public string? Level { get; init; }

        [CommandOption("-n|--limit <N>")]
        [Description("At most this many results (default 20).")]
        [DefaultValue(20)]
        public int Limit { get; init; } = 20;

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (default) or json.")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            if (Limit < 1)
            {
                return ValidationResult.Error(T("--limit must be at least 1.", "--limit minimal 1."));
            }

            if (Level is not null && RegionsJson.ParseLevel(Level) is null)
            {
                return NotOneOf("--level", Level, "province", "regency", "district", "village");
            }

            return Format is not ("table" or "json") ? NotOneOf("--format", Format, "table", "json") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var query = string.Join(' ', settings.Query).Trim();
        if (query.Length == 0)
        {
            Console.Error.WriteLine(T("error: say what to search for, e.g. ikm regions search malang", "galat: sebutkan yang dicari, mis. ikm regions search malang"));
            return ToolApp.Usage;
        }

        var directory = RegionDirectory.Default;
        var level = settings.Level is null ? null : RegionsJson.ParseLevel(settings.Level);
        var results = directory.Search(query, level, settings.Limit);
        if (settings.Format == "json")
        {
            JsonOut.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("query", query);
                w.WriteStartArray("results");
                foreach (var region in results)
                {
                    w.WriteStartObject();
                    RegionsJson.WriteRegion(w, region);
                    w.WriteStartArray("in");
                    foreach (var parent in directory.PathOf(region.Code).Reverse().Skip(1))
                    {
                        w.WriteStringValue(parent.Name);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return results.Count == 0 ? 1 : 0;
        }

        if (results.Count == 0)
        {
            Console.Error.WriteLine(T($"No region matches '{Clip(query)}'.", $"Tidak ada wilayah yang cocok dengan '{Clip(query)}'."));
            return 1;
        }

        var table = new Table().AddColumn(T("Code", "Kode")).AddColumn(T("Name", "Nama")).AddColumn(T("Level", "Tingkat")).AddColumn(T("In", "Di"));
        foreach (var region in results)
        {
            var within = directory.PathOf(region.Code).Reverse().Skip(1).Select(r => r.Name);
            table.AddRow(Markup.Escape(region.Code.ToString()), Markup.Escape(region.Name), Markup.Escape(RegionsJson.Describe(region)), Markup.Escape(string.Join(", ", within)));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}

/// <summary>Shared region wording and JSON.</summary>
internal static class RegionsJson
{
    public static void WriteRegion(Utf8JsonWriter w, Region region)
    {
        w.WriteString("code", region.Code.ToString());
        w.WriteString("name", region.Name);
        w.WriteString("level", region.Level.ToString().ToLowerInvariant());
    }

    public static string Describe(Region region) => region.Level switch
    {
        RegionLevel.Province => T("province", "provinsi"),
        RegionLevel.Regency => region.Code.IsCity ? T("city (kota)", "kota") : T("regency (kabupaten)", "kabupaten"),
        RegionLevel.District => T("district (kecamatan)", "kecamatan"),
        _ => region.Code.VillageKind switch
        {
            VillageKind.Kelurahan => T("village (kelurahan)", "kelurahan"),
            VillageKind.DesaAdat => T("village (desa adat)", "desa adat"),
            _ => T("village (desa)", "desa"),
        },
    };

    public static string ChildNoun(RegionLevel level, int count) => (level, count == 1) switch
    {
        (RegionLevel.Province, true) => T("regency or city", "kabupaten/kota"),
        (RegionLevel.Province, false) => T("regencies and cities", "kabupaten/kota"),
        (RegionLevel.Regency, _) => T(count == 1 ? "district" : "districts", "kecamatan"),
        _ => T(count == 1 ? "village" : "villages", "desa/kelurahan"),
    };

    public static RegionLevel? ParseLevel(string text) => text.Trim().ToUpperInvariant() switch
    {
        "PROVINCE" or "PROVINSI" => RegionLevel.Province,
        "REGENCY" or "CITY" or "KABUPATEN" or "KOTA" => RegionLevel.Regency,
        "DISTRICT" or "KECAMATAN" => RegionLevel.District,
        "VILLAGE" or "DESA" or "KELURAHAN" => RegionLevel.Village,
        _ => null,
    };
}
