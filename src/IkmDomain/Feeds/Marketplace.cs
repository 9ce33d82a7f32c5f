using System.Text.Json.Serialization;

namespace IkmDomain.Feeds;

/// <summary>A marketplace or catalogue that a generated feed writer targets.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Marketplace>))]
public enum Marketplace
{
    /// <summary>Google Merchant Center product data specification.</summary>
    GoogleMerchant = 0,

    /// <summary>Meta (Facebook and Instagram) commerce catalog.</summary>
    MetaCatalog = 1,

    /// <summary>TikTok Shop, which since 2024 also carries Tokopedia's catalogue.</summary>
    TikTokShop = 2,

    /// <summary>Shopee (Indonesia) mass upload.</summary>
    Shopee = 3,

    /// <summary>schema.org <c>Product</c> structured data (JSON-LD).</summary>
    SchemaOrg = 4,

    /// <summary>A custom feed: the member names as written, no marketplace rules applied.</summary>
    Custom = 5,
}
