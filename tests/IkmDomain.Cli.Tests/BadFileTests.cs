using System.IO;
using System.Linq;
using System.Text;

namespace IkmDomain.Cli.Tests;

/// <summary>Files that are not CSV or JSON records: exit 2, one line on stderr naming the file, nothing on stdout.</summary>
public class BadFileTests
{
    private static void AssertOneLineError(int exit, string stdout, string stderr, string expected)
    {
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("unexpected", stderr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("feed")]
    public void Empty_file(string command)
    {
        var path = TestFiles.Write("empty.csv", "");

        var (exit, stdout, stderr) = ToolRunner.Run(command, path);

        AssertOneLineError(exit, stdout, stderr, "the file is empty");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("feed")]
    public void Binary_file(string command)
    {
        var path = TestFiles.TempPath("photo.csv");
        File.WriteAllBytes(path, Enumerable.Range(0, 4000).Select(i => (byte)(i * 7919 % 256)).ToArray());

        var (exit, stdout, stderr) = ToolRunner.Run(command, path);

        AssertOneLineError(exit, stdout, stderr, "binary file");
    }

    [Fact]
    public void Dev_zero_is_refused_without_reading_it_all()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("validate", "/dev/zero");

        AssertOneLineError(exit, stdout, stderr, "binary file");
    }

    [Fact]
    public void Utf16_file_is_named_as_such()
    {
        var path = TestFiles.TempPath("excel-unicode.csv");
        File.WriteAllText(path, "sku,title\nA-1,Vas\n", Encoding.Unicode);

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        AssertOneLineError(exit, stdout, stderr, "UTF-16");
    }

    [Fact]
    public void Truncated_json()
    {
        var path = TestFiles.Write("cut.json", "[{\"sku\":\"A-1\",\"title\":\"Vas\"},{\"sku\":");

        var (exit, _, stderr) = ToolRunner.Run("validate", path, "--format", "json");

        Assert.Equal(2, exit);
        Assert.Contains("cut.json: not valid JSON", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("feed")]
    [InlineData("stats")]
    public void A_directory(string command)
    {
        var dir = Path.GetDirectoryName(TestFiles.TempPath("x"))!;

        var (exit, stdout, stderr) = ToolRunner.Run(command, dir);

        AssertOneLineError(exit, stdout, stderr, "is a directory");
    }

    [Fact]
    public void Json_array_of_nulls_reports_each_item()
    {
        var path = TestFiles.Write("nulls.json", "[null, null, null]");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("item 3: error IKM132: expected a record (a JSON object), found null.", stdout);
        Assert.Contains("3 product records, 0 valid, 3 invalid", stdout);
    }

    [Fact]
    public void A_5_MB_header_line_is_not_echoed_whole()
    {
        var path = TestFiles.Write("wide.csv", new string('x', 5_000_000) + ",sku\n1,A-1\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--kind", "product");

        Assert.Equal(1, exit);
        Assert.True(stdout.Length + stderr.Length < 10_000, $"output is {stdout.Length + stderr.Length} characters");
        Assert.Contains("5000000 characters", stdout);
    }

    [Fact]
    public void Errors_go_to_stderr_and_stdout_stays_empty()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("regions", "show", "99.99");

        Assert.NotEqual(0, exit);
        Assert.Equal("", stdout);
        Assert.Contains("99.99", stderr);
    }
}
