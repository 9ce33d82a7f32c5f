using static IkmDomain.Generators.FeedAttributes;

namespace IkmDomain.Generators;

/// <summary>
/// Shopee Open Platform v2 <c>v2.product.add_item</c>, Indonesian rules (FEEDS.md §3; open.shopee.com
/// developer guides; congminh1254/shopee-sdk product.ts). One body per item:
/// <c>{"category_id":100644,"item_name":"…","description":"…","item_sku":"…","original_price":150000,
/// "seller_stock":[{"stock":5}],"image":{"image_id_list":["…"]},"weight":1.2,
/// "dimension":{"package_length":30,"package_width":20,"package_height":10},
/// "logistic_info":[{"logistic_id":8003,"enabled":true}],"condition":"NEW","brand":{"brand_id":0,"original_brand_name":"…"}}</c>.
/// <c>original_price</c> whole rupiah in IDR (IKM460; rounded only when the caller opts in); description
/// plain text (HTML stripped, entities decoded, as Meta's); weight a positive number of kilograms;
/// dimension whole centimetres (IKM463), all three or none; condition <c>NEW</c> or <c>USED</c>.
/// Name, description and image limits are set per shop and category (<c>v2.product.get_item_limit</c>)
/// and not checked. Category, image ids, logistics channels and brand come from
/// <c>ShopeeWriterOptions&lt;T&gt;</c> (IKM462 when missing).
/// </summary>
internal sealed class ShopeeSpec : ApiBodySpec
{
    public static readonly ShopeeSpec Instance = new();

    private static readonly AttributeSpec[] Spec =
    {
        new(Title, "item_name", required: true),
        new(Description, "description", required: true, plainText: true),
        new(Id, "item_sku"),
        new(Price, "original_price", required: true),
        new(Quantity, "seller_stock[].stock", required: true),
        new(ShippingWeight, "weight", required: true),
        new(ShippingLength, "dimension.package_length"),
        new(ShippingWidth, "dimension.package_width"),
        new(ShippingHeight, "dimension.package_height"),
        new(Condition, "condition"),
        new(Brand, "brand.original_brand_name"),
    };

    public override int Marketplace => 3;

    public override string Name => "Shopee";

    public override string DisplayName => "Shopee";

    public override string ShortName => "Shopee";

    public override AttributeSpec[] Attributes => Spec;

    public override string OptionsType => "ShopeeWriterOptions";

    public override string MissingIdCode => "IKM462";

    public override string EnumText(int attribute, string memberName)
    {
        var key = Key(memberName);
        return attribute switch
        {
            // add_item condition: NEW or USED; refurbished goods have no Shopee value and are reported.
            Condition => key switch
            {
                "new" => "NEW",
                "used" => "USED",
                _ => string.Empty,
            },
            _ => SnakeCase(memberName),
        };
    }

    public override void EmitIds(ApiBody body)
    {
        var w = body.W;
        w.Line("var categoryId = options.CategoryId(item).GetValueOrDefault();");
        body.Fail("categoryId <= 0", body.Missing("category_id", "CategoryId"));
        w.Line("var imageIds = options.ImageIds(item);");
        body.Fail("imageIds is null || imageIds.Count == 0", body.Missing("image.image_id_list", "ImageIds"));
        w.Line("var logisticIds = options.LogisticIds(item);");
        body.Fail("logisticIds is null || logisticIds.Count == 0", body.Missing("logistic_info", "LogisticIds"));
        w.Line("var brandId = options.BrandId?.Invoke(item);");
    }

    public override void EmitBody(ApiBody body)
    {
        var w = body.W;
        body.Raw("{\"category_id\":");
        w.Line("writer.WriteFormatted(categoryId, default);");
        body.Present(Title, f =>
        {
            body.Raw(",\"item_name\":");
            body.String(f);
        });
        body.Present(Description, f =>
        {
            body.Raw(",\"description\":");
            body.String(f);
        });
        body.Present(Id, f =>
        {
            body.Raw(",\"item_sku\":");
            body.String(f);
        });
        body.Present(Price, f =>
        {
            body.Fail("global::IkmDomain.Feeds.FeedRules.CheckShopeePrice(\"original_price\", v, options.RoundToWholeRupiah, out var rupiah) is { IsProblem: true } priceProblem", "priceProblem");
            body.Raw(",\"original_price\":");
            w.Line("writer.WriteFormatted(rupiah, default);");
        });
        body.Present(Quantity, f =>
        {
            body.Raw(",\"seller_stock\":[{\"stock\":");
            body.Quantity(f, null);
            body.Raw("}]");
        });

        body.Raw(",\"image\":{\"image_id_list\":[");
        w.Line("for (var at = 0; at < imageIds.Count; at++)");
        w.Open();
        w.Line("var imageId = imageIds[at];");
        body.Fail("string.IsNullOrWhiteSpace(imageId)", body.Missing("image.image_id_list", "ImageIds"));
        w.Line("if (at != 0)");
        w.Open();
        w.Line("writer.WriteByte((byte)',');");
        w.Close();
        w.Line("writer.WriteJsonString(imageId);");
        w.Close();
        body.Raw("]}");

        body.Present(ShippingWeight, f =>
        {
            body.Raw(",\"weight\":");
            body.Kilograms(f, quoted: false);
        });
        body.Dimensions("dimension", new[] { "package_length", "package_width", "package_height" }, quoted: false, string.Empty, "IKM463");

        body.Raw(",\"logistic_info\":[");
        w.Line("for (var at = 0; at < logisticIds.Count; at++)");
        w.Open();
        w.Line("var logisticId = logisticIds[at];");
        body.Fail("logisticId <= 0", body.Missing("logistic_info", "LogisticIds"));
        body.Raw("{\"logistic_id\":");
        w.Line("writer.WriteFormatted(logisticId, default);");
        w.Line("writer.WriteRaw(at == logisticIds.Count - 1 ? \",\\\"enabled\\\":true}\"u8 : \",\\\"enabled\\\":true},\"u8);");
        w.Close();
        w.Line("writer.WriteByte((byte)']');");

        body.Present(Condition, f =>
        {
            body.Raw(",\"condition\":");
            body.String(f);
        });
        w.Line("if (brandId is { } brand)");
        w.Open();
        body.Raw(",\"brand\":{\"brand_id\":");
        w.Line("writer.WriteFormatted(brand, default);");
        body.Present(Brand, f =>
        {
            body.Raw(",\"original_brand_name\":");
            body.String(f);
        });
        w.Line("writer.WriteByte((byte)'}');");
        w.Close();
        w.Line("writer.WriteByte((byte)'}');");
    }
}
