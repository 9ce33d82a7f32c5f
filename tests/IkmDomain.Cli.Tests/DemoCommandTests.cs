using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace IkmDomain.Cli.Tests;

/// <summary>ikm demo: the main job on the embedded sample, as a newcomer runs it.</summary>
public class DemoCommandTests
{
    private static readonly string OutDir = Path.GetDirectoryName(TestFiles.TempPath("x"))!;
    private static readonly (int Exit, string StdOut, string StdErr) Demo = ToolRunner.Run("demo", "--out", OutDir);

    [Fact]
    public void Demo_exits_0_and_writes_into_the_out_folder()
    {
        Assert.True(Demo.Exit == 0, Demo.StdOut + Demo.StdErr);
        Assert.True(File.Exists(Path.Combine(OutDir, "products.csv")));
        Assert.True(File.Exists(Path.Combine(OutDir, "businesses.json")));
        Assert.Empty(Directory.GetFiles(OutDir, "*.tmp"));
    }

    [Fact]
    public void The_sample_is_realistic_50_businesses_in_10_provinces_500_products_of_every_material()
    {
        using var businesses = JsonDocument.Parse(File.ReadAllText(Path.Combine(OutDir, "businesses.json")));
        var regions = businesses.RootElement.EnumerateArray().Select(b => b.GetProperty("region").GetString()!).ToList();
        Assert.True(regions.Count >= 50);
        Assert.True(regions.Select(r => r[..2]).Distinct().Count() >= 10);

        var rows = File.ReadAllLines(Path.Combine(OutDir, "products.csv")).Skip(1).ToList();
        Assert.True(rows.Count >= 500);
        Assert.Contains(rows, r => r.Contains(",USD,"));
        var (exit, stdout, _) = ToolRunner.Run("validate", Path.Combine(OutDir, "products.csv"), "--format", "json");
        Assert.Equal(1, exit); // some invalid on purpose
        using var report = JsonDocument.Parse(stdout);
        Assert.InRange(report.RootElement.GetProperty("invalid").GetInt32(), 1, rows.Count / 10);
        Assert.Contains("14 materials", Demo.StdOut);
    }

    [Fact]
    public void Demo_summarises_validation_by_rule_code()
    {
        Assert.Contains("560 records (14 materials, prices in IDR + USD): 531 valid, 29 invalid on purpose.", Demo.StdOut);
        Assert.Contains("IKM130", Demo.StdOut);
        Assert.Contains("IKM408", Demo.StdOut);
        Assert.Contains("60 records (17 provinces)", Demo.StdOut);
    }

    [Fact]
    public void Demo_writes_every_feed_CraftProduct_has()
    {
        // The marketplaces ikm feed offers are those with a generated writer; the demo writes each of them.
        var (_, _, offered) = ToolRunner.Run("feed", "x.csv", "--marketplace", "nope");
        var list = offered[(offered.IndexOf("one of ", System.StringComparison.Ordinal) + 7)..offered.IndexOf(", not", System.StringComparison.Ordinal)];
        foreach (var marketplace in list.Split(", "))
        {
            Assert.NotEmpty(Directory.GetFiles(OutDir, marketplace + ".*"));
        }

        // The 531 valid products less the 48 preorder ones without an availability date, which Google rejects.
        var tsv = File.ReadAllLines(Path.Combine(OutDir, "google.tsv"));
        Assert.Equal(484, tsv.Length); // header and 483 products
        var xml = XDocument.Load(Path.Combine(OutDir, "google.xml"));
        Assert.Equal(483, xml.Descendants("item").Count());
        Assert.Equal(531, File.ReadAllLines(Path.Combine(OutDir, "meta.tsv")).Length - 1);
    }

    [Fact]
    public void Demo_feeds_hold_what_ikm_feed_writes_from_the_same_file()
    {
        // Was: the demo wrote every valid product into the Google feeds (531), ikm feed the Google-ready ones (483).
        var (_, feed, stderr) = ToolRunner.Run("feed", Path.Combine(OutDir, "products.csv"), "--marketplace", "google");

        Assert.Contains("483 written, 77 skipped", stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(OutDir, "google.tsv")), feed);
        Assert.Contains("│ Google Merchant TSV │   483 │      48 │", Demo.StdOut);
    }

    [Fact]
    public void Demo_shows_export_growth_and_cagr_and_draws_the_chart()
    {
        Assert.Contains("CAGR 2016-2022: 4.07 %", Demo.StdOut);
        Assert.Contains("12.11 %", Demo.StdOut);
        var svg = XDocument.Load(Path.Combine(OutDir, "exports.svg"));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
    }

    [Fact]
    public void Demo_ends_with_the_files_and_the_next_commands()
    {
        Assert.Contains("4. Files and next steps", Demo.StdOut);
        Assert.Contains("ikm validate " + Path.Combine(OutDir, "products.csv"), Demo.StdOut);
        Assert.Contains("exports.svg", Demo.StdOut);
    }

    [Fact]
    public void Demo_runs_twice_into_the_same_folder()
    {
        var (exit, _, stderr) = ToolRunner.Run("demo", "--out", OutDir);

        Assert.True(exit == 0, stderr);
    }

    [Fact]
    public void Demo_in_Indonesian()
    {
        var dir = Path.GetDirectoryName(TestFiles.TempPath("x"))!;
        var (exit, stdout, _) = ToolRunner.Run("demo", "--out", dir, "--lang", "id");

        Assert.Equal(0, exit);
        Assert.Contains("sengaja tidak valid", stdout);
        Assert.Contains("pemisah ribuan", stdout);
    }

    [Fact]
    public void Demo_into_an_unwritable_place_exits_2()
    {
        var file = TestFiles.Write("not-a-folder", "x");
        var (exit, _, stderr) = ToolRunner.Run("demo", "--out", file);

        Assert.Equal(2, exit);
        Assert.Contains("not-a-folder", stderr);
    }

    [Fact]
    public void Unknown_command_fails_with_exit_2()
    {
        var (exit, _, _) = ToolRunner.Run("no-such-command");

        Assert.Equal(2, exit);
    }
}
