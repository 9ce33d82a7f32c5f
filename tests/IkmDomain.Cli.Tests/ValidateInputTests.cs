using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace IkmDomain.Cli.Tests;

/// <summary>ikm validate on real-world files: Excel in an Indonesian locale, money text, the JSON report.</summary>
public class ValidateInputTests
{
    private const string Header = "sku;title;description;materials;price;salePrice;currency;availability;availabilityDate;weight;dimensions;imageLinks;link;brand";

    private static string Row(string sku, string price, string sale = "", string date = "", string weight = "0,6 kg") =>
        $"{sku};Kain tenun ikat;Tenun ikat Sumba, pewarna alami;textiles;{price};{sale};IDR;preorder;{date};{weight};30 x 25,5 x 3 cm;https://tenun.example.id/{sku}.jpg;https://tenun.example.id/{sku};Tenun Sumba";

    [Fact]
    public void Excel_Indonesian_csv_with_bom_crlf_semicolons_decimal_commas_and_dates_is_valid()
    {
        var text = "\uFEFF" + Header + "\r\n" + Row("LBK-1", "2100000,00", "1.950.000", "15/12/2026") + "\r\n" + Row("LBK-2", "2.100.000", "", "01/02/2027", "1,25 kg") + "\r\n";
        var path = TestFiles.TempPath("excel-id.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("2 product records, 2 valid, 0 invalid", stdout);
    }

    [Fact]
    public void Indonesian_date_without_the_culture_is_reported_with_the_fix()
    {
        var path = TestFiles.Write("dates.csv", Header.Replace(';', ',') + "\n" + Row("LBK-1", "2100000", date: "15/12/2026", weight: "600 g").Replace(';', ',').Replace("30 x 25,5 x 3 cm", "30 x 25 x 3 cm").Replace("Sumba, pewarna", "Sumba pewarna") + "\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("availabilityDate (column 9): error IKM131: '15/12/2026' is not a date", stdout);
        Assert.Contains("--culture id-ID", stdout);
        Assert.DoesNotContain("System.", stdout);
    }

    [Theory]
    [InlineData("price", "Rp1,3 miliar")]
    [InlineData("price", "IDR 250000000")]
    [InlineData("price", "Rp 1.300.000")]
    [InlineData("price", "1300000 IDR")]
    [InlineData("salePrice", "Rp1.000.000")]
    [InlineData("salePrice", "IDR 900000.00")]
    public void Money_text_is_accepted_in_every_money_column(string column, string money)
    {
        var csv = "sku,title,description,materials,price,salePrice,imageLinks,link,brand\n"
            + $"A-1,Vas,Vas keramik,ceramics,{(column == "price" ? Quote(money) : "2000000")},{(column == "salePrice" ? Quote(money) : "")},https://x.example.id/a.jpg,https://x.example.id/a,Kasongan\n";
        var path = TestFiles.Write("money.csv", csv);

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Money_text_is_accepted_in_json_too()
    {
        var path = TestFiles.Write("money.json", """[{"sku":"A-1","title":"Vas","description":"Vas keramik","materials":["ceramics"],"price":"Rp1,3 juta","salePrice":{"amount":1200000,"currency":"IDR"},"imageLinks":["https://x.example.id/a.jpg"],"link":"https://x.example.id/a","brand":"Kasongan"}]""");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Money_text_in_another_currency_than_the_currency_column_is_an_error()
    {
        var path = TestFiles.Write("clash.csv", "sku,title,description,materials,price,currency,imageLinks,link,brand\nA-1,Vas,Vas keramik,ceramics,US$120,IDR,https://x.example.id/a.jpg,https://x.example.id/a,Kasongan\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("IKM102", stdout);
    }

    [Theory]
    [InlineData("csv", "150.000")]
    [InlineData("json", "150.000")]
    public void Price_150_000_is_an_error_explaining_the_thousands_separator(string format, string price)
    {
        var path = format == "csv"
            ? TestFiles.Write("p.csv", $"sku,title,description,materials,price,imageLinks,link,brand\nA-1,Tas,Tas pandan,natural-fibre,{price},https://x.example.id/a.jpg,https://x.example.id/a,Rajapolah\n")
            : TestFiles.Write("p.json", $$"""[{"sku":"A-1","title":"Tas","description":"Tas pandan","materials":["natural-fibre"],"price":{{price}},"imageLinks":["https://x.example.id/a.jpg"],"link":"https://x.example.id/a","brand":"Rajapolah"}]""");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);
        var (idExit, idOut, _) = ToolRunner.Run("validate", path, "--lang", "id");

        Assert.Equal(1, exit);
        Assert.Contains("IKM130", stdout);
        Assert.Contains("3 decimals but IDR has 2", stdout);
        Assert.Contains("thousands separator", stdout);
        Assert.Equal(1, idExit);
        Assert.Contains("pemisah ribuan", idOut);
    }

    [Fact]
    public void Price_150_000_with_the_Indonesian_culture_is_150_thousand()
    {
        var path = TestFiles.Write("p.csv", "sku,title,description,materials,price,imageLinks,link,brand\nA-1,Tas,Tas pandan,natural-fibre,150.000,https://x.example.id/a.jpg,https://x.example.id/a,Rajapolah\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path, "--culture", "id-ID");

        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void Json_report_is_one_object_with_every_bad_cell()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("validate", TestFiles.Sample("products-with-errors.csv"), "--format", "json");

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.EndsWith("products-with-errors.csv", root.GetProperty("file").GetString());
        Assert.Equal("product", root.GetProperty("kind").GetString());
        Assert.Equal(0, root.GetProperty("valid").GetInt32());
        Assert.Equal(2, root.GetProperty("invalid").GetInt32());
        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(4, errors.Count);
        var price = errors.Single(e => e.GetProperty("code").GetString() == "IKM408");
        Assert.Equal(2, price.GetProperty("line").GetInt32());
        Assert.Equal("price", price.GetProperty("property").GetString());
        Assert.Equal("error", price.GetProperty("severity").GetString());
        Assert.Equal("-450000", price.GetProperty("value").GetString());
        Assert.Contains("greater than zero", price.GetProperty("message").GetString());
        Assert.Contains("0 valid, 2 invalid", stderr);
    }

    [Fact]
    public void Tab_separated_file_is_sniffed()
    {
        var path = TestFiles.Write("p.tsv", "sku\ttitle\tdescription\tmaterials\tprice\timageLinks\tlink\tbrand\nA-1\tTas\tTas pandan, dilapisi\tnatural-fibre\t150000\thttps://x.example.id/a.jpg\thttps://x.example.id/a\tRajapolah\n");

        var (exit, stdout, stderr) = ToolRunner.Run("validate", path);

        Assert.True(exit == 0, stdout + stderr);
    }

    [Fact]
    public void A_given_delimiter_wins_over_the_sniffed_one()
    {
        var path = TestFiles.Write("p.csv", "sku;title\nA-1;Vas\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--delimiter", ",", "--kind", "product");

        Assert.Equal(1, exit);
        Assert.Contains("Unknown column 'sku;title'", stdout);
    }

    [Fact]
    public void A_bad_number_cell_names_line_column_and_value_without_a_dotnet_message()
    {
        var path = TestFiles.Write("p.csv", "sku,title,description,materials,price,stockQuantity,imageLinks,link,brand\nA-1,Tas,Tas pandan,natural-fibre,150000,lima,https://x.example.id/a.jpg,https://x.example.id/a,Rajapolah\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("line 2 (A-1) stockQuantity (column 6): error IKM131: 'lima' is not a whole number of units. value: 'lima'", stdout);
        Assert.DoesNotContain("could not be converted", stdout);
    }

    [Fact]
    public void Business_json_with_a_bad_value_uses_the_library_message()
    {
        var path = TestFiles.Write("b.json", """[{"nib":"12345","name":"Batik","legalForm":"CV","region":"33","streetAddress":"Jl. A"}]""");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("nib", stdout);
        Assert.Contains("IKM131", stdout);
        Assert.DoesNotContain("could not be converted", stdout);
    }

    private static string Quote(string cell) => cell.Contains(',') ? "\"" + cell + "\"" : cell;
}
