using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace IkmDomain.PackageTests;

/// <summary>Packs the repository's packages once, with a version no other build uses.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "ikm-package-tests-" + Guid.NewGuid().ToString("N"));
        FeedDirectory = Path.Combine(WorkDirectory, "feed");
        Directory.CreateDirectory(FeedDirectory);
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Environment.ProcessId;

        foreach (var project in new[] { "src/IkmDomain/IkmDomain.csproj", "src/IkmDomain.Testing/IkmDomain.Testing.csproj", "src/IkmDomain.Cli/IkmDomain.Cli.csproj",
                     "src/IkmDomain.EntityFrameworkCore/IkmDomain.EntityFrameworkCore.csproj", "src/IkmDomain.AspNetCore/IkmDomain.AspNetCore.csproj" })
        {
            Dotnet.Run(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, project), "-c", "Release", "-o", FeedDirectory,
                "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true", "-nologo");
        }
    }

    public string RepositoryRoot { get; }

    public string WorkDirectory { get; }

    public string FeedDirectory { get; }

    public string Version { get; }

    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(FeedDirectory, id + "." + Version + extension);

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IkmDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("IkmDomain.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Runs the dotnet CLI and fails with its whole output when it fails.</summary>
internal static class Dotnet
{
    public static string Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(600_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(' ', args) + " took more than 10 minutes");
        }

        var output = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited {process.ExitCode}:\n{output}");
        }

        return output;
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "packages";
}
