using static IkmDomain.Generators.FeedAttributes;

namespace IkmDomain.Generators;

/// <summary>
/// TikTok Shop (which carries Tokopedia's catalogue), Partner API <c>POST /product/202309/products</c>,
/// Indonesian rules (FEEDS.md §3; lywzx/tiktok-partner-api CreateProduct.ts, a copy of the Partner
/// Center docs). One body per item:
/// <c>{"category_id":"…","brand_id":"…","title":"…","description":"…","main_images":[{"uri":"…"}],
/// "package_weight":{"value":"1.2","unit":"KILOGRAM"},"package_dimensions":{"length":"30","width":"20","height":"10","unit":"CENTIMETER"},
/// "skus":[{"inventory":[{"warehouse_id":"…","quantity":5}],"price":{"amount":"150000","currency":"IDR"},"seller_sku":"…"}]}</c>.
/// Title 25-255 characters (IKM450); description HTML of at most 10,000 characters with only the
/// allowed tags, not nested (IKM454); price in IDR, Rp100 to Rp100,000,000 (IKM451); 1-9 uploaded
/// main images (IKM452); weight a positive number of kilograms, as a string; dimensions whole
/// centimetres as strings, all three or none (IKM453). Category, warehouse, brand and image uris
/// come from <c>TikTokShopWriterOptions&lt;T&gt;</c> (IKM455 when missing).
/// </summary>
internal sealed class TikTokShopSpec : ApiBodySpec
{
    public static readonly TikTokShopSpec Instance = new();

    private static readonly AttributeSpec[] Spec =
    {
        new(Title, "title", required: true, check: "CheckTikTokShopTitle"),
        new(Description, "description", required: true, check: "CheckTikTokShopDescription"),
        new(ShippingWeight, "package_weight.value", required: true),
        new(ShippingLength, "package_dimensions.length"),
        new(ShippingWidth, "package_dimensions.width"),
        new(ShippingHeight, "package_dimensions.height"),
        new(Price, "skus[].price", required: true, check: "CheckTikTokShopPrice"),
        new(Quantity, "skus[].inventory[].quantity"),
        new(Id, "skus[].seller_sku", maxLength: "MaxSellerSkuLength"),
    };

    public override int Marketplace => 2;

    public override string Name => "TikTokShop";

    public override string DisplayName => "TikTok Shop";

    public override string ShortName => "TikTok Shop";

    public override AttributeSpec[] Attributes => Spec;

    public override string OptionsType => "TikTokShopWriterOptions";

    public override string MissingIdCode => "IKM455";

    /// <summary>The title's length rule is IKM450 (<c>TikTokTitleLength</c>, as TikTokShopReadinessValidator reports it).</summary>
    public override string LengthCode(int attribute) => attribute == Title ? "IKM450" : base.LengthCode(attribute);

    /// <summary>TikTok Shop's image count is IKM452 (<c>TikTokTooManyImages</c>: 1-9 main images).</summary>
    public override string TooManyCode(int attribute) => IsImage(attribute) ? "IKM452" : base.TooManyCode(attribute);

    public override string EnumText(int attribute, string memberName) => SnakeCase(memberName);

    public override void EmitIds(ApiBody body)
    {
        var w = body.W;
        var limits = "global::IkmDomain.Feeds.MarketplaceLimits.TikTokShop.";
        w.Line("var categoryId = options.CategoryId(item);");
        body.Fail("string.IsNullOrWhiteSpace(categoryId)", body.Missing("category_id", "CategoryId"));
        w.Line("var warehouseId = options.WarehouseId(item);");
        body.Fail("string.IsNullOrWhiteSpace(warehouseId)", body.Missing("skus[].inventory[].warehouse_id", "WarehouseId"));
        w.Line("var mainImages = options.MainImageUris(item);");
        body.Fail("mainImages is null || mainImages.Count < " + limits + "MinMainImages", body.Missing("main_images", "MainImageUris"));
        body.Fail("mainImages.Count > " + limits + "MaxMainImages",
            "global::IkmDomain.Feeds.FeedRules.TooMany(\"main_images\", " + limits + "MaxMainImages) with { Code = \"IKM452\" }");
        w.Line("var brandId = options.BrandId?.Invoke(item);");
    }

    public override void EmitBody(ApiBody body)
    {
        var w = body.W;
        body.Raw("{\"category_id\":");
        w.Line("writer.WriteJsonString(categoryId);");
        w.Line("if (!string.IsNullOrEmpty(brandId))");
        w.Open();
        body.Raw(",\"brand_id\":");
        w.Line("writer.WriteJsonString(brandId);");
        w.Close();
        body.Present(Title, f =>
        {
            body.Raw(",\"title\":");
            body.String(f);
        });
        body.Present(Description, f =>
        {
            body.Raw(",\"description\":");
            body.String(f);
        });

        // main_images: the uploaded uris, checked 1-9 with the ids.
        body.Raw(",\"main_images\":[");
        w.Line("for (var at = 0; at < mainImages.Count; at++)");
        w.Open();
        w.Line("var uri = mainImages[at];");
        body.Fail("string.IsNullOrWhiteSpace(uri)", body.Missing("main_images", "MainImageUris"));
        body.Raw("{\"uri\":");
        w.Line("writer.WriteJsonString(uri);");
        w.Line("writer.WriteRaw(at == mainImages.Count - 1 ? \"}\"u8 : \"},\"u8);");
        w.Close();
        w.Line("writer.WriteByte((byte)']');");

        body.Present(ShippingWeight, f =>
        {
            body.Raw(",\"package_weight\":{\"value\":");
            body.Kilograms(f, quoted: true);
            body.Raw(",\"unit\":\"KILOGRAM\"}");
        });
        body.Dimensions("package_dimensions", new[] { "length", "width", "height" }, quoted: true, ",\"unit\":\"CENTIMETER\"", "IKM453");

        // One SKU: the stock in the caller's warehouse, the price, the seller's SKU.
        body.Raw(",\"skus\":[{\"inventory\":[{\"warehouse_id\":");
        w.Line("writer.WriteJsonString(warehouseId);");
        body.Present(Quantity, f =>
        {
            body.Raw(",\"quantity\":");
            body.Quantity(f, "MaxInventoryQuantity");
        });
        body.Raw("}]");
        body.Present(Price, f =>
        {
            body.Raw(",\"price\":{\"amount\":");
            w.Line("writer.WriteJsonAmountString(v);");
            body.Raw(",\"currency\":");
            w.Line("writer.WriteJsonCurrencyString(v);");
            w.Line("writer.WriteByte((byte)'}');");
        });
        body.Present(Id, f =>
        {
            body.Raw(",\"seller_sku\":");
            body.String(f);
        });
        body.Raw("}]}");
    }
}
