using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Benchmarks;

/// <summary>
/// 100,000 craft products as TikTok Shop and Shopee product bodies (a JSON array), to memory, against
/// System.Text.Json source generation serializing equivalent DTOs (same properties and nesting, the
/// amounts already strings or numbers as the body has them). The platform ids come from callbacks
/// that return the same shared values for every product, so the callbacks allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class FeedApiJsonBenchmarks
{
    private static readonly string[] TikTokImages = ["tos-img/main-1", "tos-img/main-2"];
    private static readonly string[] ShopeeImages = ["sg-img-main"];
    private static readonly long[] Logistics = [8003, 8005];

    private CraftProduct[] _products = [];
    private FeedWriterOptions _tikTok = new();
    private FeedWriterOptions _shopee = new();
    private List<TikTokBody> _tikTokDtos = [];
    private List<ShopeeBody> _shopeeDtos = [];
    private MemoryStream _stream = new();

    public static CraftProduct[] Products() =>
        FeedBenchmarkData.Products().Select(p => p with { Dimensions = new Dimensions(30m, 20m, 10m), StockQuantity = 5 }).ToArray();

    [GlobalSetup]
    public void Setup()
    {
        _tikTok = new FeedWriterOptions
        {
            MarketplaceOptions = new TikTokShopWriterOptions<CraftProduct>
            {
                CategoryId = _ => "600001",
                MainImageUris = _ => TikTokImages,
                WarehouseId = _ => "7068517275539719942",
            },
        };
        _shopee = new FeedWriterOptions
        {
            MarketplaceOptions = new ShopeeWriterOptions<CraftProduct>
            {
                CategoryId = _ => 100644,
                ImageIds = _ => ShopeeImages,
                LogisticIds = _ => Logistics,
                RoundToWholeRupiah = true,
            },
        };
        _products = Products();
        _stream = new MemoryStream(128 * 1024 * 1024);
        var ours = (TikTok: IkmDomainTikTok(), Shopee: IkmDomainShopee());
        var source = Products();
        _tikTokDtos = source.Select(TikTokBody.From).ToList();
        _shopeeDtos = source.Select(ShopeeBody.From).ToList();
        System.Console.WriteLine($"// feed bytes: TikTok ours {ours.TikTok}, System.Text.Json {SystemTextJsonTikTok()}; Shopee ours {ours.Shopee}, System.Text.Json {SystemTextJsonShopee()}");
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated TikTok Shop JSON")]
    public long IkmDomainTikTok()
    {
        _stream.SetLength(0);
        CraftProductFeeds.TikTokShopJson.Write(_products, _stream, _tikTok);
        return _stream.Length;
    }

    [Benchmark(Description = "System.Text.Json source generation, TikTok Shop DTO")]
    public long SystemTextJsonTikTok()
    {
        _stream.SetLength(0);
        JsonSerializer.Serialize(_stream, _tikTokDtos, ApiJsonContext.Default.ListTikTokBody);
        return _stream.Length;
    }

    [Benchmark(Description = "IkmDomain generated Shopee JSON")]
    public long IkmDomainShopee()
    {
        _stream.SetLength(0);
        CraftProductFeeds.ShopeeJson.Write(_products, _stream, _shopee);
        return _stream.Length;
    }

    [Benchmark(Description = "System.Text.Json source generation, Shopee DTO")]
    public long SystemTextJsonShopee()
    {
        _stream.SetLength(0);
        JsonSerializer.Serialize(_stream, _shopeeDtos, ApiJsonContext.Default.ListShopeeBody);
        return _stream.Length;
    }
}
