namespace IkmDomain.Generators;

/// <summary>What kind of value a Google attribute takes.</summary>
internal enum AttributeType
{
    Text,
    Url,
    Price,
    Enumerated,
    Boolean,
    Date,
    Weight,
    Length,
}

/// <summary>How a repeated attribute's values are joined.</summary>
internal enum RepeatMode
{
    None,

    /// <summary>TSV: comma-separated in one cell; XML: one element per value (answer/14998273).</summary>
    Comma,

    /// <summary>One value joined with <c>/</c> (material, color: answer/6324410).</summary>
    Slash,
}

/// <summary>One Google Merchant Center attribute: its name, rules and accepted values.</summary>
internal sealed class GoogleAttribute
{
    public GoogleAttribute(string name, string member, bool required, int maxLength, AttributeType type, RepeatMode repeat = RepeatMode.None, params string[] aliases)
    {
        Name = name;
        Member = member;
        Required = required;
        MaxLength = maxLength;
        Type = type;
        Repeat = repeat;
        Aliases = aliases;
    }

    public string Name { get; }

    /// <summary>The FeedAttribute enum member name.</summary>
    public string Member { get; }

    public bool Required { get; }

    public int MaxLength { get; }

    public AttributeType Type { get; }

    public RepeatMode Repeat { get; }

    public string[] Aliases { get; }
}

/// <summary>
/// The Google Merchant Center product data specification (support.google.com/merchants/answer/7052112),
/// indexed by the value of <c>IkmDomain.Feeds.FeedAttribute</c>.
/// </summary>
internal static class GoogleAttributes
{
    public static readonly GoogleAttribute[] All =
    {
        new("id", "Id", true, 50, AttributeType.Text),
        new("title", "Title", true, 150, AttributeType.Text),
        new("description", "Description", true, 5000, AttributeType.Text),
        new("link", "Link", true, 2000, AttributeType.Url),
        new("image_link", "ImageLink", true, 2000, AttributeType.Url),
        new("additional_image_link", "AdditionalImageLink", false, 2000, AttributeType.Url, RepeatMode.Comma, "ImageLinks", "AdditionalImageLinks"),
        new("availability", "Availability", true, 0, AttributeType.Enumerated),
        new("availability_date", "AvailabilityDate", false, 0, AttributeType.Date),
        new("price", "Price", true, 0, AttributeType.Price),
        new("sale_price", "SalePrice", false, 0, AttributeType.Price),
        new("brand", "Brand", false, 70, AttributeType.Text),
        new("gtin", "Gtin", false, 50, AttributeType.Text),
        new("mpn", "Mpn", false, 70, AttributeType.Text),
        new("identifier_exists", "IdentifierExists", false, 0, AttributeType.Boolean),
        new("condition", "Condition", false, 0, AttributeType.Enumerated),
        new("google_product_category", "GoogleProductCategory", false, 750, AttributeType.Text),
        new("product_type", "ProductType", false, 750, AttributeType.Text, RepeatMode.Comma, "ProductTypes"),
        new("material", "Material", false, 200, AttributeType.Text, RepeatMode.Slash, "Materials"),
        new("color", "Color", false, 100, AttributeType.Text, RepeatMode.Slash, "Colors", "Colour", "Colours"),
        new("size", "Size", false, 100, AttributeType.Text),
        new("item_group_id", "ItemGroupId", false, 50, AttributeType.Text),
        new("shipping_weight", "ShippingWeight", false, 0, AttributeType.Weight, RepeatMode.None, "Weight"),
        new("shipping_length", "ShippingLength", false, 0, AttributeType.Length, RepeatMode.None, "Dimensions", "ShippingDimensions"),
        new("shipping_width", "ShippingWidth", false, 0, AttributeType.Length),
        new("shipping_height", "ShippingHeight", false, 0, AttributeType.Length),
        new("gender", "Gender", false, 0, AttributeType.Enumerated),
        new("age_group", "AgeGroup", false, 0, AttributeType.Enumerated),
        new("pattern", "Pattern", false, 100, AttributeType.Text),
        new("mobile_link", "MobileLink", false, 2000, AttributeType.Url),
        new("custom_label_0", "CustomLabel0", false, 100, AttributeType.Text),
        new("custom_label_1", "CustomLabel1", false, 100, AttributeType.Text),
        new("custom_label_2", "CustomLabel2", false, 100, AttributeType.Text),
        new("custom_label_3", "CustomLabel3", false, 100, AttributeType.Text),
        new("custom_label_4", "CustomLabel4", false, 100, AttributeType.Text),
    };

    public static GoogleAttribute? Get(int value) => value >= 0 && value < All.Length ? All[value] : null;

    /// <summary>The attribute a member name maps to by convention (<c>ImageLink</c> to image_link), or -1.</summary>
    public static int ByConvention(string memberName)
    {
        for (var i = 0; i < All.Length; i++)
        {
            var attribute = All[i];
            if (string.Equals(attribute.Member, memberName, System.StringComparison.Ordinal))
            {
                return i;
            }

            foreach (var alias in attribute.Aliases)
            {
                if (string.Equals(alias, memberName, System.StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The value Google expects for an enum member of an enumerated attribute, or "" when none fits.</summary>
    public static string EnumText(string attributeName, string memberName)
    {
        var key = memberName.Replace("_", string.Empty).ToLowerInvariant();
        switch (attributeName)
        {
            case "availability":
                // schema.org mapping, answer/6324448.
                return key switch
                {
                    "instock" or "limitedavailability" or "onlineonly" => "in_stock",
                    "outofstock" or "soldout" or "discontinued" or "instoreonly" => "out_of_stock",
                    "preorder" or "presale" => "preorder",
                    "backorder" => "backorder",
                    _ => string.Empty,
                };
            case "condition":
                return key is "new" or "refurbished" or "used" ? key : string.Empty;
            case "gender":
                return key is "male" or "female" or "unisex" ? key : string.Empty;
            case "age_group":
                return key is "newborn" or "infant" or "toddler" or "kids" or "adult" ? key : string.Empty;
            default:
                return SnakeCase(memberName);
        }
    }

    public static string SnakeCase(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
