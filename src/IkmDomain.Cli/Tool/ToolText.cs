using System;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// The language of the tool's own messages: English by default, Indonesian with <c>--lang id</c>
/// (read from the command line before parsing, so parse errors are translated too).
/// </summary>
internal static class ToolText
{
    /// <summary>Whether the messages are in Indonesian.</summary>
    public static bool Indonesian { get; set; }

    /// <summary>The English or the Indonesian text.</summary>
    public static string T(string english, string indonesian) => Indonesian ? indonesian : english;

    /// <summary>Finds <c>--lang id</c> (or <c>--lang=id</c>) among the arguments.</summary>
    public static void ReadLanguage(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (value is not null)
            {
                Indonesian = value.Trim().Equals("id", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>Cuts a value to at most <paramref name="max"/> characters for a message (a 5 MB header is not echoed whole).</summary>
    public static string Clip(string? text, int max = 80)
    {
        if (text is null)
        {
            return "";
        }

        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max), "… (", flat.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), T(" characters)", " karakter)"));
    }
}
