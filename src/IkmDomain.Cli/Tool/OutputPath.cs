using System;
using System.IO;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Tool;

/// <summary>Checks a file the tool is about to write, before any work, so the user hears about a typo at once.</summary>
internal static class OutputPath
{
    /// <summary>
    /// Throws when <paramref name="path"/> is a folder, or its folder does not exist (the tool creates files, not
    /// folders: <c>ikm demo --out</c> is the one exception, and says so).
    /// </summary>
    /// <param name="path">The file to write, as given.</param>
    /// <param name="option">The option that named it (<c>--chart</c>), for the message.</param>
    /// <exception cref="ToolException">The file cannot be written there (exit 2).</exception>
    public static void Check(string path, string option)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ToolException(T($"{option} {path}: not a usable file name: ", $"{option} {path}: nama berkas tidak dapat dipakai: ") + Clip(ex.Message, 200));
        }

        if (path.Length == 0 || Directory.Exists(full) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
        {
            throw new ToolException(T(
                $"{option} {path}: is a folder; give a file name such as {Path.Combine(path, "exports.svg")}.",
                $"{option} {path}: adalah folder; beri nama berkas seperti {Path.Combine(path, "exports.svg")}."));
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ToolException(T(
                $"{option} {path}: the folder {folder} does not exist (create it first).",
                $"{option} {path}: folder {folder} tidak ada (buat dulu)."));
        }
    }
}
