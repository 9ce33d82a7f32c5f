using static IkmDomain.Generators.FeedAttributes;

namespace IkmDomain.Generators;

/// <summary>
/// Google Merchant Center: the product data specification (support.google.com/merchants/answer/7052112),
/// written as tab-separated text (answer/160588) and RSS 2.0 XML (answer/160589).
/// </summary>
internal sealed class GoogleSpec : MarketplaceSpec
{
    public static readonly GoogleSpec Instance = new();

    private static readonly AttributeSpec[] Spec =
    {
        new(Id, "id", required: true, maxLength: "MaxIdLength"),
        new(Title, "title", required: true, maxLength: "MaxTitleLength"),
        new(Description, "description", required: true, maxLength: "MaxDescriptionLength"),
        new(Link, "link", required: true, maxLength: "MaxUrlLength"),
        new(ImageLink, "image_link", required: true, maxLength: "MaxUrlLength"),
        new(AdditionalImageLink, "additional_image_link", maxLength: "MaxUrlLength", repeat: RepeatMode.Comma),
        new(Availability, "availability", required: true),
        new(AvailabilityDate, "availability_date"),
        new(Price, "price", required: true),
        new(SalePrice, "sale_price"),
        new(Brand, "brand", maxLength: "MaxBrandLength"),
        new(Gtin, "gtin", maxLength: "MaxGtinLength", check: "CheckGoogleGtin"),
        new(Mpn, "mpn", maxLength: "MaxMpnLength"),
        new(IdentifierExists, "identifier_exists"),
        new(Condition, "condition"),
        new(GoogleProductCategory, "google_product_category", maxLength: "MaxGoogleProductCategoryLength"),
        new(ProductType, "product_type", maxLength: "MaxProductTypeLength", repeat: RepeatMode.Comma),
        new(Material, "material", maxLength: "MaxMaterialLength", repeat: RepeatMode.Slash),
        new(Color, "color", maxLength: "MaxColorLength", repeat: RepeatMode.Slash),
        new(Size, "size", maxLength: "MaxSizeLength"),
        new(ItemGroupId, "item_group_id", maxLength: "MaxItemGroupIdLength"),
        new(ShippingWeight, "shipping_weight"),
        new(ShippingLength, "shipping_length"),
        new(ShippingWidth, "shipping_width"),
        new(ShippingHeight, "shipping_height"),
        new(Gender, "gender"),
        new(AgeGroup, "age_group"),
        new(Pattern, "pattern", maxLength: "MaxPatternLength"),
        new(MobileLink, "mobile_link", maxLength: "MaxUrlLength"),
        new(CustomLabel0, "custom_label_0", maxLength: "MaxCustomLabelLength"),
        new(CustomLabel0 + 1, "custom_label_1", maxLength: "MaxCustomLabelLength"),
        new(CustomLabel0 + 2, "custom_label_2", maxLength: "MaxCustomLabelLength"),
        new(CustomLabel0 + 3, "custom_label_3", maxLength: "MaxCustomLabelLength"),
        new(CustomLabel4, "custom_label_4", maxLength: "MaxCustomLabelLength"),
    };

    public override int Marketplace => 0;

    public override string Name => "GoogleMerchant";

    public override string DisplayName => "Google Merchant Center";

    public override string ShortName => "Google";

    public override int[] Formats { get; } = { FeedFormats.Tsv, FeedFormats.Xml };

    public override AttributeSpec[] Attributes => Spec;

    /// <summary>"preorder" and "backorder" require availability_date (answer/6324448; the readiness validator's IKM433).</summary>
    public override bool AvailabilityNeedsDate => true;

    /// <summary>The validators' codes for the same rules: title IKM430 (<c>GoogleTitleTooLong</c>), brand IKM418 (<c>ProductBrandInvalid</c>).</summary>
    public override string LengthCode(int attribute) => attribute switch
    {
        Title => "IKM430",
        Brand => "IKM418",
        _ => base.LengthCode(attribute),
    };

    /// <summary>Availability IKM411 (<c>ProductAvailabilityUnknown</c>) and condition IKM423 (<c>ProductConditionUnknown</c>), as the product validators report them.</summary>
    public override string EnumCode(int attribute) => attribute switch
    {
        Availability => "IKM411",
        Condition => "IKM423",
        _ => base.EnumCode(attribute),
    };

    public override string EnumText(int attribute, string memberName)
    {
        var key = Key(memberName);
        switch (attribute)
        {
            case Availability:
                // schema.org mapping, answer/6324448.
                return key switch
                {
                    "instock" or "limitedavailability" or "onlineonly" => "in_stock",
                    "outofstock" or "soldout" or "discontinued" or "instoreonly" => "out_of_stock",
                    "preorder" or "presale" => "preorder",
                    "backorder" => "backorder",
                    _ => string.Empty,
                };
            case Condition:
                return key is "new" or "refurbished" or "used" ? key : string.Empty;
            case Gender:
                return key is "male" or "female" or "unisex" ? key : string.Empty;
            case AgeGroup:
                return key is "newborn" or "infant" or "toddler" or "kids" or "adult" ? key : string.Empty;
            default:
                return SnakeCase(memberName);
        }
    }
}
