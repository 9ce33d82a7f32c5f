using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Cli.Tests;

/// <summary>A 1,000,000-row product CSV (about 240 MB), written once for the tests of this class.</summary>
public sealed class MillionRowFile : IDisposable
{
    public const int Rows = 1_000_000;
    public const int InvalidRows = 2_000;

    public MillionRowFile()
    {
        Path = TestFiles.TempPath("million-products.csv");
        using var writer = new StreamWriter(Path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("sku,title,description,materials,technique,price,currency,availability,stockQuantity,weight,dimensions,imageLinks,link,brand,hsCode,originRegion\n");
        string[] materials = ["wood", "textiles", "ceramics", "natural-fibre", "leather", "metal"];
        for (var i = 0; i < Rows; i++)
        {
            // The first rows have a zero price (IKM408), so problems are printed from the start.
            var price = i < InvalidRows ? 0 : 100_000 + (i % 900_000);
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"SKU-{i:D7},Produk kerajinan {i},Hand-made craft product {i} from Indonesia.,{materials[i % 6]},carving,{price},IDR,in stock,{i % 50},600 g,30 x 25 x 3 cm,https://shop.example.id/img/{i}.jpg,https://shop.example.id/p/{i},Brand {i % 100},4420.11,33.20\n"));
        }
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}

/// <summary>ikm validate in constant memory, and Ctrl+C with a partial summary.</summary>
public class LargeFileTests(MillionRowFile file) : IClassFixture<MillionRowFile>
{
    private const long MaxPeakBytes = 200L * 1024 * 1024;

    private static Process Start(params string[] args) => Start(false, args);

    // With defaultInterrupt, the child starts through python3, which sets SIGINT back to its default first:
    // a test run started in the background (nohup ... &) hands its children SIGINT ignored, and the .NET
    // runtime then never installs its Ctrl+C handler, so the signal would be lost, not handled.
    private static Process Start(bool defaultInterrupt, params string[] args)
    {
        var info = new ProcessStartInfo(defaultInterrupt ? "python3" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (defaultInterrupt)
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp('dotnet', ['dotnet'] + sys.argv[1:])");
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ikm.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        return Process.Start(info)!;
    }

    // The kernel's high-water mark of the process's resident memory (VmHWM), in bytes; -1 once it has exited.
    // Runs the tool to its end, reading its peak resident memory every 50 ms.
    private static async Task<(int ExitCode, string Output, string Errors, long Peak)> RunWatchingMemory(params string[] args)
    {
        Assert.True(OperatingSystem.IsLinux(), "the peak is read from /proc (Linux)");
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            await Task.Delay(50);
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr, peak);
    }

    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return -1;
    }

    [Fact]
    public async Task A_million_row_csv_validates_in_under_200_MB()
    {
        var (exitCode, output, errors, peak) = await RunWatchingMemory("validate", file.Path);
        Assert.Equal(1, exitCode);
        Assert.Contains($"{MillionRowFile.Rows} product records, {MillionRowFile.Rows - MillionRowFile.InvalidRows} valid, {MillionRowFile.InvalidRows} invalid", output);
        Assert.True(peak > 0, "no memory reading: " + errors);
        Assert.True(peak < MaxPeakBytes, $"peak resident memory {peak / (1024 * 1024)} MB");
    }

    [Fact]
    public async Task A_million_row_Meta_feed_streams_in_under_200_MB()
    {
        // Meta drops every item sharing an id; the tool finds those ids in a first read of the file and
        // then streams the products through the writer (holding them took about 1.9 KB per product).
        var output = TestFiles.TempPath("million-meta.csv");
        var (exitCode, _, errors, peak) = await RunWatchingMemory("feed", file.Path, "-m", "meta", "-o", output);
        try
        {
            Assert.Equal(1, exitCode); // The invalid rows are skipped.
            Assert.Contains($"Meta catalogue CSV feed: {MillionRowFile.Rows - MillionRowFile.InvalidRows} written, {MillionRowFile.InvalidRows} skipped", errors);
            Assert.True(peak > 0, "no memory reading: " + errors[^Math.Min(errors.Length, 500)..]);
            Assert.True(peak < MaxPeakBytes, $"peak resident memory {peak / (1024 * 1024)} MB");
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Ctrl_C_stops_cleanly_with_a_partial_summary()
    {
        using var process = Start(true, "validate", file.Path, "--format", "json");
        var stderr = process.StandardError.ReadToEndAsync();

        // Problems of the first rows are streamed: once output arrives, validation is under way.
        var reader = process.StandardOutput;
        var first = await reader.ReadLineAsync();
        Assert.NotNull(first);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var rest = await reader.ReadToEndAsync();
        await process.WaitForExitAsync();

        var errors = await stderr;
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}; stderr: {errors}; output ends: {(first + rest)[^Math.Min(400, (first + rest).Length)..]}");
        using var json = System.Text.Json.JsonDocument.Parse(first + rest);
        Assert.True(json.RootElement.GetProperty("interrupted").GetBoolean());
        var records = json.RootElement.GetProperty("records").GetInt32();
        Assert.InRange(records, 1, MillionRowFile.Rows - 1);
        Assert.Contains("interrupted:", errors);
    }
}
