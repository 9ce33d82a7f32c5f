using System;
using System.IO;

namespace IkmDomain.Cli.Tests;

/// <summary>The repository's sample files, and scratch files for bad input.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "samples", "products.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("samples/products.json not found above " + AppContext.BaseDirectory);
    });

    public static string Sample(string name) => Path.Combine(Root.Value, "samples", name);

    public static string Write(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ikm-cli-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static string TempPath(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ikm-cli-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name);
    }
}
