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

/// <summary>A user's own type with TikTok Shop JSON Lines: numbers for weight and sides, nullable sides.</summary>
[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)]
public sealed record TikTokListing(string Id, string Title, string Description, Money Price, double Weight)
{
    [FeedField(FeedAttribute.ShippingLength)]
    public int? LengthCm { get; init; }

    [FeedField(FeedAttribute.ShippingWidth)]
    public int? WidthCm { get; init; }

    [FeedField(FeedAttribute.ShippingHeight)]
    public double? HeightCm { get; init; }

    public int Quantity { get; init; }
}

/// <summary>TikTok Shop Partner API product bodies, JSON and JSON Lines (issue 13 §2, FEEDS.md §3).</summary>
public class TikTokShopJsonTests
{
    private const string OneBody =
        "{\"category_id\":\"600001\",\"title\":\"Topeng kayu Malangan ukir tangan\",\"description\":\"Topeng kayu ukir tangan dari Malang.\","
        + "\"main_images\":[{\"uri\":\"tos-img/KYU-001-1\"},{\"uri\":\"tos-img/KYU-001-2\"}],\"package_weight\":{\"value\":\"3\",\"unit\":\"KILOGRAM\"},"
        + "\"package_dimensions\":{\"length\":\"30\",\"width\":\"20\",\"height\":\"10\",\"unit\":\"CENTIMETER\"},"
        + "\"skus\":[{\"inventory\":[{\"warehouse_id\":\"7068517275539719942\",\"quantity\":5}],\"price\":{\"amount\":\"150000\",\"currency\":\"IDR\"},\"seller_sku\":\"KYU-001\"}]}";

    [Fact]
    public void One_product_is_written_as_these_exact_bytes()
    {
        var text = TikTok([Product()], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal("[\n" + OneBody + "\n]\n", text);
    }

    [Fact]
    public void JSON_Lines_is_one_body_per_line_with_no_brackets()
    {
        var text = TikTok([Product(), Product("KYU-002") with { Price = new Money(99000.5m, Currency.IDR) }], out var result, lines: true);

        Assert.Equal(2, result.ItemsWritten);
        Assert.StartsWith(OneBody + "\n", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("99000.5", second.RootElement.GetProperty("skus")[0].GetProperty("price").GetProperty("amount").GetString());
        Assert.Equal("KYU-002", second.RootElement.GetProperty("skus")[0].GetProperty("seller_sku").GetString());
    }

    [Fact]
    public void An_empty_feed_is_an_empty_array_or_an_empty_file()
    {
        Assert.Equal("[\n]\n", TikTok([], out _));
        Assert.Equal(string.Empty, TikTok([], out _, lines: true));
    }

    public static TheoryData<string, string, string?> Rules => new()
    {
        // name, attribute, code: one row per TikTok Shop rule (FEEDS.md §3).
        { "title of 24 characters", "title", "IKM450" },
        { "description with a div", "description", "IKM454" },
        { "description with nested inline tags", "description", "IKM454" },
        { "price Rp50", "skus[].price", "IKM451" },
        { "price above Rp100,000,000", "skus[].price", "IKM451" },
        { "price in USD", "skus[].price", "IKM451" },
        { "half a centimetre", "package_dimensions.height", "IKM453" },
        { "stock above 999,999", "skus[].inventory[].quantity", "IKM495" },
        { "no weight", "package_weight.value", "IKM491" },
    };

    private static CraftProduct Break(string rule) => rule switch
    {
        "title of 24 characters" => Product() with { Title = new string('t', 24) },
        "description with a div" => Product() with { Description = "<div>Topeng kayu</div>" },
        "description with nested inline tags" => Product() with { Description = "<p><strong><em>Topeng</em></strong> kayu</p>" },
        "price Rp50" => Product().WithPrices(Money.Idr(50), null),
        "price above Rp100,000,000" => Product().WithPrices(Money.Idr(100_000_001), null),
        "price in USD" => Product().WithPrices(Money.Usd(25), null),
        "half a centimetre" => Product() with { Dimensions = new Dimensions(30, 20, 10.5m) },
        "stock above 999,999" => Product() with { StockQuantity = 1_000_000 },
        "no weight" => Product() with { Weight = null },
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Each_rule_skips_the_item_with_its_attribute_and_code_and_writes_the_others(string rule, string attribute, string? code)
    {
        var text = TikTok([Product("OK-1"), Break(rule) with { Sku = "BAD" }, Product("OK-2")], out var result);

        Assert.Equal(2, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(1, skipped.Index);
        Assert.Equal("BAD", skipped.Id);
        Assert.Equal(attribute, skipped.Attribute);
        Assert.Equal(code, skipped.Code);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(["OK-1", "OK-2"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("skus")[0].GetProperty("seller_sku").GetString()));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_readiness_validator_reports_the_same_code_as_the_writer(string rule, string attribute, string? code)
    {
        _ = attribute;
        if (code is null || code.StartsWith("IKM49", StringComparison.Ordinal))
        {
            return; // A writer-only rule (IKM490-499) (the readiness validator does not check stock or weight).
        }

        var errors = MarketplaceReadiness.For(Marketplace.TikTokShop).Validate(Break(rule)).Errors;

        Assert.Contains(errors, e => e.ErrorCode == code);
    }

    [Fact]
    public void Allowed_tags_not_nested_are_written_as_they_are()
    {
        const string Html = "<p>Topeng <strong>kayu</strong><br/>Malang</p><ul><li>Ukir <em>tangan</em></li><li>Cat alam</li></ul>";

        var text = TikTok([Product() with { Description = Html }], out var result);

        Assert.Equal(1, result.ItemsWritten);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(Html, doc.RootElement[0].GetProperty("description").GetString());
        Assert.DoesNotContain("</", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_category_id_skips_the_item_and_reports_it()
    {
        var ids = TikTokIds(category: p => p.Sku == "NO-CAT" ? null : "600001");

        var text = TikTok([Product("A"), Product("NO-CAT"), Product("B")], out var result, ids: ids);

        Assert.Equal(2, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("NO-CAT", skipped.Id);
        Assert.Equal("category_id", skipped.Attribute);
        Assert.Equal("IKM455", skipped.Code);
        Assert.Contains("TikTokShopWriterOptions.CategoryId", skipped.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("NO-CAT", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_images_must_be_one_to_nine_uploaded_uris()
    {
        TikTok([Product()], out var none, ids: TikTokIds(images: _ => []));
        TikTok([Product()], out var ten, ids: TikTokIds(images: _ => Enumerable.Range(1, 10).Select(i => "u" + i).ToArray()));
        var nine = TikTok([Product()], out var ok, ids: TikTokIds(images: _ => Enumerable.Range(1, 9).Select(i => "u" + i).ToArray()));

        Assert.Equal(("main_images", "IKM455"), (none.Skipped[0].Attribute, none.Skipped[0].Code));
        Assert.Equal(("main_images", "IKM452"), (ten.Skipped[0].Attribute, ten.Skipped[0].Code));
        Assert.Equal(1, ok.ItemsWritten);
        using var doc = JsonDocument.Parse(nine);
        Assert.Equal(9, doc.RootElement[0].GetProperty("main_images").GetArrayLength());
    }

    [Fact]
    public void Without_TikTok_options_every_item_is_skipped_with_the_reason()
    {
        using var stream = new MemoryStream();

        var missing = CraftProductFeeds.TikTokShopJson.Write([Product(), Product("B")], stream);
        var wrongKind = CraftProductFeeds.TikTokShopJson.Write([Product()], stream, new FeedWriterOptions { MarketplaceOptions = ShopeeIds() });

        Assert.Equal(0, missing.ItemsWritten + wrongKind.ItemsWritten);
        Assert.Equal(2, missing.ItemsSkipped);
        Assert.All(missing.Skipped.Concat(wrongKind.Skipped), s =>
        {
            Assert.Equal("category_id", s.Attribute);
            Assert.Contains("TikTokShopWriterOptions<CraftProduct>", s.Reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_users_type_checks_NaN_and_all_three_sides_or_none()
    {
        var ok = new TikTokListing("L-1", "Kain tenun ikat Sumba asli tangan", "Tenun.", Money.Idr(250000), 0.75) { LengthCm = 40, WidthCm = 30, HeightCm = 5.0, Quantity = 2 };
        var nan = ok with { Id = "L-2", Weight = double.NaN };
        var part = ok with { Id = "L-3", HeightCm = null };
        var none = ok with { Id = "L-4", LengthCm = null, WidthCm = null, HeightCm = null };
        var infinite = ok with { Id = "L-5", HeightCm = double.PositiveInfinity };
        using var stream = new MemoryStream();

        var result = TikTokListingFeeds.TikTokShopJsonLines.Write([ok, nan, part, none, infinite], stream, new FeedWriterOptions
        {
            MarketplaceOptions = new TikTokShopWriterOptions<TikTokListing> { CategoryId = _ => "1", MainImageUris = _ => ["u"], WarehouseId = _ => "w" },
        });

        Assert.Equal(2, result.ItemsWritten);
        Assert.Equal(
            [("L-2", "package_weight.value", "is NaN, not a finite number of zero or more"), ("L-3", "package_dimensions", "needs length, width and height together, or none"), ("L-5", "package_dimensions.height", "is Infinity, not a finite number of zero or more")],
            result.Skipped.Select(s => (s.Id!, s.Attribute, s.Reason)));
        var lines = stream.Utf8().Split('\n');
        Assert.Equal(
            "{\"category_id\":\"1\",\"title\":\"Kain tenun ikat Sumba asli tangan\",\"description\":\"Tenun.\",\"main_images\":[{\"uri\":\"u\"}],"
            + "\"package_weight\":{\"value\":\"0.75\",\"unit\":\"KILOGRAM\"},\"package_dimensions\":{\"length\":\"40\",\"width\":\"30\",\"height\":\"5\",\"unit\":\"CENTIMETER\"},"
            + "\"skus\":[{\"inventory\":[{\"warehouse_id\":\"w\",\"quantity\":2}],\"price\":{\"amount\":\"250000\",\"currency\":\"IDR\"},\"seller_sku\":\"L-1\"}]}",
            lines[0]);
        Assert.DoesNotContain("package_dimensions", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_writer_allocates_nothing_per_item()
    {
        IReadOnlyList<string> uris = ["tos-img/1"];
        var ids = new TikTokShopWriterOptions<CraftProduct> { CategoryId = _ => "600001", MainImageUris = _ => uris, WarehouseId = _ => "w" };
        var options = new FeedWriterOptions { MarketplaceOptions = ids };
        var one = new[] { Product() };
        var many = Enumerable.Repeat(one[0], 2000).ToArray();
        CraftProductFeeds.TikTokShopJsonLines.Write(many, Stream.Null, options); // warm up

        long written = 0;
        var extra = AllocationProbe.ExtraBytes(() => CraftProductFeeds.TikTokShopJsonLines.Write(one, Stream.Null, options), () => written = CraftProductFeeds.TikTokShopJsonLines.Write(many, Stream.Null, options).ItemsWritten);

        Assert.Equal(2000, written);
        Assert.True(extra < 2000, "2,000 items allocated " + extra + " bytes more than one item");
    }

    [Property(MaxTest = 100)]
    public Property Random_products_read_back_with_JsonDocument()
    {
        return Prop.ForAll(IkmArbitraries.CraftProductGen.ArrayOf().Select(a => a.Take(5).ToArray()).ToArbitrary(), products =>
        {
            var text = TikTok(products, out var result);
            using var doc = JsonDocument.Parse(text);
            var items = doc.RootElement.EnumerateArray().ToArray();
            var skipped = result.Skipped.Select(s => s.Index).ToHashSet();
            var written = products.Where((_, i) => !skipped.Contains(i)).ToArray();
            if (items.Length != result.ItemsWritten || written.Length != items.Length || result.ItemsWritten + result.ItemsSkipped != products.Length)
            {
                return false;
            }

            for (var i = 0; i < items.Length; i++)
            {
                var p = written[i];
                var item = items[i];
                var sku = item.GetProperty("skus")[0];
                if (item.GetProperty("title").GetString() != p.Title
                    || item.GetProperty("description").GetString() != p.Description
                    || sku.GetProperty("seller_sku").GetString() != p.Sku
                    || decimal.Parse(sku.GetProperty("price").GetProperty("amount").GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) != p.Price.Amount
                    || sku.GetProperty("inventory")[0].GetProperty("quantity").GetInt32() != p.StockQuantity
                    || decimal.Parse(item.GetProperty("package_weight").GetProperty("value").GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) != p.Weight!.Value.Kilograms)
                {
                    return false;
                }
            }

            // Every skip names a TikTok rule the product really breaks.
            return result.Skipped.All(s => s.Attribute is "title" or "package_weight.value" or "skus[].price" or "package_dimensions.length" or "package_dimensions.width" or "package_dimensions.height" or "skus[].seller_sku");
        });
    }
}
