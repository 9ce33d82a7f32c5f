namespace IkmDomain.Cli.Tests;

public class ValidateCommandTests
{
    private const string ProductJson = """
        [{"sku":"T-1","title":"Tas anyaman pandan Tasikmalaya","description":"Woven bag.","materials":["natural-fibre"],
          "price":275000,"imageLinks":["https://example.id/t-1.jpg"],"link":"https://example.id/t-1","brand":"Rajapolah"}]
        """;

    [Fact]
    public void Valid_product_json_exits_0_and_counts_the_records()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("validate", TestFiles.Sample("products.json"));

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("3 product records, 3 valid, 0 invalid", stdout);
    }

    [Fact]
    public void Valid_product_csv_with_list_cells_exits_0()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("validate", TestFiles.Sample("products.csv"), "--marketplace", "google");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("3 product records, 3 valid", stdout);
    }

    [Fact]
    public void Business_file_is_recognised_by_its_nib_and_validated()
    {
        var (exit, stdout, stderr) = ToolRunner.Run("validate", TestFiles.Sample("businesses.json"));

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("3 business records, 3 valid", stdout);
    }

    [Fact]
    public void Invalid_products_exit_1_and_list_row_property_code_and_message()
    {
        var (exit, stdout, _) = ToolRunner.Run("validate", TestFiles.Sample("products-with-errors.csv"));

        Assert.Equal(1, exit);
        Assert.Contains("line 2 (BLI-PRK-0005) price (column 5): error IKM408: 'Price' must be greater than zero. value: '-450000'", stdout);
        Assert.Contains("IKM405", stdout);
        Assert.Contains("IKM409", stdout);
        Assert.Contains("IKM416", stdout);
        Assert.Contains("2 product records, 0 valid, 2 invalid", stdout);
    }

    [Fact]
    public void Lang_id_shows_the_messages_in_Indonesian()
    {
        var (exit, stdout, _) = ToolRunner.Run("validate", TestFiles.Sample("products-with-errors.csv"), "--lang", "id");

        Assert.Equal(1, exit);
        Assert.Contains("harus lebih besar dari nol", stdout);
        Assert.DoesNotContain("must be greater than zero", stdout);
    }

    [Fact]
    public void Marketplace_option_adds_that_marketplaces_rules()
    {
        var path = TestFiles.Write("short-title.json", ProductJson.Replace("Tas anyaman pandan Tasikmalaya", "Tas pandan"));

        var (plain, _, _) = ToolRunner.Run("validate", path);
        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--marketplace", "tiktok");

        Assert.Equal(0, plain);
        Assert.Equal(1, exit);
        Assert.Contains("IKM450", stdout);
        Assert.Contains("TikTok Shop", stdout);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_for_its_record_and_property()
    {
        var path = TestFiles.Write("bad-price.json", ProductJson.Replace("275000", "\"dua ratus\""));

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("item 1 (T-1) price: error IKM101: 'Price' is not an amount of money", stdout);
        Assert.Contains("value: 'dua ratus'", stdout);
    }

    [Fact]
    public void A_csv_row_with_too_few_fields_is_an_error_for_that_line()
    {
        var path = TestFiles.Write("short.csv", "sku,title\nA-1,Vas\nA-2\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(1, exit);
        Assert.Contains("line 3", stdout);
        Assert.Contains("the row has 1 fields but the header has 2", stdout);
    }

    [Fact]
    public void Business_csv_rules_report_business_codes()
    {
        var path = TestFiles.Write(
            "businesses.csv",
            "nib,name,legalForm,kbliCodes,region,streetAddress,workers\n9120203456781,Batik Sekar,CV,13122|13122,33,Jl. Jlamprang 12,3\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--kind", "business");

        Assert.Equal(1, exit);
        Assert.Contains("Region", stdout);
        Assert.Matches(@"IKM3\d\d", stdout);
        Assert.Contains("1 business record, 0 valid, 1 invalid", stdout);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_the_file_without_a_stack_trace()
    {
        var (exit, _, stderr) = ToolRunner.Run("validate", "no-such-products.json");

        Assert.Equal(2, exit);
        Assert.Contains("no-such-products.json: file not found", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Malformed_json_exits_2_with_the_line()
    {
        var path = TestFiles.Write("broken.json", "[\n{\"sku\": \"A\",\n");

        var (exit, _, stderr) = ToolRunner.Run("validate", path);

        Assert.Equal(2, exit);
        Assert.Contains("broken.json: not valid JSON", stderr);
    }

    [Fact]
    public void An_unknown_csv_column_is_a_warning_naming_the_nearest_column()
    {
        var path = TestFiles.Write("colour.csv", "sku,titel\nA-1,red\n");

        var (exit, stdout, _) = ToolRunner.Run("validate", path, "--kind", "product");

        Assert.Equal(1, exit); // title and the other required values are missing
        Assert.Contains("line 1 titel (column 2): warning IKM133: Unknown column 'titel' is ignored (did you mean title?)", stdout);
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--kind", "planet")]
    [InlineData("--marketplace", "lazada")]
    public void A_bad_option_value_exits_2(string option, string value)
    {
        var (exit, _, stderr) = ToolRunner.Run("validate", TestFiles.Sample("products.json"), option, value);

        Assert.Equal(2, exit);
        Assert.Contains(value, stderr);
    }

    [Fact]
    public void An_unknown_json_property_is_a_warning_that_does_not_fail_the_record()
    {
        var path = TestFiles.Write("colour.json", ProductJson.Replace("\"sku\"", "\"colour\":\"red\",\"sku\""));

        var (exit, stdout, _) = ToolRunner.Run("validate", path);

        Assert.Equal(0, exit);
        Assert.Contains("item 1 (T-1) colour: warning IKM133: Unknown property 'colour' is ignored", stdout);
    }
}
