using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Feeds;

/// <summary>A grade whose enum has no member for 0, so <c>default(SheetGrade)</c> is undefined.</summary>
public enum SheetGrade
{
    A = 1,
    B = 2,
}

/// <summary>
/// A user's own row for a custom CSV template with every value rule a template column has: prices and
/// other money, floating-point numbers, library value types left unset, enums, required columns.
/// </summary>
[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
public sealed record SheetItem
{
    [FeedColumn("nilai", "Nama", Required = true)]
    public string? Name { get; init; } = "Tas pandan";

    [FeedColumn("nilai", "Harga", IsPrice = true, Required = true)]
    public Money Price { get; init; } = Money.Idr(150000m);

    [FeedColumn("nilai", "Harga Coret", IsPrice = true)]
    public Money? StrikePrice { get; init; }

    [FeedColumn("nilai", "Ongkos")]
    public Money Cost { get; init; }

    [FeedColumn("nilai", "Saldo", Required = true)]
    public Money? Balance { get; init; } = Money.Idr(0m);

    [FeedColumn("nilai", "Berat (kg)")]
    public double Weight { get; init; } = 0.5;

    [FeedColumn("nilai", "Rasio")]
    public float? Ratio { get; init; }

    [FeedColumn("nilai", "Ukuran")]
    public IReadOnlyList<double>? Sizes { get; init; }

    [FeedColumn("nilai", "GTIN")]
    public Gtin Gtin { get; init; }

    [FeedColumn("nilai", "Bahan", Required = true)]
    public CraftMaterial Material { get; init; } = CraftMaterial.NaturalFibre;

    [FeedColumn("nilai", "Kondisi")]
    public RowCondition Condition { get; init; }

    [FeedColumn("nilai", "Mutu")]
    public SheetGrade? Grade { get; init; }

    [FeedColumn("nilai", "Tersedia")]
    public DateOnly Available { get; init; }

    [FeedColumn("nilai", "Foto", Required = true)]
    public IReadOnlyList<Uri>? Photos { get; init; } = [new Uri("https://toko.example/1.jpg")];
}

/// <summary>The README's custom template sample (its output is asserted below).</summary>
[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
public sealed partial record ReadmeSheetRow(
    [property: FeedColumn("toko-lokal", "SKU Induk"), FeedColumn("kasir", "Kode", Order = 2)] string Sku,
    [property: FeedColumn("toko-lokal", "Nama Produk"), FeedColumn("kasir", "Nama", Order = 1)] string Name)
{
    [FeedColumn("toko-lokal", "Harga")] public decimal Price { get; init; }
    [FeedColumn("toko-lokal", "Harga Jual", IsPrice = true, Required = true)] public Money SalePrice { get; init; }
    [FeedColumn("toko-lokal", "Ongkos")] public Money? Shipping { get; init; }
    [FeedColumn("toko-lokal", "Berat (kg)")] public double WeightKg { get; init; }
    [FeedColumn("toko-lokal", "Stok")] public int Stock { get; init; }
    [FeedColumn("toko-lokal", "Kondisi")] public RowCondition Condition { get; init; }
    [FeedColumn("toko-lokal", "Foto")] public IReadOnlyList<Uri>? Photos { get; init; }
}

/// <summary>
/// Custom CSV templates check each value as the marketplace feeds do (FeedValueCheckTests covers the
/// rules they share): each bad value skips the item with its rule's code and writes no partial row.
/// </summary>
public sealed class TemplateValueCheckTests
{
    private const string Header = "\uFEFFNama,Harga,\"Harga Coret\",Ongkos,Saldo,\"Berat (kg)\",Rasio,Ukuran,GTIN,Bahan,Kondisi,Mutu,Tersedia,Foto\n";

    // The row of a valid SheetItem with the cells a case changes marked: {0} Ongkos, {1} Berat, {2} Rasio, {3} Ukuran.
    private const string Row = "\"Tas pandan\",\"150000.00 IDR\",,{0},\"0.00 IDR\",{1},{2},{3},,natural-fibre,Baru,,,https://toko.example/1.jpg\n";

    private static (string Text, FeedWriteResult Result) Write(params SheetItem[] items)
    {
        using var stream = new MemoryStream();
        var result = SheetItemFeeds.CustomCsv.Nilai.Write(items, stream);
        return (stream.Utf8(), result);
    }

    private static string Expected(string cost = "", string weight = "0.5", string ratio = "", string sizes = "") =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Row, cost, weight, ratio, sizes);

    [Fact]
    public void A_valid_item_is_written_with_unset_optional_value_types_as_empty_cells()
    {
        var (text, result) = Write(new SheetItem());

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(Header + Expected(), text);
    }

    public static TheoryData<string, string, string> BadCases() => new()
    {
        { "unset price", "Harga", "IKM020" },
        { "zero price", "Harga", "IKM408" },
        { "negative price", "Harga", "IKM408" },
        { "negative strike price", "Harga Coret", "IKM408" },
        { "gold price", "Harga", "IKM492" },
        { "test currency cost", "Ongkos", "IKM492" },
        { "fund currency balance", "Saldo", "IKM492" },
        { "too precise price", "Harga", "IKM130" },
        { "too precise cost", "Ongkos", "IKM130" },
        { "missing balance", "Saldo", "IKM491" },
        { "unset balance", "Saldo", "IKM020" },
        { "NaN weight", "Berat (kg)", "IKM495" },
        { "infinite weight", "Berat (kg)", "IKM495" },
        { "negative infinite weight", "Berat (kg)", "IKM495" },
        { "weight rounding to zero", "Berat (kg)", "IKM495" },
        { "negative weight rounding to zero", "Berat (kg)", "IKM495" },
        { "NaN float ratio", "Rasio", "IKM495" },
        { "NaN in a list", "Ukuran", "IKM495" },
        { "unset material", "Bahan", "IKM020" },
        { "undefined condition", "Kondisi", "IKM494" },
        { "combined condition", "Kondisi", "IKM494" },
        { "enum without a zero member", "Mutu", "IKM494" },
        { "missing name", "Nama", "IKM491" },
        { "blank name", "Nama", "IKM491" },
        { "lone surrogate name", "Nama", "IKM490" },
        { "missing photos", "Foto", "IKM491" },
        { "no photos", "Foto", "IKM491" },
        { "only null photos", "Foto", "IKM491" },
    };

    private static SheetItem Bad(string name) => name switch
    {
        "unset price" => new SheetItem { Price = default },
        "zero price" => new SheetItem { Price = Money.Idr(0m) },
        "negative price" => new SheetItem { Price = Money.Idr(-1m) },
        "negative strike price" => new SheetItem { StrikePrice = Money.Idr(-175000m) },
        "gold price" => new SheetItem { Price = new Money(5m, Currency.FromCode("XAU")) },
        "test currency cost" => new SheetItem { Cost = new Money(5m, Currency.FromCode("XTS")) },
        "fund currency balance" => new SheetItem { Balance = new Money(5m, Currency.FromCode("CLF")) },
        "too precise price" => new SheetItem { Price = Money.Idr(1.005m) },
        "too precise cost" => new SheetItem { Cost = new Money(-0.125m, Currency.USD) },
        "missing balance" => new SheetItem { Balance = null },
        "unset balance" => new SheetItem { Balance = default(Money) },
        "NaN weight" => new SheetItem { Weight = double.NaN },
        "infinite weight" => new SheetItem { Weight = double.PositiveInfinity },
        "negative infinite weight" => new SheetItem { Weight = double.NegativeInfinity },
        "weight rounding to zero" => new SheetItem { Weight = 1e-9 },
        "negative weight rounding to zero" => new SheetItem { Weight = -4e-7 },
        "NaN float ratio" => new SheetItem { Ratio = float.NaN },
        "NaN in a list" => new SheetItem { Sizes = [30, double.NaN] },
        "unset material" => new SheetItem { Material = default },
        "undefined condition" => new SheetItem { Condition = (RowCondition)7 },
        "combined condition" => new SheetItem { Condition = RowCondition.Baru | RowCondition.Bekas | (RowCondition)2 },
        "enum without a zero member" => new SheetItem { Grade = default(SheetGrade) },
        "missing name" => new SheetItem { Name = null },
        "blank name" => new SheetItem { Name = " \t" },
        "lone surrogate name" => new SheetItem { Name = "Tas \uD83D pandan" },
        "missing photos" => new SheetItem { Photos = null },
        "no photos" => new SheetItem { Photos = [] },
        "only null photos" => new SheetItem { Photos = [null!, null!] },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public void A_bad_value_skips_the_item_with_its_code_and_writes_no_partial_row(string name, string column, string code)
    {
        var (text, result) = Write(Bad(name));

        Assert.Equal(0, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal((0, column, code), (skipped.Index, skipped.Attribute, skipped.Code));
        Assert.Equal(Header, text);
    }

    [Theory]
    [MemberData(nameof(BadCases))]
    public void A_bad_item_between_good_ones_leaves_exactly_the_good_rows(string name, string column, string code)
    {
        var (text, result) = Write(new SheetItem(), Bad(name), new SheetItem());

        Assert.Equal(2, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal((1, column, code), (skipped.Index, skipped.Attribute, skipped.Code));
        Assert.Equal(Header + Expected() + Expected(), text);
    }

    [Fact]
    public void Every_skip_of_a_set_of_bad_template_items_carries_a_code()
    {
        var items = BadCases().Select(c => Bad((string)c[0])).Append(null!).ToArray();

        var (text, result) = Write(items);

        Assert.Equal(items.Length, result.Skipped.Count);
        Assert.All(result.Skipped, s => Assert.False(string.IsNullOrEmpty(s.Code), s.ToString()));
        Assert.DoesNotContain(result.Skipped, s => s.Code == "IKM499");
        Assert.Equal(Header, text);
    }

    [Fact]
    public void The_undefined_enum_reason_names_the_enum_type()
    {
        var (_, result) = Write(Bad("undefined condition"));

        Assert.Equal("item 0: Kondisi has a value the enum IkmDomain.Tests.Feeds.RowCondition does not define [IKM494]", Assert.Single(result.Skipped).ToString());
    }

    [Theory]
    [InlineData("0", "\"0.00 IDR\"")]
    [InlineData("-12500.5", "\"'-12500.50 IDR\"")] // text to a spreadsheet, so neutralised like any text (IKM481)
    [InlineData("0.01", "\"0.01 IDR\"")]
    public void Money_that_is_not_a_price_may_be_zero_or_negative(string amount, string cell)
    {
        var (text, result) = Write(new SheetItem { Cost = Money.Idr(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)) });

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(Header + Expected(cost: cell), text);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1.5e20, "150000000000000000000")]
    [InlineData(-1.5e20, "-150000000000000000000")]
    [InlineData(0.0000015, "0.000002")]
    [InlineData(0.1 + 0.2, "0.3")]
    public void Doubles_are_written_fixed_point_to_six_decimals_and_may_be_negative(double weight, string cell)
    {
        var (text, result) = Write(new SheetItem { Weight = weight });

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(0, result.FormulaCellCount); // a negative number stays a number
        Assert.Equal(Header + Expected(weight: cell), text);
    }

    [Fact]
    public void Floats_and_lists_of_doubles_are_written_fixed_point()
    {
        var (text, result) = Write(new SheetItem { Ratio = 2.5e-5f, Sizes = [30, 20.25, 1e-6] });

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(Header + Expected(ratio: "0.000025", sizes: "\"30,20.25,0.000001\""), text);
    }

    [Fact]
    public void Set_library_value_types_and_enums_are_written()
    {
        var item = new SheetItem
        {
            Gtin = Gtin.Parse("4006381333931"),
            Material = CraftMaterial.Wood,
            Condition = RowCondition.Bekas,
            Grade = SheetGrade.B,
            Available = new DateOnly(2026, 12, 1),
            StrikePrice = Money.Idr(175000m),
        };

        var (text, result) = Write(item);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(Header + "\"Tas pandan\",\"150000.00 IDR\",\"175000.00 IDR\",,\"0.00 IDR\",0.5,,,4006381333931,wood,Bekas,B,2026-12-01,https://toko.example/1.jpg\n", text);
    }

    [Fact]
    public void The_readme_sample_writes_and_reports_what_the_readme_says()
    {
        var rows = new List<ReadmeSheetRow>
        {
            new("KYU-001", "=HYPERLINK(\"https://evil.example\")") { Price = 150000.5m, SalePrice = Money.Idr(150000m), WeightKg = 0.25, Stock = -3 },
            new("KYU-002", "Topeng") { SalePrice = Money.Idr(0m), WeightKg = double.NaN },
        };
        using var sheet = new MemoryStream();

        var result = ReadmeSheetRowFeeds.CustomCsv.TokoLokal.Write(rows, sheet);

        Assert.Equal(
            "\uFEFF\"SKU Induk\",\"Nama Produk\",Harga,\"Harga Jual\",Ongkos,\"Berat (kg)\",Stok,Kondisi,Foto\n"
            + "KYU-001,\"'=HYPERLINK(\"\"https://evil.example\"\")\",150000.5,\"150000.00 IDR\",,0.25,-3,Baru,\n",
            sheet.Utf8());
        Assert.Equal("item 0: Nama Produk started like a formula and was prefixed with ' (IKM481)", Assert.Single(result.FormulaCells).ToString());
        Assert.Equal("item 1: Harga Jual is IDR 0.00; a feed price must be greater than zero [IKM408]", Assert.Single(result.Skipped).ToString());
    }

    private static byte[] WriteForCulture()
    {
        using var stream = new MemoryStream();
        SheetItemFeeds.CustomCsv.Nilai.Write(
            [new SheetItem { Name = "İğne ıslık Iİ", Price = new Money(1234567.5m, Currency.IDR), Cost = new Money(-99.95m, Currency.USD), Weight = 1234.5678, Ratio = 0.125f, Sizes = [0.5, 1e7] }],
            stream);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void A_template_with_money_and_doubles_writes_the_same_bytes_in_every_culture(string culture)
    {
        byte[] actual;
        using (new CultureScope(culture))
        {
            actual = WriteForCulture();
        }

        Assert.Equal(
            Header + "\"İğne ıslık Iİ\",\"1234567.50 IDR\",,\"'-99.95 USD\",\"0.00 IDR\",1234.5678,0.125,\"0.5,10000000\",,natural-fibre,Baru,,,https://toko.example/1.jpg\n",
            System.Text.Encoding.UTF8.GetString(actual));
    }
}
