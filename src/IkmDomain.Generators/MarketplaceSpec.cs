using System;
using System.Collections.Generic;

namespace IkmDomain.Generators;

/// <summary>The <c>FeedFormat</c> values.</summary>
internal static class FeedFormats
{
    public const int Tsv = 0;
    public const int Csv = 1;
    public const int Xml = 2;
    public const int Json = 3;
    public const int JsonLines = 4;
}

/// <summary>How a repeated attribute's values are joined.</summary>
internal enum RepeatMode
{
    None,

    /// <summary>Delimited: comma-separated in one cell; XML: one element per value (Google answer/14998273).</summary>
    Comma,

    /// <summary>One value joined with <c>/</c> (material, color: Google answer/6324410).</summary>
    Slash,
}

/// <summary>
/// One attribute as a marketplace writes it: its name, whether items need it, the limit it is held
/// to (the name of a constant in <c>IkmDomain.Feeds.MarketplaceLimits.&lt;Marketplace&gt;</c>, so the
/// number lives in one place that the readiness validators share), and how a list is joined.
/// </summary>
internal sealed class AttributeSpec
{
    public AttributeSpec(int attribute, string name, bool required = false, string? maxLength = null, RepeatMode repeat = RepeatMode.None, string? maxCount = null, string? check = null, bool plainText = false, string? currencyName = null)
    {
        CurrencyName = currencyName;
        PlainText = plainText;
        Check = check;
        Attribute = attribute;
        Name = name;
        Required = required;
        MaxLength = maxLength;
        Repeat = repeat;
        MaxCount = maxCount;
    }

    /// <summary>The <c>FeedAttribute</c> value it is written from.</summary>
    public int Attribute { get; }

    /// <summary>The attribute as the marketplace spells it.</summary>
    public string Name { get; }

    public bool Required { get; }

    /// <summary>The MarketplaceLimits constant holding the longest text (characters), or null for none.</summary>
    public string? MaxLength { get; }

    public RepeatMode Repeat { get; }

    /// <summary>The MarketplaceLimits constant holding the most values of a list, or null for no limit.</summary>
    public string? MaxCount { get; }

    /// <summary>
    /// A further per-item rule: the name of a <c>FeedRules</c> method taking (attribute name, value) and
    /// returning a <c>FeedItemProblem</c>, called for string and GTIN values. Null for none.
    /// </summary>
    public string? Check { get; }

    /// <summary>Text values are written as plain text: HTML tags stripped, entities decoded (before the length check).</summary>
    public bool PlainText { get; }

    /// <summary>JSON: a price's ISO 4217 code is written as this sibling property (<c>priceCurrency</c>); null writes the amount only.</summary>
    public string? CurrencyName { get; }

    public AttributeType Type => FeedAttributes.All[Attribute].Type;
}

/// <summary>
/// A marketplace's rules, in one file per marketplace (<c>GoogleSpec</c>, ...): the formats it has,
/// its attributes in column order, and the texts its enumerated attributes take. The model builder
/// maps members to attributes through it and a format emitter writes what it says.
/// </summary>
internal abstract class MarketplaceSpec
{
    private Dictionary<int, int>? _positions;

    /// <summary>The <c>Marketplace</c> enum value.</summary>
    public abstract int Marketplace { get; }

    /// <summary>As the generated class names start (<c>GoogleMerchant</c>Tsv) and the limits class is named.</summary>
    public abstract string Name { get; }

    /// <summary>For docs and diagnostics: "Google Merchant Center".</summary>
    public abstract string DisplayName { get; }

    /// <summary>For skip reasons: "has a value Google does not define".</summary>
    public abstract string ShortName { get; }

    /// <summary>The <c>FeedFormat</c> values it is written in.</summary>
    public abstract int[] Formats { get; }

    /// <summary>The attributes it writes, in column order.</summary>
    public abstract AttributeSpec[] Attributes { get; }

    /// <summary>
    /// The marketplace drops every item whose id another item shares (Meta), so the writer must see all
    /// ids before it writes: it holds the items and a set of ids until the end.
    /// </summary>
    public virtual bool UniqueIds => false;

    /// <summary>Whether an item whose availability is <c>preorder</c> or <c>backorder</c> needs its <c>availability_date</c> (Google, answer/6324448; IKM433).</summary>
    public virtual bool AvailabilityNeedsDate => false;

    /// <summary>The prefix of item elements in XML (<c>g:</c> for the Google namespace).</summary>
    public virtual string XmlPrefix => "g:";

    /// <summary>
    /// JSON: what each item object starts with, as JSON text without its closing brace; every property
    /// after it is written with a leading comma (<c>{"@context":"https://schema.org","@type":"Product"</c>).
    /// </summary>
    public virtual string JsonItemStart => "{";

    /// <summary>
    /// JSON: an attribute named <c>offers.price</c> is property <c>price</c> of the nested object
    /// <c>offers</c>; this is the object's leading JSON text after its opening brace (<c>"@type":"Offer"</c>).
    /// </summary>
    public virtual string JsonObjectStart(string objectName) => string.Empty;

    /// <summary>
    /// Why the marketplace cannot write <paramref name="field"/> as <paramref name="attribute"/> although the
    /// attribute's vocabulary allows its type (an API body takes a price only as <c>Money</c>), or null
    /// when it can. The model builder leaves such a field out and reports IKMG008.
    /// </summary>
    public virtual string? Unsupported(int attribute, FeedFieldModel field) => null;

    /// <summary>The format emitter for <paramref name="format"/>: the shared one unless the spec writes its own shape (API request bodies).</summary>
    public virtual FormatEmitter Emitter(int format) => FormatEmitter.For(format);

    /// <summary>The text the marketplace takes for an enum member of an enumerated attribute, or "" when none fits.</summary>
    public abstract string EnumText(int attribute, string memberName);

    // The error codes of the generated per-item rules, by FeedAttribute (docs/error-codes.md): the
    // readiness validator's code where one checks the same rule, else the feed writers' own IKM490-499.
    // A spec overrides these for the rules its marketplace names.

    /// <summary>The code of a text longer than <paramref name="attribute"/>'s limit: IKM493 (<c>FeedTextTooLong</c>) unless the spec names the rule.</summary>
    public virtual string LengthCode(int attribute) => "IKM493";

    /// <summary>The code of a link that is not an absolute http(s) URL within its limit: IKM417 for the product link, IKM416 for image links and other URLs.</summary>
    public virtual string LinkCode(int attribute) => attribute == FeedAttributes.Link ? "IKM417" : "IKM416";

    /// <summary>The code of an enum value the marketplace has no text for: IKM494 (<c>FeedEnumValueUndefined</c>) unless the spec names the rule.</summary>
    public virtual string EnumCode(int attribute) => "IKM494";

    /// <summary>The code of a list with more values than the marketplace takes: IKM415 (the product's image count) for image lists, else IKM496 (<c>FeedTooManyValues</c>).</summary>
    public virtual string TooManyCode(int attribute) => IsImage(attribute) ? "IKM415" : "IKM496";

    /// <summary>Whether the attribute holds images (<c>image_link</c>, <c>additional_image_link</c>).</summary>
    protected static bool IsImage(int attribute) => attribute is FeedAttributes.ImageLink or FeedAttributes.AdditionalImageLink;

    /// <summary>The MarketplaceLimits class the spec's limit names live in.</summary>
    public string LimitsType => "global::IkmDomain.Feeds.MarketplaceLimits." + Name;

    public bool HasFormat(int format) => Array.IndexOf(Formats, format) >= 0;

    /// <summary>The spec of <paramref name="attribute"/> and its column, or null when the marketplace does not take it.</summary>
    public AttributeSpec? Find(int attribute, out int position)
    {
        _positions ??= Index(Attributes);
        if (_positions.TryGetValue(attribute, out position))
        {
            return Attributes[position];
        }

        return null;
    }

    private static Dictionary<int, int> Index(AttributeSpec[] attributes)
    {
        var index = new Dictionary<int, int>();
        for (var i = 0; i < attributes.Length; i++)
        {
            index[attributes[i].Attribute] = i;
        }

        return index;
    }
}

/// <summary>The specs by <c>Marketplace</c> value; names for the values without one.</summary>
internal static class MarketplaceSpecs
{
    private static readonly string[] MarketplaceNames = { "GoogleMerchant", "MetaCatalog", "TikTokShop", "Shopee", "SchemaOrg", "Custom" };
    private static readonly string[] FormatNames = { "Tsv", "Csv", "Xml", "Json", "JsonLines" };

    private static readonly MarketplaceSpec[] All = { GoogleSpec.Instance, MetaSpec.Instance, TikTokShopSpec.Instance, ShopeeSpec.Instance, SchemaOrgSpec.Instance, TemplateSpec.Instance };

    /// <summary>The spec of a supported target (its writer is being emitted).</summary>
    public static MarketplaceSpec Of(FeedTargetModel target) =>
        Get(target.Marketplace) ?? throw new ArgumentOutOfRangeException(nameof(target), target.Marketplace, "no spec for this marketplace");

    public static MarketplaceSpec? Get(int marketplace)
    {
        foreach (var spec in All)
        {
            if (spec.Marketplace == marketplace)
            {
                return spec;
            }
        }

        return null;
    }

    public static string MarketplaceName(int value) =>
        value >= 0 && value < MarketplaceNames.Length ? MarketplaceNames[value] : "Marketplace" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatName(int value) =>
        value >= 0 && value < FormatNames.Length ? FormatNames[value] : "Format" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"Tsv and Xml", or "none yet".</summary>
    public static string FormatList(MarketplaceSpec? spec)
    {
        if (spec is null || spec.Formats.Length == 0)
        {
            return "none yet";
        }

        var names = new List<string>();
        foreach (var f in spec.Formats)
        {
            names.Add(FormatName(f));
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1];
    }
}
