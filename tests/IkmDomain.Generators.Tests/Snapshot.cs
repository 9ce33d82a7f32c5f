using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace IkmDomain.Generators.Tests;

/// <summary>
/// Hand-rolled snapshots: the expected text lives in <c>Snapshots/&lt;name&gt;.txt</c> beside this file.
/// Set <c>IKM_UPDATE_SNAPSHOTS=1</c> to rewrite them from the actual output (then review the diff).
/// </summary>
internal static partial class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        // The generator version changes with every release; it is not part of the snapshot.
        actual = VersionPattern().Replace(actual.Replace("\r\n", "\n", StringComparison.Ordinal), "GeneratedCode(\"IkmDomain.Generators\", \"VERSION\")");
        var path = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", name + ".txt");
        if (Environment.GetEnvironmentVariable("IKM_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No snapshot {path}; run with IKM_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [GeneratedRegex("GeneratedCode\\(\"IkmDomain.Generators\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
