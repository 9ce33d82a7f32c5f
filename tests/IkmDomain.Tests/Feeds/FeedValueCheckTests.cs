using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace IkmDomain.Tests.Feeds;

/// <summary>A user's own type (no constructor validation) with every value type the generator maps, on every target (a custom CSV template too).</summary>
[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Json)]
[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Json)]
[MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)]
public sealed record OwnProduct
{
    [FeedColumn("own", "SKU", Required = true)]
    public string Id { get; init; } = "OWN-1";

    [FeedColumn("own", "Nama", Required = true)]
    public string Title { get; init; } = "Kain tenun ikat Sumba tenunan tangan";

    [FeedColumn("own", "Deskripsi")]
    public string Description { get; init; } = "Kain tenun ikat dari Sumba Timur.";

    [FeedColumn("own", "Tautan")]
    public Uri Link { get; init; } = new("https://example.com/p/own-1");

    public Uri ImageLink { get; init; } = new("https://example.com/i/own-1.jpg");

    [FeedColumn("own", "Merek")]
    public string? Brand { get; init; } = "Tenun Sumba";

    [FeedColumn("own", "Stok")]
    public StockState Availability { get; init; }

    public ItemCondition Condition { get; init; }

    [FeedColumn("own", "Harga", IsPrice = true, Required = true)]
    public Money Price { get; init; } = Money.Idr(150000m);

    [FeedColumn("own", "Harga Coret", IsPrice = true)]
    public Money SalePrice { get; init; }

    [FeedColumn("own", "Tersedia")]
    public DateOnly AvailabilityDate { get; init; }

    [FeedColumn("own", "Berat")]
    public Weight ShippingWeight { get; init; } = Weight.FromGrams(500);

    public Dimensions Dimensions { get; init; }

    [FeedColumn("own", "Jumlah")]
    public int Quantity { get; init; } = 3;
}

/// <summary>A user's own type whose weight is a double of kilograms.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Json)]
[MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)]
public sealed record OwnDoubleWeight
{
    public string Id { get; init; } = "DBL-1";

    public string Title { get; init; } = "Kain tenun ikat Sumba tenunan tangan";

    public string Description { get; init; } = "Kain tenun ikat dari Sumba Timur.";

    public Uri Link { get; init; } = new("https://example.com/p/dbl-1");

    public Uri ImageLink { get; init; } = new("https://example.com/i/dbl-1.jpg");

    public StockState Availability { get; init; }

    public ItemCondition Condition { get; init; }

    public Money Price { get; init; } = Money.Idr(150000m);

    public double ShippingWeight { get; init; } = 0.5;

    public int Quantity { get; init; } = 3;
}

public sealed class FeedValueCheckTests
{
    private static readonly string[] Targets =
        ["GoogleTsv", "GoogleXml", "MetaCsv", "MetaTsv", "MetaXml", "SchemaOrgJson", "TikTokShopJson", "ShopeeJson", "TemplateCsv"];

    private static FeedWriterOptions Options(string target) => target switch
    {
        "TikTokShopJson" => new FeedWriterOptions
        {
            MarketplaceOptions = new TikTokShopWriterOptions<OwnProduct>
            {
                CategoryId = _ => "600001",
                MainImageUris = p => ["tos-img/" + p.Id],
                WarehouseId = _ => "7068517275539719942",
            },
        },
        "ShopeeJson" => new FeedWriterOptions
        {
            MarketplaceOptions = new ShopeeWriterOptions<OwnProduct>
            {
                CategoryId = _ => 100644,
                ImageIds = p => ["sg-img-" + p.Id],
                LogisticIds = _ => [8003],
            },
        },
        _ => new FeedWriterOptions(),
    };

    internal static (string Text, FeedWriteResult Result) Write(string target, IEnumerable<OwnProduct> items)
    {
        using var stream = new MemoryStream();
        var options = Options(target);
        var result = target switch
        {
            "GoogleTsv" => OwnProductFeeds.GoogleMerchantTsv.Write(items, stream, options),
            "GoogleXml" => OwnProductFeeds.GoogleMerchantXml.Write(items, stream, options),
            "MetaCsv" => OwnProductFeeds.MetaCatalogCsv.Write(items, stream, options),
            "MetaTsv" => OwnProductFeeds.MetaCatalogTsv.Write(items, stream, options),
            "MetaXml" => OwnProductFeeds.MetaCatalogXml.Write(items, stream, options),
            "SchemaOrgJson" => OwnProductFeeds.SchemaOrgJson.Write(items, stream, options),
            "TikTokShopJson" => OwnProductFeeds.TikTokShopJson.Write(items, stream, options),
            "ShopeeJson" => OwnProductFeeds.ShopeeJson.Write(items, stream, options),
            "TemplateCsv" => OwnProductFeeds.CustomCsv.Own.Write(items, stream, options),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
        return (Encoding.UTF8.GetString(stream.ToArray()), result);
    }

    public static TheoryData<string> AllTargets()
    {
        var data = new TheoryData<string>();
        foreach (var t in Targets)
        {
            data.Add(t);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public void A_valid_item_of_the_users_type_is_written_with_its_unset_optional_members_left_out(string target)
    {
        var (text, result) = Write(target, [new OwnProduct()]);

        Assert.True(result.ItemsWritten == 1, string.Join("; ", result.Skipped));
        Assert.DoesNotContain("0001-01-01", text, StringComparison.Ordinal);
        Assert.DoesNotContain("XXX", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 cm", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadItems()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var t in Targets)
        {
            foreach (var (name, code) in BadCases(t))
            {
                data.Add(t, name, code);
            }
        }

        return data;
    }

    /// <summary>
    /// The bad items a target takes, with the code it reports: TikTok Shop's own price rule (IKM451, IDR
    /// Rp100 to Rp100,000,000) runs first there; only Google and Meta have a sale price, and the custom
    /// template (its "Harga Coret" column is marked <c>IsPrice</c>, with no sale-price code of its own).
    /// </summary>
    private static IEnumerable<(string Name, string Code)> BadCases(string target)
    {
        var tiktok = target == "TikTokShopJson";
        yield return ("negative price", tiktok ? "IKM451" : "IKM408");
        yield return ("zero price", tiktok ? "IKM451" : "IKM408");
        yield return ("unset price", "IKM020");
        yield return ("gold price", tiktok ? "IKM451" : "IKM492");
        yield return ("test currency", tiktok ? "IKM451" : "IKM492");
        yield return ("too precise price", tiktok ? "IKM451" : "IKM130");
        if (target.StartsWith("Google", StringComparison.Ordinal) || target.StartsWith("Meta", StringComparison.Ordinal))
        {
            yield return ("negative sale price", "IKM410");
            yield return ("zero sale price", "IKM410");
            yield return ("long title", target.StartsWith("Google", StringComparison.Ordinal) ? "IKM430" : "IKM440");
        }

        if (target == "TemplateCsv")
        {
            yield return ("negative sale price", "IKM408");
            yield return ("zero sale price", "IKM408");
            yield return ("undefined availability", "IKM494");
            yield return ("blank title", "IKM491");
        }

        yield return ("lone surrogate title", "IKM490");
        yield return ("lone surrogate description", "IKM490");
        if (!tiktok)
        {
            yield return ("lone surrogate brand", "IKM490"); // TikTok Shop takes a brand id from the caller, not the text.
        }
    }

    private static OwnProduct Bad(string name) => name switch
    {
        "negative price" => new OwnProduct { Price = Money.Idr(-1m) },
        "zero price" => new OwnProduct { Price = Money.Idr(0m) },
        "unset price" => new OwnProduct { Price = default },
        "gold price" => new OwnProduct { Price = new Money(5m, Currency.FromCode("XAU")) },
        "test currency" => new OwnProduct { Price = new Money(5m, Currency.FromCode("XTS")) },
        "too precise price" => new OwnProduct { Price = Money.Idr(1.005m) },
        "negative sale price" => new OwnProduct { SalePrice = Money.Idr(-3m) },
        "zero sale price" => new OwnProduct { SalePrice = Money.Idr(0m) },
        "long title" => new OwnProduct { Title = new string('x', 201) },
        "lone surrogate brand" => new OwnProduct { Brand = "Tenun \uD83D" },
        "lone surrogate title" => new OwnProduct { Title = "Kain \uD83D tenun ikat Sumba tenunan tangan" },
        "lone surrogate description" => new OwnProduct { Description = "Kain tenun \uDC00 ikat" },
        "undefined availability" => new OwnProduct { Availability = (StockState)42 },
        "blank title" => new OwnProduct { Title = " " },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(BadItems))]
    public void A_bad_value_skips_the_item_with_the_code_of_its_rule(string target, string name, string code)
    {
        var (text, result) = Write(target, [Bad(name)]);

        Assert.Equal(0, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(code, skipped.Code);
        Assert.DoesNotContain("\uFFFD", text, StringComparison.Ordinal);
        if (target == "TemplateCsv")
        {
            Assert.Equal(TemplateHeader, text); // no partial row
        }
    }

    private const string TemplateHeader = "\uFEFFSKU,Nama,Deskripsi,Tautan,Merek,Stok,Harga,\"Harga Coret\",Tersedia,Berat,Jumlah\n";

    [Fact]
    public void The_template_writes_a_valid_item_with_its_unset_optional_value_types_as_empty_cells()
    {
        var (text, result) = Write("TemplateCsv", [new OwnProduct()]);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(
            TemplateHeader + "OWN-1,\"Kain tenun ikat Sumba tenunan tangan\",\"Kain tenun ikat dari Sumba Timur.\",https://example.com/p/own-1,\"Tenun Sumba\",InStock,\"150000.00 IDR\",,,\"500 g\",3\n",
            text);
    }

    [Theory]
    [MemberData(nameof(AllTargets))]
    public void Every_skip_of_a_set_of_bad_items_carries_a_code(string target)
    {
        var items = BadCases(target).Select(c => Bad(c.Name)).Append(null!).ToList();

        var (_, result) = Write(target, items);

        Assert.Equal(items.Count, result.Skipped.Count);
        Assert.All(result.Skipped, s => Assert.False(string.IsNullOrEmpty(s.Code), s.ToString()));
        Assert.DoesNotContain(result.Skipped, s => s.Code == "IKM499");
    }

    [Theory]
    [InlineData("GoogleTsv", "link")]
    [InlineData("GoogleXml", "link")]
    [InlineData("MetaCsv", "link")]
    [InlineData("MetaXml", "link")]
    [InlineData("SchemaOrgJson", "offers.url")]
    public void A_product_link_that_is_not_http_reports_IKM417_on_every_target_that_writes_it(string target, string attribute)
    {
        var (_, result) = Write(target, [new OwnProduct { Link = new Uri("ftp://example.com/p/own-1") }]);

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal((attribute, "IKM417"), (skipped.Attribute, skipped.Code));
    }

    [Fact]
    public void A_google_title_over_150_characters_reports_IKM430_as_the_readiness_validator_does()
    {
        var (_, result) = Write("GoogleTsv", [new OwnProduct { Title = new string('x', 151) }]);

        Assert.Equal("IKM430", Assert.Single(result.Skipped).Code);
    }

    [Fact]
    public void Unset_optional_value_types_are_left_out_of_the_google_feed()
    {
        var (text, result) = Write("GoogleTsv", [new OwnProduct()]);

        Assert.Equal(1, result.ItemsWritten);
        var header = text.Split('\n')[0].Split('\t');
        var row = text.Split('\n')[1].Split('\t');
        Assert.Equal(string.Empty, row[Array.IndexOf(header, "sale_price")]);
        Assert.Equal(string.Empty, row[Array.IndexOf(header, "availability_date")]);
        Assert.Equal("0.5 kg", row[Array.IndexOf(header, "shipping_weight")].Replace("500 g", "0.5 kg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_set_dimensions_value_is_written_and_an_unset_one_is_left_out()
    {
        var (text, _) = Write("GoogleTsv", [new OwnProduct { Dimensions = new Dimensions(30m, 20m, 10m) }, new OwnProduct { Id = "OWN-2" }]);

        var lines = text.Split('\n');
        var header = lines[0].Split('\t');
        var length = Array.IndexOf(header, "shipping_length");
        Assert.Equal("30 cm", lines[1].Split('\t')[length]);
        Assert.Equal(string.Empty, lines[2].Split('\t')[length]);
    }

    [Theory]
    [InlineData("GoogleTsv")]
    [InlineData("TikTokShopJson")]
    [InlineData("ShopeeJson")]
    public void A_double_weight_never_uses_exponent_notation_and_skips_when_it_rounds_to_zero(string target)
    {
        var tiny = WriteDouble(target, 1e-9);
        var small = WriteDouble(target, 0.0015);

        Assert.Equal("IKM495", Assert.Single(tiny.Result.Skipped).Code);
        Assert.Equal(1, small.Result.ItemsWritten);
        Assert.DoesNotContain("E-", small.Text, StringComparison.Ordinal);
        Assert.Contains("0.002", small.Text, StringComparison.Ordinal);
    }

    private static (string Text, FeedWriteResult Result) WriteDouble(string target, double kilograms)
    {
        using var stream = new MemoryStream();
        OwnDoubleWeight[] items = [new OwnDoubleWeight { ShippingWeight = kilograms }];
        var result = target switch
        {
            "GoogleTsv" => OwnDoubleWeightFeeds.GoogleMerchantTsv.Write(items, stream),
            "TikTokShopJson" => OwnDoubleWeightFeeds.TikTokShopJson.Write(items, stream, new FeedWriterOptions
            {
                MarketplaceOptions = new TikTokShopWriterOptions<OwnDoubleWeight> { CategoryId = _ => "1", MainImageUris = _ => ["img"], WarehouseId = _ => "2" },
            }),
            _ => OwnDoubleWeightFeeds.ShopeeJson.Write(items, stream, new FeedWriterOptions
            {
                MarketplaceOptions = new ShopeeWriterOptions<OwnDoubleWeight> { CategoryId = _ => 1, ImageIds = _ => ["img"], LogisticIds = _ => [1] },
            }),
        };
        return (Encoding.UTF8.GetString(stream.ToArray()), result);
    }
}
