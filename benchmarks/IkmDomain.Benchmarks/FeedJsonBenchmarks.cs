using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using IkmDomain.Crafts;

namespace IkmDomain.Benchmarks;

/// <summary>
/// 100,000 craft products as schema.org JSON-LD (a JSON array of <c>Product</c> objects), to memory,
/// against System.Text.Json source generation serializing an equivalent DTO (same property names,
/// same nesting, the price already a string) to the same stream. Both escape <c>&lt; &gt; &amp; '</c>
/// (System.Text.Json's default encoder does), so both are safe inside a <c>script</c> block.
/// </summary>
[MemoryDiagnoser]
public class FeedJsonBenchmarks
{
    private CraftProduct[] _products = [];
    private List<LdProduct> _dtos = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        (_products, var feed, _) = FeedBenchmarkData.Build((p, s) => CraftProductFeeds.SchemaOrgJson.Write(p, s));
        _dtos = FeedBenchmarkData.Products().Select(LdProduct.From).ToList();
        _stream = new MemoryStream(128 * 1024 * 1024);
        JsonSerializer.Serialize(_stream, _dtos, LdJsonContext.Default.ListLdProduct);
        System.Console.WriteLine($"// feed bytes: ours {feed.Length}, System.Text.Json {_stream.Length}");
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated schema.org JSON")]
    public long IkmDomainJson()
    {
        _stream.SetLength(0);
        CraftProductFeeds.SchemaOrgJson.Write(_products, _stream);
        return _stream.Length;
    }

    [Benchmark(Description = "System.Text.Json source generation, DTO")]
    public long SystemTextJson()
    {
        _stream.SetLength(0);
        JsonSerializer.Serialize(_stream, _dtos, LdJsonContext.Default.ListLdProduct);
        return _stream.Length;
    }
}

/// <summary>The JSON-LD <c>Product</c> our writer emits, as a DTO a System.Text.Json user would write.</summary>
public sealed class LdProduct
{
    [JsonPropertyName("@context")]
    public string Context { get; init; } = "https://schema.org";

    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Product";

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("description")]
    public string Description { get; init; } = "";

    [JsonPropertyName("sku")]
    public string Sku { get; init; } = "";

    [JsonPropertyName("brand")]
    public LdBrand? Brand { get; init; }

    [JsonPropertyName("image")]
    public string Image { get; init; } = "";

    [JsonPropertyName("offers")]
    public LdOffer Offers { get; init; } = new();

    public static LdProduct From(CraftProduct p) => new()
    {
        Name = p.Title,
        Description = p.Description,
        Sku = p.Sku,
        Brand = new LdBrand { Name = p.Brand },
        Image = p.ImageLink.AbsoluteUri,
        Offers = new LdOffer
        {
            Price = p.Price.Amount.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture),
            PriceCurrency = p.Price.Currency.Code,
            Availability = "https://schema.org/InStock",
            ItemCondition = "https://schema.org/NewCondition",
            Url = p.Link.AbsoluteUri,
        },
    };
}

public sealed class LdBrand
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Brand";

    [JsonPropertyName("name")]
    public string Name { get; init; } = "";
}

public sealed class LdOffer
{
    [JsonPropertyName("@type")]
    public string Type { get; init; } = "Offer";

    [JsonPropertyName("price")]
    public string Price { get; init; } = "";

    [JsonPropertyName("priceCurrency")]
    public string PriceCurrency { get; init; } = "";

    [JsonPropertyName("availability")]
    public string Availability { get; init; } = "";

    [JsonPropertyName("itemCondition")]
    public string ItemCondition { get; init; } = "";

    [JsonPropertyName("url")]
    public string Url { get; init; } = "";
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<LdProduct>))]
public sealed partial class LdJsonContext : JsonSerializerContext;
