using System.Linq;

namespace IkmDomain.Cli.Tests;

/// <summary>--help everywhere, strict option parsing, "did you mean" hints.</summary>
public class HelpAndOptionsTests
{
    private static readonly string[] Commands = ["demo", "validate", "feed", "money", "regions", "stats"];

    public static TheoryData<string[]> HelpInvocations()
    {
        var data = new TheoryData<string[]> { new[] { "--help" }, new[] { "-h" }, System.Array.Empty<string>() };
        foreach (var command in Commands)
        {
            data.Add([command, "--help"]);
            data.Add([command, "-h"]);
        }

        data.Add(["regions", "show", "--help"]);
        data.Add(["regions", "search", "-h"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(HelpInvocations))]
    public void Help_exits_0_without_errors(string[] args)
    {
        var (exit, stdout, stderr) = ToolRunner.Run(args);

        Assert.True(exit == 0, $"ikm {string.Join(' ', args)}: exit {exit}: {stderr}");
        Assert.DoesNotContain("error:", stdout + stderr);
        Assert.Contains("USAGE:", stdout);
    }

    [Fact]
    public void Tool_help_lists_every_command()
    {
        var (_, stdout, _) = ToolRunner.Run("--help");

        foreach (var command in Commands)
        {
            Assert.Contains("    " + command, stdout);
        }
    }

    [Fact]
    public void Regions_help_lists_its_sub_commands()
    {
        var (_, stdout, _) = ToolRunner.Run("regions", "--help");

        Assert.Contains("show <CODE>", stdout);
        Assert.Contains("search <NAME>", stdout);
    }

    [Fact]
    public void Help_shows_bracketed_text_literally()
    {
        var (_, stdout, _) = ToolRunner.Run("validate", "--help");

        Assert.Contains("[--lang id]", stdout);
    }

    [Theory]
    [InlineData("feed", "x.csv", "--formt", "xml", "--formt", "--format")]
    [InlineData("validate", "x.csv", "--knd", "product", "--knd", "--kind")]
    [InlineData("regions", "search", "--limt", "3", "--limt", "--limit")]
    [InlineData("demo", "--ot", "dir", "", "--ot", "--out")]
    public void Misspelled_option_exits_2_naming_it_and_the_nearest(string a, string b, string c, string d, string typed, string nearest)
    {
        string[] args = d.Length == 0 ? [a, b, c] : [a, b, c, d];
        var (exit, stdout, stderr) = ToolRunner.Run(args);

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(typed, line);
        Assert.Contains($"did you mean {nearest}?", line);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void Misspelled_command_names_the_nearest_command()
    {
        var (exit, _, stderr) = ToolRunner.Run("valdate", "x.csv");

        Assert.Equal(2, exit);
        Assert.Contains("did you mean validate?", stderr);
    }

    [Fact]
    public void Bad_number_exits_2_naming_the_option()
    {
        var (exit, _, stderr) = ToolRunner.Run("regions", "search", "malang", "--limit", "many");

        Assert.Equal(2, exit);
        Assert.Contains("--limit", stderr);
        Assert.Contains("'many'", stderr);
    }

    [Fact]
    public void Bad_value_names_the_nearest_allowed_value()
    {
        var (exit, _, stderr) = ToolRunner.Run("regions", "search", "malang", "--format", "jsn");

        Assert.Equal(2, exit);
        Assert.Contains("did you mean json?", stderr);
    }

    [Fact]
    public void Parse_errors_are_in_Indonesian_with_lang_id()
    {
        var (exit, _, stderr) = ToolRunner.Run("feed", "x.csv", "--formt", "xml", "--lang", "id");

        Assert.Equal(2, exit);
        Assert.Contains("maksud Anda --format?", stderr);
    }

    [Fact]
    public void Tool_and_regions_help_show_lang()
    {
        var (_, tool, _) = ToolRunner.Run("--help");
        var (_, regions, _) = ToolRunner.Run("regions", "--help");
        var (_, indonesian, _) = ToolRunner.Run("--help", "--lang", "id");

        Assert.Contains("--lang <LANG>", tool);
        Assert.Contains("en (English, default) or id (Bahasa Indonesia)", tool);
        Assert.Contains("Every command takes --lang <LANG>", regions);
        Assert.Contains("Setiap perintah menerima --lang", indonesian);
    }

    [Theory]
    [InlineData("show")]
    [InlineData("search")]
    public void Regions_sub_commands_list_lang_and_read_it(string sub)
    {
        var (_, help, _) = ToolRunner.Run("regions", sub, "--help");
        var (exit, stdout, stderr) = sub == "show" ? ToolRunner.Run("regions", "show", "35.73", "--lang", "id") : ToolRunner.Run("regions", "search", "malang", "--lang", "id");

        Assert.Contains("--lang <LANG>", help);
        Assert.True(exit == 0, stderr);
        Assert.Contains(sub == "show" ? "Tingkat" : "Kota Malang", stdout);
    }

    [Fact]
    public void Every_command_has_lang()
    {
        foreach (var command in Commands.Where(c => c != "regions"))
        {
            var (_, stdout, _) = ToolRunner.Run(command, "--help");
            Assert.Contains("--lang <LANG>", stdout);
        }
    }

    [Fact]
    public void A_missing_argument_exits_2_naming_it_in_the_chosen_language()
    {
        var (exit, _, stderr) = ToolRunner.Run("validate");
        var (idExit, _, idErr) = ToolRunner.Run("validate", "--lang", "id");

        Assert.Equal(2, exit);
        Assert.Contains("ikm validate needs FILE", stderr);
        Assert.Equal(2, idExit);
        Assert.Contains("ikm validate memerlukan FILE", idErr);
    }

    [Fact]
    public void Feed_help_lists_the_writers_CraftProduct_has()
    {
        var (_, stdout, _) = ToolRunner.Run("feed", "--help");

        Assert.Contains("Writers CraftProduct has: google tsv, google xml", stdout.ReplaceLineEndings(" "));
    }
}
