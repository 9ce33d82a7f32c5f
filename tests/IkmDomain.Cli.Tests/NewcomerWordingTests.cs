using System.Linq;
using System.Text.Json;

namespace IkmDomain.Cli.Tests;

/// <summary>
/// A newcomer's commands (issue of round 2): every message the tool prints is about what the user typed or wrote in
/// the file, in the tool's words (its options, the file's position and rule), never a .NET or API message.
/// </summary>
public class NewcomerWordingTests
{
    [Theory]
    [InlineData("nib,name\n8120000123456,X\n", "business", new[] { "legalForm", "kbliCodes", "region", "streetAddress" })]
    [InlineData("name,price\nX,100\nY,200\n", "export", new[] { "period", "partner", "value", "source" })]
    [InlineData("name,price\nX,100\nY,200\n", "sentra", new[] { "id", "village", "mainCommodity" })]
    [InlineData("nib,name\n", "business", new[] { "legalForm", "kbliCodes", "region", "streetAddress" })]
    public void Every_missing_required_column_is_reported_once_from_the_header(string csv, string kind, string[] missing)
    {
        var path = TestFiles.Write("missing-" + kind + ".csv", csv);

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--kind", kind, "--format", "json");

        Assert.True(exit == 1, stdout + stderr);
        using var report = JsonDocument.Parse(stdout);
        var required = report.RootElement.GetProperty("errors").EnumerateArray().Where(e => e.GetProperty("code").GetString() == "IKM001").ToList();
        Assert.Equal(missing.OrderBy(m => m), required.Select(e => e.GetProperty("property").GetString()).OrderBy(m => m));
        Assert.All(required, e => Assert.Equal(1, e.GetProperty("line").GetInt32()));
        Assert.DoesNotContain("Value cannot be null", stdout);
        Assert.DoesNotContain("Parameter", stdout);
    }

    [Fact]
    public void A_JSON_record_names_every_missing_member_not_only_the_first()
    {
        var path = TestFiles.Write("biz.json", "[{\"nib\":\"8120000123456\",\"name\":\"X\"}]");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--kind", "business");

        Assert.Equal(1, exit);
        foreach (var member in new[] { "legalForm", "kbliCodes", "region", "streetAddress" })
        {
            Assert.Contains($"{member}: error IKM001", stdout);
        }
    }

    [Theory]
    [InlineData("Rp 1.250.000,505", "1.250.000,51", "1250000505")]
    [InlineData("Rp 1,250", "the ','", "the '.'")]
    [InlineData("USD 1.2345", "1.23", "thousands")]
    public void Money_advice_is_about_what_the_user_typed(string text, string expected, string wrong)
    {
        var (exit, _, stderr) = ToolRunner.Run("money", text);

        Assert.Equal(1, exit);
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain(wrong, stderr);
    }

    [Fact]
    public void Money_with_a_decimal_comma_points_to_the_culture_option_not_the_API()
    {
        var (exit, _, stderr) = ToolRunner.Run("money", "IDR 1,5");
        var (ok, stdout, _) = ToolRunner.Run("money", "IDR 1,5", "--culture", "id-ID", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Contains("--culture id-ID", stderr);
        Assert.DoesNotContain("IndonesianFormat", stderr);
        Assert.DoesNotContain("provider", stderr);
        Assert.Equal(0, ok);
        Assert.Contains("\"amount\": \"1.5\"", stdout);
    }

    [Fact]
    public void Truncated_Comtrade_JSON_is_one_line_with_its_position_and_exit_2()
    {
        var path = TestFiles.Write("trunc.json", "{\"data\":[{\"period\":\"2023\",\"reporterCode\":360,\"partnerCode\":842,\"flowCode\":\"X\",\"cmdCode\":\"442011\",\"primaryValue\":1000000},{\"period\":");

        var (exit, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("trunc.json: not valid JSON at line 1", stderr);
        Assert.DoesNotContain("LineNumber", stderr);
        Assert.DoesNotContain("Expected depth", stderr);
    }

    [Fact]
    public void A_CSV_read_as_JSON_is_told_as_such()
    {
        var path = TestFiles.Write("big.csv", "\uFEFFperiod,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2023,360,842,X,442011,1000000\n");

        var (exit, _, stderr) = ToolRunner.Run("stats", path, "--input-format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("not JSON", stderr);
        Assert.Contains("--input-format csv", stderr);
        Assert.DoesNotContain("0xEF", stderr);
    }

    [Fact]
    public void A_money_object_with_both_members_gets_the_library_reason()
    {
        var path = TestFiles.Write("p.json", "[{\"sku\":\"A\",\"price\":{\"amount\":1e-29,\"currency\":\"IDR\"}}]");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("needs amount and currency", stdout);
        Assert.Contains("1e-29", stdout);
    }

    [Theory]
    [InlineData("en", "whole grams")]
    [InlineData("id", "gram bulat")]
    public void An_Indonesian_weight_is_reported_as_written_with_the_whole_grams_rule(string lang, string rule)
    {
        const string Header = "sku;title;description;materials;price;currency;stockQuantity;weight;dimensions;imageLinks;link;brand";
        var path = TestFiles.Write("berat.csv", Header + "\nA-1;Meja jati;Meja kayu jati ukir;wood;1.250.000;IDR;3;1.200,5 g;30 x 20 x 10 cm;https://mebel.example.id/a.jpg;https://mebel.example.id/a;Jepara Ukir\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--format", "json", "--lang", lang);

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(stdout);
        var error = report.RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("1.200,5 g", error.GetProperty("value").GetString());
        Assert.Contains(rule, error.GetProperty("message").GetString());
        Assert.DoesNotContain("'.' for decimals", error.GetProperty("message").GetString());
        Assert.DoesNotContain("'.' untuk desimal", error.GetProperty("message").GetString());
    }
}

/// <summary>Option handling a newcomer tripped over: every mistake is one line naming the command as typed.</summary>
public class NewcomerOptionTests
{
    [Fact]
    public void Lang_at_the_top_level_shows_the_help_instead_of_failing()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("--lang", "id");

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("Unexpected option", stderr);
        Assert.Contains("validate", stdout);
    }

    [Theory]
    [InlineData(new[] { "regions", "--bogus" }, "ikm regions")]
    [InlineData(new[] { "regions", "show", "35.73", "extra" }, "ikm regions show does not take 'extra'")]
    [InlineData(new[] { "demo", "extra-arg" }, "ikm demo does not take 'extra-arg'")]
    [InlineData(new[] { "stats", "--top", "0" }, "--top must be at least 1")]
    [InlineData(new[] { "validate", "x.csv", "--delimiter", "|" }, "--delimiter must be ',', ';' or tab")]
    public void A_usage_mistake_is_one_line_naming_the_command(string[] args, string expected)
    {
        var (exit, _, stderr) = ToolRunner.Run(args);

        Assert.Equal(2, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(expected, stderr);
        Assert.DoesNotContain("Could not match", stderr);
        Assert.DoesNotContain("unknown command", stderr);
    }
}
