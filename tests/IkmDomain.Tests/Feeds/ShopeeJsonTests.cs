using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static IkmDomain.Tests.Feeds.ApiBodyTestData;

namespace IkmDomain.Tests.Feeds;

/// <summary>Shopee Open Platform <c>v2.product.add_item</c> bodies, JSON and JSON Lines (issue 13 §2, FEEDS.md §3).</summary>
public class ShopeeJsonTests
{
    private const string OneBody =
        "{\"category_id\":100644,\"item_name\":\"Topeng kayu Malangan ukir tangan\",\"description\":\"Topeng kayu ukir tangan dari Malang.\",\"item_sku\":\"KYU-001\","
        + "\"original_price\":150000,\"seller_stock\":[{\"stock\":5}],\"image\":{\"image_id_list\":[\"sg-img-KYU-001\"]},\"weight\":3,"
        + "\"dimension\":{\"package_length\":30,\"package_width\":20,\"package_height\":10},"
        + "\"logistic_info\":[{\"logistic_id\":8003,\"enabled\":true},{\"logistic_id\":8005,\"enabled\":true}],\"condition\":\"NEW\"}";

    [Fact]
    public void One_product_is_written_as_these_exact_bytes()
    {
        var text = Shopee([Product()], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal("[\n" + OneBody + "\n]\n", text);
    }

    [Fact]
    public void JSON_Lines_is_one_body_per_line_with_no_brackets()
    {
        var text = Shopee([Product(), Product("KYU-002"), Product("KYU-003")], out var result, lines: true);

        Assert.Equal(3, result.ItemsWritten);
        Assert.StartsWith(OneBody + "\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal(string.Empty, lines[3]);
        Assert.All(lines.Take(3), l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
        Assert.Equal(string.Empty, Shopee([], out _, lines: true));
    }

    [Fact]
    public void A_price_with_sen_is_skipped_unless_the_caller_opts_into_rounding()
    {
        var product = Product().WithPrices(new Money(150000.5m, Currency.IDR), null);

        Shopee([product], out var strict);
        var rounded = Shopee([product], out var lenient, ids: ShopeeIds(round: true));

        var skipped = Assert.Single(strict.Skipped);
        Assert.Equal(("original_price", "IKM460"), (skipped.Attribute, skipped.Code));
        Assert.Contains("RoundToWholeRupiah", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(1, lenient.ItemsWritten);
        Assert.Contains("\"original_price\":150001,", rounded, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?> Rules => new()
    {
        { "price in USD", "original_price", "IKM460" },
        { "price with sen", "original_price", "IKM460" },
        { "half a centimetre", "dimension.package_width", "IKM463" },
        { "refurbished", "condition", "IKM494" },
        { "no weight", "weight", "IKM491" },
    };

    private static CraftProduct Break(string rule) => rule switch
    {
        "price in USD" => Product().WithPrices(Money.Usd(25), null),
        "price with sen" => Product().WithPrices(new Money(99999.99m, Currency.IDR), null),
        "half a centimetre" => Product() with { Dimensions = new Dimensions(30, 20.5m, 10) },
        "refurbished" => Product() with { Condition = Condition.Refurbished },
        "no weight" => Product() with { Weight = null },
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_skips_the_item_with_its_attribute_and_code(string rule, string attribute, string? code)
    {
        var text = Shopee([Product("OK-1"), Break(rule) with { Sku = "BAD" }], out var result);

        Assert.Equal(1, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("BAD", attribute, code), (skipped.Id, skipped.Attribute, skipped.Code));
        Assert.DoesNotContain("BAD", text, StringComparison.Ordinal);
        if (code is not null && !code.StartsWith("IKM49", StringComparison.Ordinal)) // IKM490-499: the writers' own value rules
        {
            Assert.Contains(MarketplaceReadiness.For(Marketplace.Shopee).Validate(Break(rule)).Errors, e => e.ErrorCode == code);
        }
    }

    [Theory]
    [InlineData("category_id")]
    [InlineData("image.image_id_list")]
    [InlineData("logistic_info")]
    public void A_missing_platform_id_skips_the_item_and_reports_it(string missing)
    {
        var ids = new ShopeeWriterOptions<CraftProduct>
        {
            CategoryId = p => missing == "category_id" && p.Sku == "NO" ? null : 100644,
            ImageIds = p => missing == "image.image_id_list" && p.Sku == "NO" ? [] : ["img"],
            LogisticIds = p => missing == "logistic_info" && p.Sku == "NO" ? null : [8003],
        };

        var text = Shopee([Product("A"), Product("NO")], out var result, ids: ids);

        Assert.Equal(1, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(("NO", missing, "IKM462"), (skipped.Id, skipped.Attribute, skipped.Code));
        Assert.Contains("ShopeeWriterOptions.", skipped.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("\"NO\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_is_plain_text_and_a_brand_id_writes_the_brand()
    {
        var product = Product() with { Description = "<p>Topeng &amp; <b>kayu</b></p>" };
        var ids = new ShopeeWriterOptions<CraftProduct> { CategoryId = _ => 1, ImageIds = _ => ["i"], LogisticIds = _ => [2], BrandId = _ => 0 };

        var text = Shopee([product], out _, ids: ids);

        using var doc = JsonDocument.Parse(text);
        var item = doc.RootElement[0];
        Assert.Equal("Topeng & kayu", item.GetProperty("description").GetString());
        Assert.Equal(0, item.GetProperty("brand").GetProperty("brand_id").GetInt64());
        Assert.Equal("Sanggar Malangan", item.GetProperty("brand").GetProperty("original_brand_name").GetString());
        Assert.False(JsonDocument.Parse(Shopee([product], out _)).RootElement[0].TryGetProperty("brand", out _));
    }

    [Fact]
    public async System.Threading.Tasks.Task WriteAsync_from_a_list_and_an_async_sequence_writes_the_same_bytes_as_Write()
    {
        CraftProduct[] products = [Product(), Product("KYU-002").WithPrices(new Money(1.5m, Currency.IDR), null), Product("KYU-003")];
        var options = new FeedWriterOptions { MarketplaceOptions = ShopeeIds() };
        var expected = Shopee(products, out var written, lines: true);

        using var fromList = new MemoryStream();
        var listResult = await CraftProductFeeds.ShopeeJsonLines.WriteAsync(products, fromList, options, System.Threading.CancellationToken.None);
        using var fromAsync = new MemoryStream();
        var asyncResult = await CraftProductFeeds.ShopeeJsonLines.WriteAsync(products.ToAsyncEnumerable(), fromAsync, options);

        Assert.Equal((2L, 1L), (written.ItemsWritten, written.ItemsSkipped));
        Assert.Equal(expected, fromList.Utf8());
        Assert.Equal(expected, fromAsync.Utf8());
        Assert.Equal("IKM460", listResult.Skipped[0].Code);
        Assert.Equal("IKM460", asyncResult.Skipped[0].Code);
    }

    [Fact]
    public void The_writer_allocates_nothing_per_item()
    {
        IReadOnlyList<string> images = ["img"];
        IReadOnlyList<long> channels = [8003];
        var options = new FeedWriterOptions { MarketplaceOptions = new ShopeeWriterOptions<CraftProduct> { CategoryId = _ => 1, ImageIds = _ => images, LogisticIds = _ => channels } };
        var one = new[] { Product() };
        var many = Enumerable.Repeat(one[0], 2000).ToArray();
        CraftProductFeeds.ShopeeJson.Write(many, Stream.Null, options); // warm up

        long written = 0;
        var extra = AllocationProbe.ExtraBytes(() => CraftProductFeeds.ShopeeJson.Write(one, Stream.Null, options), () => written = CraftProductFeeds.ShopeeJson.Write(many, Stream.Null, options).ItemsWritten);

        Assert.Equal(2000, written);
        Assert.True(extra < 2000, "2,000 items allocated " + extra + " bytes more than one item");
    }

    [Property(MaxTest = 100)]
    public Property Random_products_read_back_with_JsonDocument()
    {
        return Prop.ForAll(IkmArbitraries.CraftProductGen.ArrayOf().Select(a => a.Take(5).ToArray()).ToArbitrary(), products =>
        {
            var text = Shopee(products, out var result, lines: true);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var skipped = result.Skipped.Select(s => s.Index).ToHashSet();
            var written = products.Where((_, i) => !skipped.Contains(i)).ToArray();
            if (lines.Length != result.ItemsWritten || written.Length != lines.Length || result.ItemsWritten + result.ItemsSkipped != products.Length)
            {
                return false;
            }

            for (var i = 0; i < lines.Length; i++)
            {
                var p = written[i];
                using var doc = JsonDocument.Parse(lines[i]);
                var item = doc.RootElement;
                if (item.GetProperty("item_name").GetString() != p.Title
                    || item.GetProperty("item_sku").GetString() != p.Sku
                    || item.GetProperty("original_price").GetDecimal() != p.Price.Amount
                    || item.GetProperty("seller_stock")[0].GetProperty("stock").GetInt32() != p.StockQuantity
                    || item.GetProperty("weight").GetDecimal() != p.Weight!.Value.Kilograms
                    || item.GetProperty("condition").GetString() != (p.Condition == Condition.New ? "NEW" : "USED")
                    || item.TryGetProperty("dimension", out var d) != p.Dimensions.HasValue
                    || (p.Dimensions is { } dims && d.GetProperty("package_height").GetDecimal() != dims.HeightCm))
                {
                    return false;
                }
            }

            return result.Skipped.All(s => s.Attribute is "weight" or "condition" or "original_price");
        });
    }
}
