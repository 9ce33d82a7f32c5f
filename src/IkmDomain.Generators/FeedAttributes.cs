namespace IkmDomain.Generators;

/// <summary>What kind of value a feed attribute takes (which member types fit it).</summary>
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

    /// <summary>A count: integer types only.</summary>
    Count,
}

/// <summary>
/// One value of <c>IkmDomain.Feeds.FeedAttribute</c>, the vocabulary every marketplace spec maps
/// from: the enum member, the member names that map to it by convention, the kind of value, and
/// whether a list fits. What a marketplace calls it, its limits and its enum texts are in the spec.
/// </summary>
internal sealed class FeedAttributeInfo
{
    public FeedAttributeInfo(string member, string snakeName, AttributeType type, bool list = false, params string[] aliases)
    {
        Member = member;
        SnakeName = snakeName;
        Type = type;
        AcceptsList = list;
        Aliases = aliases;
    }

    /// <summary>The FeedAttribute enum member name.</summary>
    public string Member { get; }

    /// <summary>The attribute as Google's specification spells it: how diagnostics name it.</summary>
    public string SnakeName { get; }

    public AttributeType Type { get; }

    /// <summary>Whether a member may be a list of values for it (repeated or joined by the marketplace).</summary>
    public bool AcceptsList { get; }

    public string[] Aliases { get; }
}

/// <summary>The feed attribute vocabulary, indexed by the value of <c>IkmDomain.Feeds.FeedAttribute</c>.</summary>
internal static class FeedAttributes
{
    public const int Id = 0;
    public const int Title = 1;
    public const int Description = 2;
    public const int Link = 3;
    public const int ImageLink = 4;
    public const int AdditionalImageLink = 5;
    public const int Availability = 6;
    public const int AvailabilityDate = 7;
    public const int Price = 8;
    public const int SalePrice = 9;
    public const int Brand = 10;
    public const int Gtin = 11;
    public const int Mpn = 12;
    public const int IdentifierExists = 13;
    public const int Condition = 14;
    public const int GoogleProductCategory = 15;
    public const int ProductType = 16;
    public const int Material = 17;
    public const int Color = 18;
    public const int Size = 19;
    public const int ItemGroupId = 20;
    public const int ShippingWeight = 21;
    public const int ShippingLength = 22;
    public const int ShippingWidth = 23;
    public const int ShippingHeight = 24;
    public const int Gender = 25;
    public const int AgeGroup = 26;
    public const int Pattern = 27;
    public const int MobileLink = 28;
    public const int CustomLabel0 = 29;
    public const int CustomLabel4 = 33;
    public const int Quantity = 34;

    public static readonly FeedAttributeInfo[] All =
    {
        new("Id", "id", AttributeType.Text),
        new("Title", "title", AttributeType.Text),
        new("Description", "description", AttributeType.Text),
        new("Link", "link", AttributeType.Url),
        new("ImageLink", "image_link", AttributeType.Url),
        new("AdditionalImageLink", "additional_image_link", AttributeType.Url, true, "ImageLinks", "AdditionalImageLinks"),
        new("Availability", "availability", AttributeType.Enumerated),
        new("AvailabilityDate", "availability_date", AttributeType.Date),
        new("Price", "price", AttributeType.Price),
        new("SalePrice", "sale_price", AttributeType.Price),
        new("Brand", "brand", AttributeType.Text),
        new("Gtin", "gtin", AttributeType.Text),
        new("Mpn", "mpn", AttributeType.Text),
        new("IdentifierExists", "identifier_exists", AttributeType.Boolean),
        new("Condition", "condition", AttributeType.Enumerated),
        new("GoogleProductCategory", "google_product_category", AttributeType.Text),
        new("ProductType", "product_type", AttributeType.Text, true, "ProductTypes"),
        new("Material", "material", AttributeType.Text, true, "Materials"),
        new("Color", "color", AttributeType.Text, true, "Colors", "Colour", "Colours"),
        new("Size", "size", AttributeType.Text),
        new("ItemGroupId", "item_group_id", AttributeType.Text),
        new("ShippingWeight", "shipping_weight", AttributeType.Weight, false, "Weight"),
        new("ShippingLength", "shipping_length", AttributeType.Length, false, "Dimensions", "ShippingDimensions"),
        new("ShippingWidth", "shipping_width", AttributeType.Length),
        new("ShippingHeight", "shipping_height", AttributeType.Length),
        new("Gender", "gender", AttributeType.Enumerated),
        new("AgeGroup", "age_group", AttributeType.Enumerated),
        new("Pattern", "pattern", AttributeType.Text),
        new("MobileLink", "mobile_link", AttributeType.Url),
        new("CustomLabel0", "custom_label_0", AttributeType.Text),
        new("CustomLabel1", "custom_label_1", AttributeType.Text),
        new("CustomLabel2", "custom_label_2", AttributeType.Text),
        new("CustomLabel3", "custom_label_3", AttributeType.Text),
        new("CustomLabel4", "custom_label_4", AttributeType.Text),
        new("Quantity", "quantity", AttributeType.Count, false, "StockQuantity"),
    };

    public static FeedAttributeInfo? Get(int value) => value >= 0 && value < All.Length ? All[value] : null;

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

    /// <summary>An enum member's name as lower-case letters and digits only: how specs match members to texts.</summary>
    public static string Key(string memberName) => memberName.Replace("_", string.Empty).ToLowerInvariant();

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
