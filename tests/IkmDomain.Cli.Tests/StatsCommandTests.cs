using System.IO;

namespace IkmDomain.Cli.Tests;

public class StatsCommandTests
{
    private const string Csv =
        "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n"
        + "2020,360,842,X,4420,600\n"
        + "2020,360,392,X,4420,400\n"
        + "2021,360,842,X,4420,900\n"
        + "2021,360,458,X,4602,100\n";

    [Fact]
    public void Stats_without_a_file_shows_the_Kemenperin_growth_and_CAGR()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("stats");

        Assert.True(exit == 0, stderr);
        Assert.Contains("747,000,000", stdout);
        Assert.Contains("3.88 %", stdout);
        Assert.Contains("CAGR 2016-2022: 4.07 %", stdout);
        Assert.Contains("Kemendag", stdout);
    }

    [Fact]
    public void Stats_of_a_Comtrade_CSV_shows_totals_by_year_and_top_partners()
    {
        var path = Write("comtrade.csv", Csv);

        var (exit, stdout, stderr) = ToolRunner.Run("stats", path, "--top", "2");

        Assert.True(exit == 0, stderr);
        Assert.Contains("1,000", stdout);
        Assert.Contains("United States of America (US)", stdout);
        Assert.Contains("75.00 %", stdout);
        Assert.DoesNotContain("Malaysia", stdout);
    }

    [Fact]
    public void Stats_total_a_flow_once_and_name_the_breakdown_rows_left_out()
    {
        var path = Write("modes.csv",
            "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,motCode,customsCode,mosCode,partner2Code\n"
            + "2023,360,842,X,442011,1000000,0,C00,0,0\n"
            + "2023,360,842,X,442011,700000,2100,C00,0,0\n"
            + "2023,360,842,X,442011,300000,1000,C00,0,0\n");

        var (exit, stdout, stderr) = ToolRunner.Run("stats", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("1,000,000", stdout);
        Assert.DoesNotContain("2,000,000", stdout);
        Assert.Contains("2 breakdown rows", stdout);
        Assert.Contains("motCode 2100", stdout);
        Assert.Contains("motCode 1000", stdout);
    }

    [Fact]
    public void Stats_of_a_Comtrade_JSON_file_reads_its_data_array()
    {
        var path = Write("comtrade.json", """{"data":[{"period":"2021","reporterCode":360,"partnerCode":392,"flowCode":"X","cmdCode":"TOTAL","primaryValue":5}]}""");

        var (exit, stdout, stderr) = ToolRunner.Run("stats", path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("Japan", stdout);
    }

    [Fact]
    public void Bad_rows_are_reported_with_their_row_number_and_fail_the_run()
    {
        var path = Write("bad.csv", Csv + "2021,360,899,X,4420,5\n");

        var (exit, _, stderr) = ToolRunner.Run("stats", path);

        Assert.Equal(1, exit);
        Assert.Contains("Row 5", stderr);
        Assert.Contains("partnerCode", stderr);
    }

    [Fact]
    public void A_missing_file_exits_2()
    {
        var (exit, _, stderr) = ToolRunner.Run("stats", Path.Combine(Path.GetTempPath(), "no-such-ikm-file.csv"));

        Assert.Equal(2, exit);
        Assert.Contains("not found", stderr);
    }

    private static string Write(string name, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ikm-stats-tests", Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }
}
