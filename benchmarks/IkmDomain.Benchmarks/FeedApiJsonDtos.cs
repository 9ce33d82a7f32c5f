using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using IkmDomain.Crafts;

namespace IkmDomain.Benchmarks;

/// <summary>The TikTok Shop product body our writer emits, as DTOs a System.Text.Json user would write.</summary>
public sealed class TikTokBody
{
    private static readonly TikTokImage[] Images = [new() { Uri = "tos-img/main-1" }, new() { Uri = "tos-img/main-2" }];

    [JsonPropertyName("category_id")] public string CategoryId { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("main_images")] public TikTokImage[] MainImages { get; init; } = [];
    [JsonPropertyName("package_weight")] public TikTokWeight PackageWeight { get; init; } = new();
    [JsonPropertyName("package_dimensions")] public TikTokDimensions PackageDimensions { get; init; } = new();
    [JsonPropertyName("skus")] public TikTokSku[] Skus { get; init; } = [];

    public static TikTokBody From(CraftProduct p) => new()
    {
        CategoryId = "600001",
        Title = p.Title,
        Description = p.Description,
        MainImages = Images,
        PackageWeight = new TikTokWeight { Value = Text(p.Weight!.Value.Kilograms) },
        PackageDimensions = new TikTokDimensions
        {
            Length = Text(p.Dimensions!.Value.LengthCm), Width = Text(p.Dimensions.Value.WidthCm), Height = Text(p.Dimensions.Value.HeightCm),
        },
        Skus =
        [
            new TikTokSku
            {
                Inventory = [new TikTokInventory { WarehouseId = "7068517275539719942", Quantity = 5 }],
                Price = new TikTokPrice { Amount = Text(p.Price.Amount), Currency = p.Price.Currency.Code },
                SellerSku = p.Sku,
            },
        ],
    };

    internal static string Text(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}

public sealed class TikTokImage { [JsonPropertyName("uri")] public string Uri { get; init; } = ""; }

public sealed class TikTokWeight
{
    [JsonPropertyName("value")] public string Value { get; init; } = "";
    [JsonPropertyName("unit")] public string Unit { get; init; } = "KILOGRAM";
}

public sealed class TikTokDimensions
{
    [JsonPropertyName("length")] public string Length { get; init; } = "";
    [JsonPropertyName("width")] public string Width { get; init; } = "";
    [JsonPropertyName("height")] public string Height { get; init; } = "";
    [JsonPropertyName("unit")] public string Unit { get; init; } = "CENTIMETER";
}

public sealed class TikTokSku
{
    [JsonPropertyName("inventory")] public TikTokInventory[] Inventory { get; init; } = [];
    [JsonPropertyName("price")] public TikTokPrice Price { get; init; } = new();
    [JsonPropertyName("seller_sku")] public string SellerSku { get; init; } = "";
}

public sealed class TikTokInventory
{
    [JsonPropertyName("warehouse_id")] public string WarehouseId { get; init; } = "";
    [JsonPropertyName("quantity")] public int Quantity { get; init; }
}

public sealed class TikTokPrice
{
    [JsonPropertyName("amount")] public string Amount { get; init; } = "";
    [JsonPropertyName("currency")] public string Currency { get; init; } = "";
}

/// <summary>The Shopee <c>add_item</c> body our writer emits, as DTOs a System.Text.Json user would write.</summary>
public sealed class ShopeeBody
{
    private static readonly ShopeeStock[] Stock = [new() { Stock = 5 }];
    private static readonly ShopeeImage Image = new() { ImageIdList = ["sg-img-main"] };
    private static readonly ShopeeLogistic[] Logistics = [new() { LogisticId = 8003 }, new() { LogisticId = 8005 }];

    [JsonPropertyName("category_id")] public long CategoryId { get; init; }
    [JsonPropertyName("item_name")] public string ItemName { get; init; } = "";
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("item_sku")] public string ItemSku { get; init; } = "";
    [JsonPropertyName("original_price")] public decimal OriginalPrice { get; init; }
    [JsonPropertyName("seller_stock")] public ShopeeStock[] SellerStock { get; init; } = [];
    [JsonPropertyName("image")] public ShopeeImage Images { get; init; } = new();
    [JsonPropertyName("weight")] public decimal Weight { get; init; }
    [JsonPropertyName("dimension")] public ShopeeDimension Dimension { get; init; } = new();
    [JsonPropertyName("logistic_info")] public ShopeeLogistic[] LogisticInfo { get; init; } = [];
    [JsonPropertyName("condition")] public string Condition { get; init; } = "NEW";

    public static ShopeeBody From(CraftProduct p) => new()
    {
        CategoryId = 100644,
        ItemName = p.Title,
        Description = p.Description,
        ItemSku = p.Sku,
        OriginalPrice = Math.Round(p.Price.Amount, 0, MidpointRounding.AwayFromZero),
        SellerStock = Stock,
        Images = Image,
        Weight = p.Weight!.Value.Kilograms / 1.000000000000000000000000000m, // no trailing zeros, as ours
        Dimension = new ShopeeDimension
        {
            PackageLength = (int)p.Dimensions!.Value.LengthCm, PackageWidth = (int)p.Dimensions.Value.WidthCm, PackageHeight = (int)p.Dimensions.Value.HeightCm,
        },
        LogisticInfo = Logistics,
    };
}

public sealed class ShopeeStock { [JsonPropertyName("stock")] public int Stock { get; init; } }

public sealed class ShopeeImage { [JsonPropertyName("image_id_list")] public string[] ImageIdList { get; init; } = []; }

public sealed class ShopeeDimension
{
    [JsonPropertyName("package_length")] public int PackageLength { get; init; }
    [JsonPropertyName("package_width")] public int PackageWidth { get; init; }
    [JsonPropertyName("package_height")] public int PackageHeight { get; init; }
}

public sealed class ShopeeLogistic
{
    [JsonPropertyName("logistic_id")] public long LogisticId { get; init; }
    [JsonPropertyName("enabled")] public bool Enabled { get; init; } = true;
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(List<TikTokBody>))]
[JsonSerializable(typeof(List<ShopeeBody>))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
