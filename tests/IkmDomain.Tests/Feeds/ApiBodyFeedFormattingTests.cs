using System;
using System.IO;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// TikTok Shop and Shopee request bodies are machine formats: the same bytes under id-ID, tr-TR, ar-SA
/// and the invariant culture, and (this file also runs in the InvariantGlobalization test project)
/// in a process with no culture data, pinned to the same text.
/// </summary>
public class ApiBodyFeedFormattingTests
{
    private static CraftProduct Product() =>
        new CraftProduct(
            "KYU-001",
            "Topeng İstanbul ıi ukiran kayu jati",
            "Ukiran, 1.5 kg",
            [CraftMaterial.Wood],
            new Money(1234567.5m, Currency.IDR),
            [new Uri("https://toko.example/1.jpg")],
            new Uri("https://toko.example/p"),
            "Sanggar")
        {
            Weight = Weight.FromGrams(1250),
            Dimensions = new Dimensions(30m, 20m, 10m),
            StockQuantity = 1234,
        };

    private static string Write()
    {
        var options = new FeedWriterOptions
        {
            MarketplaceOptions = new TikTokShopWriterOptions<CraftProduct> { CategoryId = _ => "600001", MainImageUris = _ => ["tos/1"], WarehouseId = _ => "w1" },
        };
        var shopee = new FeedWriterOptions
        {
            MarketplaceOptions = new ShopeeWriterOptions<CraftProduct> { CategoryId = _ => 100644, ImageIds = _ => ["img1"], LogisticIds = _ => [8003], RoundToWholeRupiah = true },
        };
        using var stream = new MemoryStream();
        CraftProductFeeds.TikTokShopJson.Write([Product()], stream, options);
        CraftProductFeeds.TikTokShopJsonLines.Write([Product()], stream, options);
        CraftProductFeeds.ShopeeJson.Write([Product()], stream, shopee);
        CraftProductFeeds.ShopeeJsonLines.Write([Product()], stream, shopee);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private const string TikTokBody =
        "{\"category_id\":\"600001\",\"title\":\"Topeng İstanbul ıi ukiran kayu jati\",\"description\":\"Ukiran, 1.5 kg\",\"main_images\":[{\"uri\":\"tos/1\"}],"
        + "\"package_weight\":{\"value\":\"1.25\",\"unit\":\"KILOGRAM\"},\"package_dimensions\":{\"length\":\"30\",\"width\":\"20\",\"height\":\"10\",\"unit\":\"CENTIMETER\"},"
        + "\"skus\":[{\"inventory\":[{\"warehouse_id\":\"w1\",\"quantity\":1234}],\"price\":{\"amount\":\"1234567.5\",\"currency\":\"IDR\"},\"seller_sku\":\"KYU-001\"}]}";

    private const string ShopeeBody =
        "{\"category_id\":100644,\"item_name\":\"Topeng İstanbul ıi ukiran kayu jati\",\"description\":\"Ukiran, 1.5 kg\",\"item_sku\":\"KYU-001\","
        + "\"original_price\":1234568,\"seller_stock\":[{\"stock\":1234}],\"image\":{\"image_id_list\":[\"img1\"]},\"weight\":1.25,"
        + "\"dimension\":{\"package_length\":30,\"package_width\":20,\"package_height\":10},\"logistic_info\":[{\"logistic_id\":8003,\"enabled\":true}],\"condition\":\"NEW\"}";

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void TikTok_Shop_and_Shopee_bodies_are_these_bytes_in_every_culture(string culture)
    {
        string actual;
        using (new CultureScope(culture))
        {
            actual = Write();
        }

        Assert.Equal("[\n" + TikTokBody + "\n]\n" + TikTokBody + "\n" + "[\n" + ShopeeBody + "\n]\n" + ShopeeBody + "\n", actual);
    }
}
