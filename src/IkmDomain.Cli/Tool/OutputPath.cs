using System;
using System.IO;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Tool;

/// <summary>Checks a file the tool is about to write, before any work, so the user hears about a typo at once.</summary>
internal static class OutputPath
{
    /// <summary>Throws when <paramref name="path"/> is the file <paramref name="input"/> (by path or through a link).</summary>
    /// <exception cref="ToolException">Writing there would replace the input with the output (exit 2).</exception>
    public static void NotTheInput(string path, string option, string? input)
    {
        if (input is not null && SameFile(Path.GetFullPath(path), input))
        {
            throw new ToolException(T(
                $"{option} {path}: is the input file itself; writing there would replace your data with the output. Give another file name.",
                $"{option} {path}: adalah berkas masukan itu sendiri; menulis ke sana akan mengganti data Anda dengan keluaran. Beri nama berkas lain."));
        }
    }

    // The same file by full path, or by a link to it (the resolved target); case-sensitive as the file system is here.
    private static bool SameFile(string fullOutput, string input)
    {
        try
        {
            var inputFull = Path.GetFullPath(input);
            if (string.Equals(inputFull, fullOutput, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return true;
            }

            var target = new FileInfo(fullOutput).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullOutput;
            var source = new FileInfo(inputFull).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? inputFull;
            return string.Equals(target, source, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>
    /// Throws when <paramref name="path"/> is a folder, or its folder does not exist (the tool creates files, not
    /// folders: <c>ikm demo --out</c> is the one exception, and says so).
    /// </summary>
    /// <param name="path">The file to write, as given.</param>
    /// <param name="option">The option that named it (<c>--chart</c>), for the message.</param>
    /// <param name="what">What is written (<c>the chart</c>), for the message.</param>
    /// <param name="input">The command's input file, which the output must not replace (<c>ikm feed products.csv -o products.csv</c>), or null.</param>
    /// <exception cref="ToolException">The file cannot be written there (exit 2).</exception>
    public static void Check(string path, string option, string what, string? input = null)
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
                $"{option} {path}: cannot write {what}: it is a folder; give a file name such as {Path.Combine(path, "exports.svg")}.",
                $"{option} {path}: {what} tidak dapat ditulis: itu folder; beri nama berkas seperti {Path.Combine(path, "exports.svg")}."));
        }

        NotTheInput(path, option, input);
        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ToolException(T(
                $"{option} {path}: cannot write {what}: the folder {folder} does not exist (create it first).",
                $"{option} {path}: {what} tidak dapat ditulis: folder {folder} tidak ada (buat dulu)."));
        }
    }
}
