using System.Text;

namespace IkmDomain.Generators.Tests;

/// <summary>The generated writers compiled warning-free, loaded in a collectible context and run.</summary>
public class CompileAndRunTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum Stock { InStock, OutOfStock }
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
        public partial record Listing(
            [property: FeedField(FeedAttribute.Id)] string Sku,
            string Title, string Description, Uri Link, Uri ImageLink, Stock Availability,
            [property: FeedField(FeedAttribute.Price)] string PriceText)
        {
            public string[]? ProductTypes { get; init; }
            public double? ShippingWeight { get; init; }
        }
        public static class Runner
        {
            static Listing One(string sku, string title) => new(sku, title, "Desc & <b>", new Uri("https://x.example/p?a=1&b=2"),
                new Uri("https://x.example/i.jpg"), Stock.InStock, "10.00 IDR") { ProductTypes = ["Home > Decor", "Gifts"], ShippingWeight = 1.25 };
            public static byte[] Run()
            {
                using var stream = new MemoryStream();
                WRITE
                return stream.ToArray();
            }
        }
        """;

    [Fact]
    public void Generated_TSV_writer_runs_and_writes_the_expected_bytes()
    {
        var bytes = GeneratorRunner.CompileAndRun(Types.Replace("WRITE", """ListingFeeds.GoogleMerchantTsv.Write([One("A", "Tab\there"), One("", "skipped")], stream);"""));

        Assert.Equal(
            "id\ttitle\tdescription\tlink\timage_link\tavailability\tprice\tproduct_type\tshipping_weight\n"
            + "A\t\"Tab\there\"\tDesc & <b>\thttps://x.example/p?a=1&b=2\thttps://x.example/i.jpg\tin_stock\t10.00 IDR\tHome > Decor,Gifts\t1.25 kg\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Generated_XML_writer_runs_and_writes_the_expected_bytes()
    {
        var bytes = GeneratorRunner.CompileAndRun(Types.Replace("WRITE", """ListingFeeds.GoogleMerchantXml.Write([One("A", "T")], stream, new FeedWriterOptions { ChannelTitle = "Shop" });"""));

        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n"
            + "<title>Shop</title>\n<link></link>\n<description>Product feed</description>\n"
            + "<item>\n<g:id>A</g:id>\n<g:title>T</g:title>\n<g:description>Desc &amp; &lt;b&gt;</g:description>\n"
            + "<g:link>https://x.example/p?a=1&amp;b=2</g:link>\n<g:image_link>https://x.example/i.jpg</g:image_link>\n"
            + "<g:availability>in_stock</g:availability>\n<g:price>10.00 IDR</g:price>\n"
            + "<g:product_type>Home &gt; Decor</g:product_type>\n<g:product_type>Gifts</g:product_type>\n"
            + "<g:shipping_weight>1.25 kg</g:shipping_weight>\n</item>\n</channel>\n</rss>\n",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Nested_struct_and_inherited_members_compile_and_run()
    {
        var bytes = GeneratorRunner.CompileAndRun("""
            using System;
            using System.IO;
            using IkmDomain.Feeds;
            namespace Shop;
            public class Base { public string Id { get; init; } = ""; }
            public partial class Outer
            {
                [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
                internal sealed class Item : Base
                {
                    public string Title { get; init; } = "";
                    public int @class { get; init; }
                }
            }
            public static class Runner
            {
                public static byte[] Run()
                {
                    using var stream = new MemoryStream();
                    Outer.ItemFeeds.GoogleMerchantTsv.Write([new Outer.Item { Id = "N1", Title = "Nested" }], stream);
                    return stream.ToArray();
                }
            }
            """);

        Assert.Equal("id\ttitle\nN1\tNested\n", Encoding.UTF8.GetString(bytes));
    }

    private const string Bodies = """
        using System;
        using System.IO;
        using IkmDomain;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum State { New, Used }
        [MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)]
        [MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)]
        public partial record Listing(string Id, string Title, string Description, Money? Price, float Weight, uint Quantity)
        {
            [FeedField(FeedAttribute.ShippingLength)] public decimal? LengthCm { get; init; }
            [FeedField(FeedAttribute.ShippingWidth)] public long WidthCm { get; init; }
            [FeedField(FeedAttribute.ShippingHeight)] public ulong HeightCm { get; init; }
            public State Condition { get; init; }
        }
        public static class Runner
        {
            public static byte[] Run()
            {
                var one = new Listing("A-1", "Tas anyaman pandan \"Bali\" <asli>", "<p>Anyaman</p>", Money.Idr(125000), 0.5f, 3u) { LengthCm = 30.0m, WidthCm = 20, HeightCm = 8 };
                var noPrice = one with { Id = "A-2", Price = null };
                using var stream = new MemoryStream();
                WRITE
                return stream.ToArray();
            }
        }
        """;

    [Fact]
    public void Generated_TikTok_Shop_JSON_Lines_writer_runs_and_writes_the_expected_bytes()
    {
        var bytes = GeneratorRunner.CompileAndRun(Bodies.Replace("WRITE", """
            var r = ListingFeeds.TikTokShopJsonLines.Write([one, noPrice], stream, new FeedWriterOptions
            {
                MarketplaceOptions = new TikTokShopWriterOptions<Listing> { CategoryId = _ => "601", MainImageUris = _ => ["u1", "u2"], WarehouseId = _ => "w", BrandId = _ => "b7" },
            });
            stream.Write(System.Text.Encoding.UTF8.GetBytes(r.Skipped[0].ToString()));
            """));

        Assert.Equal(
            "{\"category_id\":\"601\",\"brand_id\":\"b7\",\"title\":\"Tas anyaman pandan \\\"Bali\\\" \\u003Casli\\u003E\",\"description\":\"\\u003Cp\\u003EAnyaman\\u003C/p\\u003E\","
            + "\"main_images\":[{\"uri\":\"u1\"},{\"uri\":\"u2\"}],\"package_weight\":{\"value\":\"0.5\",\"unit\":\"KILOGRAM\"},"
            + "\"package_dimensions\":{\"length\":\"30\",\"width\":\"20\",\"height\":\"8\",\"unit\":\"CENTIMETER\"},"
            + "\"skus\":[{\"inventory\":[{\"warehouse_id\":\"w\",\"quantity\":3}],\"price\":{\"amount\":\"125000\",\"currency\":\"IDR\"},\"seller_sku\":\"A-1\"}]}\n"
            + "item 1 (id \"A-2\"): skus[].price is missing [IKM491]",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Generated_Shopee_JSON_writer_runs_and_writes_the_expected_bytes()
    {
        var bytes = GeneratorRunner.CompileAndRun(Bodies.Replace("WRITE", """
            ListingFeeds.ShopeeJson.Write([one with { Condition = State.Used }], stream, new FeedWriterOptions
            {
                MarketplaceOptions = new ShopeeWriterOptions<Listing> { CategoryId = _ => 100644, ImageIds = _ => ["i1"], LogisticIds = _ => [8003] },
            });
            """));

        Assert.Equal(
            "[\n{\"category_id\":100644,\"item_name\":\"Tas anyaman pandan \\\"Bali\\\" \\u003Casli\\u003E\",\"description\":\"Anyaman\",\"item_sku\":\"A-1\","
            + "\"original_price\":125000,\"seller_stock\":[{\"stock\":3}],\"image\":{\"image_id_list\":[\"i1\"]},\"weight\":0.5,"
            + "\"dimension\":{\"package_length\":30,\"package_width\":20,\"package_height\":8},\"logistic_info\":[{\"logistic_id\":8003,\"enabled\":true}],\"condition\":\"USED\"}\n]\n",
            Encoding.UTF8.GetString(bytes));
    }
}
