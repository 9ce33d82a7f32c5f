using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IkmDomain.Tests.Feeds;

/// <summary>Products and platform ids for the TikTok Shop and Shopee writer tests.</summary>
internal static class ApiBodyTestData
{
    /// <summary>A product every TikTok Shop and Shopee rule accepts: title of 25+ characters, whole centimetres, stock.</summary>
    public static CraftProduct Product(string sku = "KYU-001") =>
        CraftProductFeedTests.Product(sku) with
        {
            Title = "Topeng kayu Malangan ukir tangan",
            Dimensions = new Dimensions(30m, 20m, 10m),
            StockQuantity = 5,
        };

    public static TikTokShopWriterOptions<CraftProduct> TikTokIds(Func<CraftProduct, string?>? category = null, Func<CraftProduct, IReadOnlyList<string>?>? images = null) => new()
    {
        CategoryId = category ?? (_ => "600001"),
        MainImageUris = images ?? (p => ["tos-img/" + p.Sku + "-1", "tos-img/" + p.Sku + "-2"]),
        WarehouseId = _ => "7068517275539719942",
    };

    public static ShopeeWriterOptions<CraftProduct> ShopeeIds(Func<CraftProduct, long?>? category = null, bool round = false) => new()
    {
        CategoryId = category ?? (_ => 100644),
        ImageIds = p => ["sg-img-" + p.Sku],
        LogisticIds = _ => [8003, 8005],
        RoundToWholeRupiah = round,
    };

    public static string TikTok(IEnumerable<CraftProduct> products, out FeedWriteResult result, bool lines = false, TikTokShopWriterOptions<CraftProduct>? ids = null)
    {
        using var stream = new MemoryStream();
        var options = new FeedWriterOptions { MarketplaceOptions = ids ?? TikTokIds() };
        result = lines ? CraftProductFeeds.TikTokShopJsonLines.Write(products, stream, options) : CraftProductFeeds.TikTokShopJson.Write(products, stream, options);
        return stream.Utf8();
    }

    public static string Shopee(IEnumerable<CraftProduct> products, out FeedWriteResult result, bool lines = false, ShopeeWriterOptions<CraftProduct>? ids = null)
    {
        using var stream = new MemoryStream();
        var options = new FeedWriterOptions { MarketplaceOptions = ids ?? ShopeeIds() };
        result = lines ? CraftProductFeeds.ShopeeJsonLines.Write(products, stream, options) : CraftProductFeeds.ShopeeJson.Write(products, stream, options);
        return stream.Utf8();
    }
}
