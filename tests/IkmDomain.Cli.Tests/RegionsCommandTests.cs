namespace IkmDomain.Cli.Tests;

public class RegionsCommandTests
{
    [Fact]
    public void Code_shows_the_region_its_path_and_children_count()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "35.73");

        Assert.True(exit == 0, stderr);
        Assert.Contains("Kota Malang", stdout);
        Assert.Contains("Jawa Timur", stdout);
        Assert.Contains("5 districts", stdout);
    }

    [Fact]
    public void Compact_village_code_shows_the_village_kind()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "3573011001");

        Assert.True(exit == 0, stderr);
        Assert.Contains("35.73.01.1001", stdout);
        Assert.Contains("kelurahan", stdout);
    }

    [Fact]
    public void Unknown_code_exits_1_and_says_so()
    {
        var (exit, stdout, _) = ToolRunner.Run("regions", "35.99");

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", stdout);
    }

    [Fact]
    public void Malformed_code_exits_2_naming_the_bad_part()
    {
        var (exit, stdout, _) = ToolRunner.Run("regions", "35.00");

        Assert.Equal(2, exit);
        Assert.Contains("regency part '00'", stdout);
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
        var (exit, stdout, _) = ToolRunner.Run("regions", "search", "zzqxw");

        Assert.Equal(1, exit);
        Assert.Contains("No region matches", stdout);
    }

    [Fact]
    public void Unknown_level_is_rejected()
    {
        var (exit, _, _) = ToolRunner.Run("regions", "search", "malang", "--level", "planet");

        Assert.NotEqual(0, exit);
    }
}
