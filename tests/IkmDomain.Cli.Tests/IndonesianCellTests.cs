using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace IkmDomain.Cli.Tests;

/// <summary>
/// Indonesian spreadsheets (';' files, or --culture id-ID): '.' groups thousands and ',' is the decimal mark in
/// every cell kind that holds numbers: weights, dimensions, whole numbers, decimals and money.
/// </summary>
public class IndonesianCellTests
{
    private const string Header = "sku;title;description;materials;price;currency;stockQuantity;weight;dimensions;imageLinks;link;brand";

    private static string Product(string weight, string dimensions = "30 x 20 x 10 cm", string stock = "3") =>
        $"A-1;Meja jati;Meja kayu jati ukir;wood;1.250.000;IDR;{stock};{weight};{dimensions};https://mebel.example.id/a.jpg;https://mebel.example.id/a;Jepara Ukir";

    private static string Feed(string csv, params string[] extra)
    {
        var path = TestFiles.Write("produk.csv", csv);
        var (exit, stdout, stderr) = ToolRunner.Run(["feed", path, "--marketplace", "google", "--format", "tsv", .. extra]);
        Assert.True(exit == 0, stdout + stderr);
        var lines = stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        var columns = lines[0].Split('\t');
        var row = lines[1].Split('\t');
        return string.Join(" ", columns.Zip(row, (c, v) => c + "=" + v));
    }

    [Theory]
    [InlineData("1.200 g", "shipping_weight=1.2 kg")]          // a thousand and two hundred grams (the old reading was 1.2 g)
    [InlineData("1.200,0 g", "shipping_weight=1.2 kg")]        // grouped thousands and a decimal comma (was "1.200.0 g", IKM413)
    [InlineData("12.500 g", "shipping_weight=12.5 kg")]
    [InlineData("0,6 kg", "shipping_weight=600 g")]
    [InlineData("1,25 kg", "shipping_weight=1.25 kg")]
    public void Grouped_and_decimal_comma_weights_are_read_the_Indonesian_way(string weight, string expected)
    {
        var fields = Feed(Header + "\n" + Product(weight) + "\n");

        Assert.Contains(expected, fields);
    }

    [Fact]
    public void Grouped_dimensions_and_stock_are_read_the_Indonesian_way()
    {
        var path = TestFiles.Write("produk.csv", Header + "\n" + Product("2,5 kg", "1.200 x 30,5 x 20 cm", "1.500") + "\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--format", "json");

        Assert.True(exit == 0, stdout + stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(1, report.RootElement.GetProperty("valid").GetInt32());
    }

    [Fact]
    public void A_grouped_weight_with_a_fraction_of_a_gram_names_the_rule_not_the_decimal_mark()
    {
        var path = TestFiles.Write("produk.csv", Header + "\n" + Product("1.200,5 g") + "\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--format", "json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(stdout);
        var error = report.RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("IKM413", error.GetProperty("code").GetString());
        Assert.Equal("1.200,5 g", error.GetProperty("value").GetString());   // the cell as written in the file
    }

    [Fact]
    public void A_number_that_is_not_Indonesian_is_left_for_the_parser_to_reject()
    {
        var path = TestFiles.Write("produk.csv", Header + "\n" + Product("1.2000 kg") + "\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--format", "json");

        // 1.2000 is neither grouped thousands nor a decimal comma: read as written (1.2 kg), never as 12000 kg.
        Assert.Equal(0, exit);
        Assert.DoesNotContain("12000", stdout);
    }

    [Fact]
    public void Business_money_and_whole_numbers_are_read_the_Indonesian_way()
    {
        var csv = "nib;name;legalForm;region;streetAddress;kbliCodes;workers;capital;annualSales\n"
            + "8120000123456;Sanggar Topeng Asmoro;CV;35.73.01.1001;Jl. Prajurit Slamet 1;16293;1.200;IDR 250.000.000;Rp1.250.000.000,50\n";
        var path = TestFiles.Write("usaha.csv", csv);

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--format", "json");

        Assert.True(exit == 0, stdout + stderr);
        using var report = JsonDocument.Parse(stdout);
        Assert.Equal(1, report.RootElement.GetProperty("valid").GetInt32());
        Assert.Empty(report.RootElement.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public void Dates_in_an_Indonesian_file_are_day_first()
    {
        var path = TestFiles.Write("produk.csv", Header.Replace("brand", "brand;availability;availabilityDate") + "\n" + Product("2 kg") + ";preorder;01/02/2027\n");

        var fields = Feed(File.ReadAllText(path, Encoding.UTF8));

        Assert.Contains("availability_date=2027-02-01", fields);
    }
}
