using static IkmDomain.Generators.FeedAttributes;

namespace IkmDomain.Generators;

/// <summary>
/// schema.org <c>Product</c> with an <c>Offer</c>, as JSON-LD (schema.org/Product, schema.org/Offer;
/// Google's merchant listing structured data, developers.google.com/search/docs/appearance/structured-data/merchant-listing).
/// Required: <c>name</c>, <c>image</c> and <c>offers.price</c> with <c>priceCurrency</c> (ISO 4217).
/// <c>price</c> is a string with <c>.</c> as the decimal mark and no grouping (schema.org/price);
/// availability and condition are schema.org URLs (<c>https://schema.org/InStock</c>).
/// </summary>
internal sealed class SchemaOrgSpec : MarketplaceSpec
{
    public static readonly SchemaOrgSpec Instance = new();

    private static readonly AttributeSpec[] Spec =
    {
        new(Title, "name", required: true),
        new(Description, "description"),
        new(Id, "sku"),
        new(Gtin, "gtin"),
        new(Brand, "brand.name"),
        new(ImageLink, "image", required: true, maxLength: "MaxUrlLength"),
        new(Price, "offers.price", required: true, currencyName: "priceCurrency"),
        new(Availability, "offers.availability"),
        new(Condition, "offers.itemCondition"),
        new(Link, "offers.url", maxLength: "MaxUrlLength"),
    };

    public override int Marketplace => 4;

    public override string Name => "SchemaOrg";

    public override string DisplayName => "schema.org Product JSON-LD";

    public override string ShortName => "schema.org";

    public override int[] Formats { get; } = { FeedFormats.Json };

    public override AttributeSpec[] Attributes => Spec;

    public override string JsonItemStart => "{\"@context\":\"https://schema.org\",\"@type\":\"Product\"";

    public override string JsonObjectStart(string objectName) => objectName switch
    {
        "brand" => "\"@type\":\"Brand\"",
        "offers" => "\"@type\":\"Offer\"",
        _ => string.Empty,
    };

    public override string EnumText(int attribute, string memberName)
    {
        var key = Key(memberName);
        switch (attribute)
        {
            case Availability:
                // schema.org/ItemAvailability; Google's names (in_stock, backorder) map to their schema.org members.
                return key switch
                {
                    "instock" => "https://schema.org/InStock",
                    "limitedavailability" => "https://schema.org/LimitedAvailability",
                    "onlineonly" => "https://schema.org/OnlineOnly",
                    "instoreonly" => "https://schema.org/InStoreOnly",
                    "outofstock" => "https://schema.org/OutOfStock",
                    "soldout" => "https://schema.org/SoldOut",
                    "discontinued" => "https://schema.org/Discontinued",
                    "preorder" => "https://schema.org/PreOrder",
                    "presale" => "https://schema.org/PreSale",
                    "backorder" => "https://schema.org/BackOrder",
                    _ => string.Empty,
                };
            case Condition:
                // schema.org/OfferItemCondition.
                return key switch
                {
                    "new" => "https://schema.org/NewCondition",
                    "used" => "https://schema.org/UsedCondition",
                    "refurbished" => "https://schema.org/RefurbishedCondition",
                    "damaged" => "https://schema.org/DamagedCondition",
                    _ => string.Empty,
                };
            default:
                return SnakeCase(memberName);
        }
    }
}
