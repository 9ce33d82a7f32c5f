namespace IkmDomain.Cli.Tests;

public class RegionsCommandTests
{
    [Fact]
    public void Code_shows_the_region_its_path_and_children_count()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "show", "35.73");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Kota Malang", stdout);
        Assert.Contains("Jawa Timur", stdout);
        Assert.Contains("5 districts", stdout);
    }

    [Fact]
    public void Compact_village_code_shows_the_village_kind()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "show", "3573011001");

        Assert.True(exit == 0, stderr);
        Assert.Contains("35.73.01.1001", stdout);
        Assert.Contains("kelurahan", stdout);
    }

    [Fact]
    public void Unknown_code_exits_1_and_says_so()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "show", "35.99");

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Malformed_code_exits_2_naming_the_bad_part()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "show", "35.00");

        Assert.Equal(2, exit);
        Assert.Contains("regency part '00'", stderr);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Search_lists_Kabupaten_and_Kota_Malang_first()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "search", "malang", "--limit", "2");

        Assert.True(exit == 0, stderr);
        Assert.Contains("35.07", stdout);
        Assert.Contains("35.73", stdout);
        Assert.DoesNotContain("33.06.02.2005", stdout);
    }

    [Fact]
    public void Search_level_option_filters_by_level()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "search", "malang", "--level", "village", "-n", "3");

        Assert.True(exit == 0, stderr);
        Assert.Contains("village", stdout);
        Assert.DoesNotContain("35.07 ", stdout);
    }

    [Fact]
    public void Search_with_several_words_joins_them()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "search", "Kota", "Malang", "-n", "1");

        Assert.True(exit == 0, stderr);
        Assert.Contains("35.73", stdout);
        Assert.DoesNotContain("35.07", stdout);
    }

    [Fact]
    public void Search_without_matches_exits_1()
    {
        var (exit, _, stderr) = ToolRunner.Run("regions", "search", "zzqxw");

        Assert.Equal(1, exit);
        Assert.Contains("No region matches", stderr);
    }

    [Fact]
    public void Unknown_level_is_rejected()
    {
        var (exit, _, stderr) = ToolRunner.Run("regions", "search", "malang", "--level", "planet");

        Assert.Equal(2, exit);
        Assert.Contains("--level", stderr);
    }

    [Fact]
    public void Search_with_format_json_prints_parsable_json()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "search", "malang", "--format", "json", "--limit", "2");

        Assert.True(exit == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(2, results.GetArrayLength());
        Assert.Equal("35.07", results[0].GetProperty("code").GetString());
        Assert.Equal("Jawa Timur", results[0].GetProperty("in")[0].GetString());
    }

    [Fact]
    public void Show_with_format_json_prints_the_path_and_children()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "show", "35.73", "--format", "json");

        Assert.True(exit == 0, stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.Equal("Kota Malang", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("children").GetInt32());
    }
}
