using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace IkmDomain.Cli.Tests;

/// <summary>The progress bar: on stderr when it is a terminal, never in pipes.</summary>
public class ProgressTests
{
    [Fact]
    public async Task A_terminal_gets_a_progress_bar_on_stderr()
    {
        // util-linux `script` runs the tool on a pseudo-terminal, as a user's shell does.
        var tool = Path.Combine(AppContext.BaseDirectory, "ikm.dll");
        var info = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-qc");
        info.ArgumentList.Add($"dotnet '{tool}' validate '{TestFiles.Sample("products.csv")}'");
        info.ArgumentList.Add("/dev/null");
        info.Environment.Remove("CI");
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Contains("] ", output);
        Assert.Contains("\r", output);
        Assert.Contains("3 product records, 3 valid", output);
    }

    [Fact]
    public void A_pipe_gets_no_progress_bar()
    {
        var (exit, _, stderr) = ToolRunner.Run("validate", TestFiles.Sample("products.csv"));

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
    }
}
