using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IkmDomain.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// The <c>ikm</c> command line: strict parsing (an unknown option or a bad value is exit 2 with one
/// line naming it and the nearest valid option), every description escaped for Spectre markup.
/// Exit codes: 0 success, 1 the input has errors, 2 bad usage or an unreadable/unwritable file,
/// 70 a bug in ikm, 130 interrupted (Ctrl+C).
/// </summary>
internal static partial class ToolApp
{
    /// <summary>Exit code for bad usage or a file that cannot be read or written.</summary>
    public const int Usage = 2;

    /// <summary>Every command as typed, with its settings type (for "did you mean" hints).</summary>
    internal static readonly (string Path, Type Settings, string Description)[] Commands =
    [
        ("demo", typeof(DemoCommand.Settings), "Run the main job on an embedded sample: validate, write every feed, export statistics and a chart. ikm demo [--out DIR]"),
        ("validate", typeof(ValidateCommand.Settings), "Validate a CSV or JSON file of products, businesses, sentra or export records, streaming: ikm validate products.csv [--format json] [--lang id]"),
        ("feed", typeof(FeedCommand.Settings), "Write a marketplace feed of the products in a CSV or JSON file: ikm feed products.csv --marketplace google -o feed.tsv. Writers CraftProduct has: " + string.Join(", ", FeedWriters.Writers.Select(w => w.MarketplaceName + " " + w.FormatName)) + "."),
        ("money", typeof(MoneyCommand.Settings), "Parse money text, show its canonical and Indonesian forms, convert it: ikm money \"Rp1,3 miliar\" --to USD --rate 0.0000615"),
        ("regions show", typeof(RegionsShowCommand.Settings), "Show a region by its Kemendagri code: ikm regions show 35.73"),
        ("regions search", typeof(RegionsSearchCommand.Settings), "Search regions by name: ikm regions search malang [--level regency] [--format json]"),
        ("stats", typeof(StatsCommand.Settings), "Handicraft export statistics (growth, CAGR): the published figures or a UN Comtrade file, with an SVG chart: ikm stats [FILE] [--chart FILE.svg]"),
    ];

    private static string Describe(string path) => Markup.Escape(Commands.Single(c => c.Path == path).Description);

    public static async Task<int> RunAsync(string[] args)
    {
        ToolText.ReadLanguage(args);
        if (BadLoneLanguage(args) is { } badLanguage)
        {
            await Console.Error.WriteLineAsync(ToolText.T("error: ", "galat: ") + badLanguage).ConfigureAwait(false);
            return Usage;
        }

        args = WithoutLoneLanguage(args);
        if (WithoutLanguage(args) is ["regions"] or ["regions", "--help" or "-h"])
        {
            // "ikm regions" alone shows its help, as "ikm" alone does (Spectre would add exit 1 to the same text); the
            // branch has no settings of its own, so a --lang there (already read) is dropped, not refused as unknown.
            args = ["regions", "--help"];
        }

        args = WithStandardInput(args);
        if (MissingValue(args) is { } missing)
        {
            await Console.Error.WriteLineAsync(ToolText.T("error: ", "galat: ") + missing).ConfigureAwait(false);
            return Usage;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("ikm");
            config.SetApplicationVersion(Version);
            config.UseStrictParsing();
            config.SetHelpProvider(new ToolHelp(config.Settings));
            config.PropagateExceptions();
            config.CancellationExitCode(130);
            config.AddCommand<DemoCommand>("demo").WithDescription(Describe("demo"));
            config.AddCommand<ValidateCommand>("validate").WithDescription(Describe("validate"));
            config.AddCommand<FeedCommand>("feed").WithDescription(Describe("feed"));
            config.AddCommand<MoneyCommand>("money").WithDescription(Describe("money"));
            config.AddBranch("regions", regions =>
            {
                regions.SetDescription(Markup.Escape("Indonesian regions (Kemendagri codes): ikm regions show CODE | ikm regions search NAME"));
                regions.AddCommand<RegionsShowCommand>("show").WithDescription(Describe("regions show"));
                regions.AddCommand<RegionsSearchCommand>("search").WithDescription(Describe("regions search"));
            });
            config.AddCommand<StatsCommand>("stats").WithDescription(Describe("stats"));
        });

        // Ctrl+C cancels the command's token (a command stops cleanly, with a partial summary); a second Ctrl+C ends the process.
        using var interrupt = new System.Threading.CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };

        try
        {
            return await app.RunAsync(args, interrupt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync(ToolText.T("interrupted.", "dihentikan.")).ConfigureAwait(false);
            return 130;
        }
        catch (CommandAppException ex)
        {
            await Console.Error.WriteLineAsync(ToolText.T("error: ", "galat: ") + Explain(ex, args)).ConfigureAwait(false);
            return Usage;
        }
        catch (ToolException ex)
        {
            await Console.Error.WriteLineAsync(ToolText.T("error: ", "galat: ") + ex.Message).ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("IKM_DEBUG") != "1")
        {
            // A bug in ikm, not in the input: say what happened without a stack trace (IKM_DEBUG=1 shows it).
            await Console.Error.WriteLineAsync(ToolText.T(
                $"error: unexpected {ex.GetType().Name}: {ToolText.Clip(ex.Message, 200)} (set IKM_DEBUG=1 for details)",
                $"galat: {ex.GetType().Name} tak terduga: {ToolText.Clip(ex.Message, 200)} (IKM_DEBUG=1 untuk rinciannya)")).ConfigureAwait(false);
            return 70;
        }
    }

    /// <summary>One line for a parse or settings error, naming the nearest valid option or command.</summary>
    internal static string Explain(CommandAppException ex, string[] args)
    {
        var message = ex.Message.ReplaceLineEndings(" ").Trim();
        var quoted = QuotedRegex().Match(message) is { Success: true } m ? m.Groups[1].Value : null;
        var command = FindCommand(args);
        if (message.StartsWith("Option does not have a name", StringComparison.Ordinal))
        {
            // A lone '-': standard input is read only in the place of FILE (ikm validate -), not as an option's value.
            return ToolText.T(
                "'-' is not understood here: it stands for standard input only in the place of the input file (cat products.csv | ikm validate -); give a file name.",
                "'-' tidak dipahami di sini: '-' berarti masukan standar hanya sebagai berkas masukan (cat products.csv | ikm validate -); beri nama berkas.");
        }

        if ((message.StartsWith("Unknown option", StringComparison.Ordinal) || message.StartsWith("Unexpected option", StringComparison.Ordinal)) && quoted is not null)
        {
            // "Unexpected option" is Spectre's word for an unknown option before any command (ikm --frob).
            var typed = (quoted.Length == 1 ? "-" : "--") + quoted;
            var options = command is null ? ["--help", "--version", "--lang"] : OptionsOf(command.Value.Settings);
            var nearest = Suggest.Nearest(typed, options);
            var where = Where(command, args);
            return ToolText.T(
                $"unknown option {typed} for {where}" + (nearest is null ? $"; see {where} --help." : $" (did you mean {nearest}?)"),
                $"opsi {typed} tidak dikenal untuk {where}" + (nearest is null ? $"; lihat {where} --help." : $" (maksud Anda {nearest}?)"));
        }

        if (command is not null && quoted is not null && (message.StartsWith("Unknown command", StringComparison.Ordinal) || message.StartsWith("Could not match", StringComparison.Ordinal)))
        {
            // A word after a complete command ("ikm demo extra", "ikm regions show 35.73 extra").
            var where = "ikm " + command.Value.Path;
            return ToolText.T(
                $"{where} does not take '{ToolText.Clip(quoted)}' (one argument too many); see {where} --help.",
                $"{where} tidak menerima '{ToolText.Clip(quoted)}' (kelebihan argumen); lihat {where} --help.");
        }

        if (message.StartsWith("Unknown command", StringComparison.Ordinal) && quoted is not null)
        {
            var names = args.Length > 0 && args[0] == "regions" ? new[] { "show", "search" } : Commands.Select(c => c.Path.Split(' ')[0]).Distinct().ToArray();
            var nearest = Suggest.Nearest(quoted, names);
            return ToolText.T(
                $"unknown command '{ToolText.Clip(quoted)}'" + (nearest is null ? $"; commands: {string.Join(", ", names)}." : $" (did you mean {nearest}?)"),
                $"perintah '{ToolText.Clip(quoted)}' tidak dikenal" + (nearest is null ? $"; perintah: {string.Join(", ", names)}." : $" (maksud Anda {nearest}?)"));
        }

        if (message.Contains("missing required argument", StringComparison.Ordinal) && quoted is not null)
        {
            var argument = QuotedRegex().Matches(message) is { Count: > 1 } all ? all[1].Groups[1].Value : quoted;
            var where = Where(command, args);
            return ToolText.T($"{where} needs {argument}; see {where} --help.", $"{where} memerlukan {argument}; lihat {where} --help.");
        }

        if (message.StartsWith("Failed to convert", StringComparison.Ordinal) && quoted is not null)
        {
            var index = Array.IndexOf(args, quoted);
            var option = index > 0 && args[index - 1].StartsWith('-') ? args[index - 1] : ToolText.T("an option", "sebuah opsi");
            return ToolText.T($"{option}: '{ToolText.Clip(quoted)}' is not a valid value (a whole number is expected).", $"{option}: '{ToolText.Clip(quoted)}' bukan nilai yang sah (harus bilangan bulat).");
        }

        return ToolText.Clip(message, 300);
    }

    private static string[] WithoutLanguage(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang")
            {
                i++;
            }
            else if (!args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
            }
        }

        return rest.ToArray();
    }

    /// <summary>The tool's version: the package version (with the commit when built from a clone), for <c>ikm --version</c>.</summary>
    internal static string Version =>
        typeof(ToolApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ToolApp).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The commands whose first argument is an input file, where a lone <c>-</c> means standard input.</summary>
    private static readonly string[] FileCommands = ["validate", "feed", "stats"];

    /// <summary>
    /// <c>ikm validate -</c>: a lone <c>-</c> in the place of the input file reads standard input (as <c>/dev/stdin</c>,
    /// which the readers already take as a pipe). Spectre reads a lone <c>-</c> as an option without a name, so it is
    /// rewritten before parsing; elsewhere (an option's value, <c>ikm money -</c>) it is left for the parser. On Windows,
    /// which has no <c>/dev/stdin</c>, it is left too, and the parse error says what to do.
    /// </summary>
    internal static string[] WithStandardInput(string[] args)
    {
        if (OperatingSystem.IsWindows() || args.Length < 2 || !FileCommands.Contains(args[0]) || FindCommand(args) is not { } command)
        {
            return args;
        }

        var valued = ValueOptions(command.Settings);
        var result = (string[])args.Clone();
        for (var i = 1; i < result.Length; i++)
        {
            if (result[i] == "--")
            {
                break;
            }

            if (result[i] == "-" && !valued.ContainsKey(result[i - 1]))
            {
                result[i] = "/dev/stdin";
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// An option that needs a value but has none (<c>ikm feed x.csv -o</c>, <c>--channel-title --format xml</c>): one line
    /// naming it, or null. Spectre 0.57 does not refuse these: it gives the option the text "__default_command", so
    /// <c>-o</c> at the end of a line wrote the feed to a file of that name. Checked before parsing, for every command.
    /// A value may start with '-' only as a negative number (<c>--min-items-ratio -1</c> is then refused by its own rule).
    /// </summary>
    internal static string? MissingValue(string[] args)
    {
        var command = FindCommand(args);
        var valued = command is null ? new Dictionary<string, string>(StringComparer.Ordinal) { ["--lang"] = "LANG" } : ValueOptions(command.Value.Settings);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--")
            {
                break;
            }

            if (!valued.TryGetValue(args[i], out var valueName))
            {
                continue;
            }

            var next = i + 1 < args.Length ? args[i + 1] : null;
            var isValue = next is not null && (!next.StartsWith('-') || next == "-" || (next.Length > 1 && (char.IsAsciiDigit(next[1]) || next[1] == '.')));
            if (isValue)
            {
                i++;
                continue;
            }

            var where = Where(command, args);
            return ToolText.T(
                $"{args[i]} needs a value ({valueName}){(next is null ? "" : $", found the option {ToolText.Clip(next)}")}; see {where} --help.",
                $"{args[i]} memerlukan nilai ({valueName}){(next is null ? "" : $", ditemukan opsi {ToolText.Clip(next)}")}; lihat {where} --help.");
        }

        return null;
    }

    /// <summary><c>ikm --lang xx</c> with no command: the value is refused as a command's --lang would be, instead of showing the help.</summary>
    internal static string? BadLoneLanguage(string[] args)
    {
        if (ReferenceEquals(WithoutLoneLanguage(args), args))
        {
            return null; // no --lang, or one a command takes (and checks)
        }

        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (value is not null && value is not ("en" or "id"))
            {
                return ToolText.T($"--lang must be en or id, not '{ToolText.Clip(value)}'.", $"--lang harus en atau id, bukan '{ToolText.Clip(value)}'.");
            }
        }

        return null;
    }

    /// <summary>The options of a settings type that take a value (not flags), each name (long and short) with its value name.</summary>
    internal static Dictionary<string, string> ValueOptions(Type settings)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { ValueName: { } valueName, ValueIsOptional: false } option && property.PropertyType != typeof(bool))
            {
                foreach (var name in option.LongNames)
                {
                    names["--" + name] = valueName;
                }

                foreach (var name in option.ShortNames)
                {
                    names["-" + name] = valueName;
                }
            }
        }

        return names;
    }

    // "ikm regions" for the branch without a subcommand, "ikm" before any command.
    private static string Where((string Path, Type Settings, string Description)? command, string[] args) =>
        command is { } c ? "ikm " + c.Path : args.Length > 0 && args[0] == "regions" ? "ikm regions" : "ikm";

    /// <summary>
    /// <c>ikm --lang id</c> (no command): the language is read (ReadLanguage) and the option dropped, so the
    /// top level shows its help in that language; with a command, --lang stays for the command to take.
    /// </summary>
    internal static string[] WithoutLoneLanguage(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang")
            {
                i++;
                continue;
            }

            if (!args[i].StartsWith("--lang=", StringComparison.Ordinal))
            {
                rest.Add(args[i]);
            }
        }

        return rest.Count == args.Length || rest.Any(a => !a.StartsWith('-')) ? args : rest.ToArray();
    }

    private static (string Path, Type Settings, string Description)? FindCommand(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var two = args.Length > 1 ? args[0] + " " + args[1] : null;
        foreach (var c in Commands)
        {
            if (c.Path == args[0] || c.Path == two)
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>The long (and short) option names of a settings type, with --help.</summary>
    internal static IReadOnlyList<string> OptionsOf(Type settings)
    {
        var names = new List<string> { "--help" };
        foreach (var property in settings.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<CommandOptionAttribute>() is { } option)
            {
                names.AddRange(option.LongNames.Select(n => "--" + n));
            }
        }

        return names;
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedRegex();
}

/// <summary>A failure the user can act on (unreadable file, disk full): one line on stderr and an exit code.</summary>
internal sealed class ToolException(string message, int exitCode = ToolApp.Usage) : Exception(message)
{
    /// <summary>The exit code.</summary>
    public int ExitCode { get; } = exitCode;
}
