using System;
using System.IO;
using System.Linq;
using IkmDomain;
using IkmDomain.Crafts;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Feeds;

/// <summary>Every CraftProduct feed target writes the same bytes under id-ID, tr-TR, ar-SA and the invariant culture.</summary>
public class FeedCultureTests
{
    private static byte[] WriteAll()
    {
        var products = new[]
        {
            CraftProductFeedTests.Product() with { SalePrice = new Money(120000.5m, Currency.IDR), Weight = Weight.FromKilograms(1.25m), Title = "İğne ıslık Iİ" },
            CraftProductFeedTests.Product("KYU-002") with { AvailabilityDate = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(7)), Availability = Availability.Preorder },
        };
        using var stream = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write(products, stream);
        CraftProductFeeds.GoogleMerchantXml.Write(products, stream);
        CraftProductFeeds.MetaCatalogCsv.Write(products, stream);
        CraftProductFeeds.MetaCatalogTsv.Write(products, stream);
        CraftProductFeeds.MetaCatalogXml.Write(products, stream);
        var tiktok = new FeedWriterOptions { MarketplaceOptions = ApiBodyTestData.TikTokIds() };
        var shopee = new FeedWriterOptions { MarketplaceOptions = ApiBodyTestData.ShopeeIds(round: true) };
        var bodies = products.Select(p => p with { Title = p.Title + " ukiran kayu jati", Dimensions = new Dimensions(30, 20, 10), StockQuantity = 7 }).ToArray();
        CraftProductFeeds.TikTokShopJson.Write(bodies, stream, tiktok);
        CraftProductFeeds.TikTokShopJsonLines.Write(bodies, stream, tiktok);
        CraftProductFeeds.ShopeeJson.Write(bodies, stream, shopee);
        CraftProductFeeds.ShopeeJsonLines.Write(bodies, stream, shopee);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Bytes_are_the_same_in_every_culture(string culture)
    {
        var invariant = WriteAll();

        byte[] actual;
        using (new CultureScope(culture))
        {
            actual = WriteAll();
        }

        Assert.Equal(invariant, actual);
        Assert.Contains("120000.50 IDR", System.Text.Encoding.UTF8.GetString(actual), StringComparison.Ordinal);
        Assert.Contains("\"package_weight\":{\"value\":\"1.25\"", System.Text.Encoding.UTF8.GetString(actual), StringComparison.Ordinal);
    }
}
