using static IkmDomain.Generators.FeedAttributes;

namespace IkmDomain.Generators;

/// <summary>
/// Meta (Facebook and Instagram) catalog: CSV, TSV and RSS XML (developers.facebook.com/docs/marketing-api/catalog/reference).
/// Required: id, title, description, availability, condition, price, link, image_link. Availability
/// with spaces (<c>in stock</c>); id at most 100 characters, title 200, description 9,999 of plain
/// text (HTML stripped, entities decoded); up to 20 additional images; price <c>450000.00 IDR</c>.
/// Meta drops every item whose id another item shares, so the writers report them all as skipped.
/// </summary>
internal sealed class MetaSpec : MarketplaceSpec
{
    public static readonly MetaSpec Instance = new();

    private static readonly AttributeSpec[] Spec =
    {
        new(Id, "id", required: true, maxLength: "MaxIdLength"),
        new(Title, "title", required: true, maxLength: "MaxTitleLength"),
        new(Description, "description", required: true, maxLength: "MaxDescriptionLength", plainText: true),
        new(Availability, "availability", required: true),
        new(Condition, "condition", required: true),
        new(Price, "price", required: true),
        new(Link, "link", required: true, maxLength: "MaxUrlLength"),
        new(ImageLink, "image_link", required: true, maxLength: "MaxUrlLength"),
        new(Brand, "brand"),
        new(AdditionalImageLink, "additional_image_link", maxLength: "MaxUrlLength", repeat: RepeatMode.Comma, maxCount: "MaxAdditionalImages"),
        new(SalePrice, "sale_price"),
        new(Gtin, "gtin"),
        new(Mpn, "mpn"),
        new(GoogleProductCategory, "google_product_category"),
        new(ProductType, "product_type", repeat: RepeatMode.Comma),
        new(Material, "material", repeat: RepeatMode.Slash),
        new(Color, "color", repeat: RepeatMode.Slash),
        new(Size, "size"),
        new(ItemGroupId, "item_group_id"),
        new(Gender, "gender"),
        new(AgeGroup, "age_group"),
        new(Pattern, "pattern"),
        new(ShippingWeight, "shipping_weight"),
        new(CustomLabel0, "custom_label_0"),
        new(CustomLabel0 + 1, "custom_label_1"),
        new(CustomLabel0 + 2, "custom_label_2"),
        new(CustomLabel0 + 3, "custom_label_3"),
        new(CustomLabel4, "custom_label_4"),
    };

    public override int Marketplace => 1;

    public override string Name => "MetaCatalog";

    public override string DisplayName => "Meta catalog";

    public override string ShortName => "Meta";

    public override int[] Formats { get; } = { FeedFormats.Tsv, FeedFormats.Csv, FeedFormats.Xml };

    public override AttributeSpec[] Attributes => Spec;

    public override bool UniqueIds => true;

    /// <summary>The readiness validator's codes for the same rules: title IKM440 (<c>MetaTitleTooLong</c>), description IKM441 (<c>MetaDescriptionTooLong</c>).</summary>
    public override string LengthCode(int attribute) => attribute switch
    {
        Title => "IKM440",
        Description => "IKM441",
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
                // Meta's values have spaces; schema.org names map as Google maps them, backorder to
                // "available for order" (orderable now, shipped later).
                return key switch
                {
                    "instock" or "limitedavailability" or "onlineonly" => "in stock",
                    "outofstock" or "soldout" or "instoreonly" => "out of stock",
                    "discontinued" => "discontinued",
                    "preorder" or "presale" => "preorder",
                    "backorder" or "availablefororder" => "available for order",
                    _ => string.Empty,
                };
            case Condition:
                return key is "new" or "refurbished" or "used" ? key : string.Empty;
            case Gender:
                return key is "male" or "female" or "unisex" ? key : string.Empty;
            case AgeGroup:
                return key is "newborn" or "infant" or "toddler" or "kids" or "teen" or "adult" ? key : key == "allages" ? "all ages" : string.Empty;
            default:
                return SnakeCase(memberName);
        }
    }
}
