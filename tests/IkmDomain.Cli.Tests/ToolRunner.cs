using System;
using System.Diagnostics;
using System.IO;

namespace IkmDomain.Cli.Tests;

/// <summary>Runs the built <c>ikm</c> tool in its own process, as a user runs it.</summary>
internal static class ToolRunner
{
    public static (int ExitCode, string StdOut, string StdErr) Run(params string[] args) => RunWithInput(null, args);

    public static (int ExitCode, string StdOut, string StdErr) RunWithInput(string? stdin, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "ikm.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A wide, colourless console so tables are not wrapped or decorated with escape codes.
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        using var process = Process.Start(info)!;
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ikm " + string.Join(' ', args) + " did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
