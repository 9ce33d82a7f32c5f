using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Regions;

namespace IkmDomain.Crafts;

/// <summary>
/// A handicraft product as an IKM maker sells it: identity (SKU), text, materials and technique,
/// price, availability, shipping weight and size, images and links, brand and identifiers, and where
/// and by whom it is made. A product that exists satisfies every rule below; build one from loose
/// data with <c>CraftProductInput</c> and <c>CraftProductValidator</c> (namespace <c>IkmDomain.Validation</c>).
/// </summary>
/// <remarks>
/// <para>Invariants, each enforced by the constructor and by the member's <c>init</c> accessor (so
/// <c>with</c> expressions are checked too), with an exception naming the member and the rule:</para>
/// <list type="bullet">
/// <item><see cref="Sku"/>: 1–50 characters, no control characters, no leading or trailing space
/// (Google Merchant Center <c>id</c>, answer/6324405: the strictest marketplace id rule).</item>
/// <item><see cref="Title"/>: not blank, at most 255 characters (TikTok Shop's maximum; Google allows 150,
/// which <c>GoogleMerchantReadinessValidator</c> checks).</item>
/// <item><see cref="Description"/>: not blank, at most 10,000 characters (TikTok Shop's maximum).</item>
/// <item><see cref="Materials"/>: at least one, no duplicates, primary material first.</item>
/// <item><see cref="Price"/>: greater than zero (schema.org Offer). <see cref="SalePrice"/>: greater than
/// zero, below the price and in the same currency.</item>
/// <item><see cref="ImageLinks"/>: 1–10 absolute http(s) URIs; <see cref="Link"/>: an absolute http(s) URI.</item>
/// <item><see cref="Brand"/>: not blank, at most 70 characters. Google requires a brand where the maker is
/// the merchant (handmade goods; answer/6324351).</item>
/// <item><see cref="StockQuantity"/>: zero or more.</item>
/// <item>No member holds a "not set" <c>default</c> (<c>default(CraftMaterial)</c> in <see cref="Materials"/>,
/// <c>default(Gtin)</c>, <c>default(HsCode)</c>, <c>default(RegionCode)</c>, <c>default(Nib)</c>,
/// <c>default(Dimensions)</c>, <c>default(CraftTechnique)</c>): leave an optional member null instead.</item>
/// </list>
/// <para>Marketplace-specific limits (Google's 150-character title, TikTok Shop's price range…) are not
/// invariants; the readiness validators report them per marketplace.</para>
/// <para>Equality is by value, including the items of <see cref="Materials"/>, <see cref="ImageLinks"/>
/// and <see cref="Certifications"/>.</para>
/// <para>JSON: the members above by name (a missing required member, a null or a broken rule is a
/// <see cref="System.Text.Json.JsonException"/> naming the member and the rule, never another exception).</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CraftProductJsonConverter))]
public sealed partial record CraftProduct
{
    /// <summary>The longest SKU (Google Merchant Center id limit).</summary>
    public const int MaxSkuLength = CraftProductRules.MaxSkuLength;

    /// <summary>The longest title (TikTok Shop's limit; Google takes 150, Meta 200).</summary>
    public const int MaxTitleLength = CraftProductRules.MaxTitleLength;

    /// <summary>The longest description (TikTok Shop's limit; Google takes 5000, Meta 9,999).</summary>
    public const int MaxDescriptionLength = CraftProductRules.MaxDescriptionLength;

    /// <summary>The longest brand (Google Merchant Center brand limit).</summary>
    public const int MaxBrandLength = CraftProductRules.MaxBrandLength;

    /// <summary>The most image links a product may have.</summary>
    public const int MaxImageLinks = CraftProductRules.MaxImageLinks;

    private string _sku;
    private string _title;
    private string _description;
    private EquatableList<CraftMaterial> _materials;
    private Money _price;
    private Money? _salePrice;
    private EquatableList<Uri> _imageLinks;
    private Uri _link;
    private FeedUrls _feedUrls;
    private string _brand;
    private int _stockQuantity;
    private EquatableList<Certification> _certifications = EquatableList<Certification>.Empty;
    private CraftTechnique? _technique;
    private Dimensions? _dimensions;
    private Gtin? _gtin;
    private HsCode? _hsCode;
    private RegionCode? _originRegion;
    private Nib? _makerNib;

    /// <summary>Creates a product from its required members; set the others with an object initializer.</summary>
    /// <param name="sku">The seller's stock-keeping unit, 1–50 characters.</param>
    /// <param name="title">The title, not blank, at most 255 characters.</param>
    /// <param name="description">The description, not blank, at most 10,000 characters (plain text or simple HTML).</param>
    /// <param name="materials">The materials, primary first; at least one, no duplicates.</param>
    /// <param name="price">The price, greater than zero.</param>
    /// <param name="imageLinks">1–10 absolute http(s) image URIs, main image first.</param>
    /// <param name="link">The product page, an absolute http(s) URI.</param>
    /// <param name="brand">The brand (often the maker's name), not blank, at most 70 characters.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule; the parameter name is the member's.</exception>
    public CraftProduct(
        string sku,
        string title,
        string description,
        IReadOnlyList<CraftMaterial> materials,
        Money price,
        IReadOnlyList<Uri> imageLinks,
        Uri link,
        string brand)
    {
        _sku = CheckSku(sku);
        _title = CheckText(title, MaxTitleLength, nameof(Title));
        _description = CheckText(description, MaxDescriptionLength, nameof(Description));
        _materials = CheckMaterials(materials);
        _price = CheckPrice(price, null);
        _imageLinks = CheckImageLinks(imageLinks);
        _link = CheckLink(link);
        _brand = CheckText(brand, MaxBrandLength, nameof(Brand));
    }

    /// <summary>The seller's stock-keeping unit: 1–50 characters, used as the feed item id.</summary>
    public string Sku { get => _sku; init => _sku = CheckSku(value); }

    /// <summary>The product title.</summary>
    public string Title { get => _title; init => _title = CheckText(value, MaxTitleLength, nameof(Title)); }

    /// <summary>The description: plain text or simple HTML (see <see cref="DescriptionHtml"/> for per-marketplace forms).</summary>
    public string Description { get => _description; init => _description = CheckText(value, MaxDescriptionLength, nameof(Description)); }

    /// <summary>The materials, primary first (at least one).</summary>
    public IReadOnlyList<CraftMaterial> Materials { get => _materials; init => _materials = CheckMaterials(value); }

    /// <summary>The primary material (the first of <see cref="Materials"/>).</summary>
    [JsonIgnore]
    public CraftMaterial PrimaryMaterial => _materials[0];

    /// <summary>The making technique, when it matters to buyers (batik tulis, tenun ikat…).</summary>
    public CraftTechnique? Technique { get => _technique; init => _technique = NotSetValue.Check(value, nameof(Technique)); }

    /// <summary>The regular price, greater than zero.</summary>
    /// <exception cref="ArgumentException">On init: not positive, or not above a sale price already set, or in another currency.</exception>
    public Money Price { get => _price; init => _price = CheckPrice(value, _salePrice); }

    /// <summary>The sale price, when discounted: greater than zero, below <see cref="Price"/>, same currency.</summary>
    /// <remarks>To change both prices at once use <see cref="WithPrices"/>.</remarks>
    public Money? SalePrice { get => _salePrice; init => _salePrice = CheckSalePrice(value, _price); }

    /// <summary>Whether the product can be bought now. Default <see cref="Availability.InStock"/>.</summary>
    public Availability Availability { get; init; }

    /// <summary>When a preorder or backorder product becomes available (Google requires it for those).</summary>
    public DateTimeOffset? AvailabilityDate { get; init; }

    /// <summary>Units in stock, zero or more.</summary>
    public int StockQuantity
    {
        get => _stockQuantity;
        init => _stockQuantity = value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(StockQuantity), value, "StockQuantity must be zero or more.");
    }

    /// <summary>The shipping weight.</summary>
    public Weight? Weight { get; init; }

    /// <summary>The package dimensions.</summary>
    public Dimensions? Dimensions { get => _dimensions; init => _dimensions = NotSetValue.Check(value, nameof(Dimensions)); }

    /// <summary>The image URIs, main image first (1–10, absolute http or https).</summary>
    public IReadOnlyList<Uri> ImageLinks
    {
        get => _imageLinks;
        init
        {
            _imageLinks = CheckImageLinks(value);
            _feedUrls = default;
        }
    }

    /// <summary>The main image (the first of <see cref="ImageLinks"/>).</summary>
    [JsonIgnore]
    public Uri ImageLink => _imageLinks[0];

    /// <summary>The images after the first.</summary>
    [JsonIgnore]
    public IReadOnlyList<Uri> AdditionalImageLinks => _imageLinks.Skip(1).ToArray();

    /// <summary>The product page, an absolute http(s) URI.</summary>
    public Uri Link
    {
        get => _link;
        init
        {
            _link = CheckLink(value);
            _feedUrls = default;
        }
    }

    /// <summary>The brand, often the maker's or workshop's name (Google requires one for handmade goods).</summary>
    public string Brand { get => _brand; init => _brand = CheckText(value, MaxBrandLength, nameof(Brand)); }

    /// <summary>The product's GTIN, only when it really has one.</summary>
    public Gtin? Gtin { get => _gtin; init => _gtin = NotSetValue.Check(value, nameof(Gtin)); }

    /// <summary>
    /// True when the product has a GTIN. One-of-a-kind and handmade goods usually have none, and feeds
    /// then send Google <c>identifier_exists = no</c> (answer/6324478).
    /// </summary>
    [JsonIgnore]
    public bool IdentifierExists => Gtin.HasValue;

    /// <summary>The HS code the product is exported under, when known.</summary>
    public HsCode? HsCode { get => _hsCode; init => _hsCode = NotSetValue.Check(value, nameof(HsCode)); }

    /// <summary>Where the product is made (province down to village).</summary>
    public RegionCode? OriginRegion { get => _originRegion; init => _originRegion = NotSetValue.Check(value, nameof(OriginRegion)); }

    /// <summary>The maker's business identification number (NIB), when known.</summary>
    public Nib? MakerNib { get => _makerNib; init => _makerNib = NotSetValue.Check(value, nameof(MakerNib)); }

    /// <summary>The product's condition. Default <see cref="Condition.New"/>.</summary>
    public Condition Condition { get; init; }

    /// <summary>Certifications the product carries (Batikmark, SNI, halal, geographical indication, SVLK…).</summary>
    /// <exception cref="ArgumentNullException">Set to null or to a list containing null.</exception>
    public IReadOnlyList<Certification> Certifications
    {
        get => _certifications;
        init => _certifications = EquatableList<Certification>.CopyOfNonNull(value, nameof(Certifications));
    }

    /// <summary>The price buyers pay now: the sale price when there is one, otherwise the price.</summary>
    [JsonIgnore]
    public Money EffectivePrice => _salePrice ?? _price;

    /// <summary>A copy with a new price and sale price, checked together.</summary>
    /// <param name="price">The new price, greater than zero.</param>
    /// <param name="salePrice">The new sale price or null: below the price and in its currency.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The prices break their rules.</exception>
    public CraftProduct WithPrices(Money price, Money? salePrice)
    {
        var checkedPrice = CheckPrice(price, null);
        var checkedSale = CheckSalePrice(salePrice, checkedPrice);
        return this with { SalePrice = null, Price = checkedPrice } with { SalePrice = checkedSale };
    }

    private static string CheckSku(string sku)
    {
        ArgumentNullException.ThrowIfNull(sku, nameof(Sku));
        return CraftProductRules.IsValidSku(sku)
            ? sku
            : throw new ArgumentException($"Sku '{sku}' must be 1 to {MaxSkuLength} characters with no control characters and no leading or trailing space (Google Merchant Center id rule).", nameof(Sku));
    }

    private static string CheckText(string text, int maxLength, string member)
    {
        ArgumentNullException.ThrowIfNull(text, member);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"{member} must not be empty or white space.", member);
        }

        // Characters are Unicode scalar values, as the feed writers and readiness validators count them
        // (an emoji is one character, not two UTF-16 units).
        return TextLength.Fits(text, maxLength)
            ? text
            : throw new ArgumentException($"{member} must be at most {maxLength} characters; it has {TextLength.Count(text)}.", member);
    }

    private static EquatableList<CraftMaterial> CheckMaterials(IEnumerable<CraftMaterial> materials)
    {
        ArgumentNullException.ThrowIfNull(materials, nameof(Materials));
        var items = materials.ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException("Materials must hold at least one material (the primary material first).", nameof(Materials));
        }

        if (Array.IndexOf(items, default) >= 0)
        {
            throw new ArgumentException(NotSetValue.Message(typeof(CraftMaterial), "An item of Materials"), nameof(Materials));
        }

        return CraftProductRules.HasDuplicates(items)
            ? throw new ArgumentException($"Materials must not repeat a material: {string.Join(", ", items)}.", nameof(Materials))
            : new EquatableList<CraftMaterial>(items);
    }

    private static Money CheckPrice(Money price, Money? salePrice)
    {
        if (price.Amount <= 0)
        {
            throw new ArgumentException($"Price must be greater than zero; got {price}.", nameof(Price));
        }

        if (salePrice is { } sale && (sale.Currency != price.Currency || sale.Amount >= price.Amount))
        {
            throw new ArgumentException($"Price {price} must be above the sale price {sale} and in its currency; use WithPrices to change both.", nameof(Price));
        }

        return price;
    }

    private static Money? CheckSalePrice(Money? salePrice, Money price)
    {
        if (salePrice is not { } sale)
        {
            return null;
        }

        if (sale.Currency != price.Currency)
        {
            throw new ArgumentException($"SalePrice {sale} must be in the price's currency ({price.Currency}).", nameof(SalePrice));
        }

        if (sale.Amount <= 0 || sale.Amount >= price.Amount)
        {
            throw new ArgumentException($"SalePrice {sale} must be greater than zero and below the price {price}.", nameof(SalePrice));
        }

        return sale;
    }

    private static EquatableList<Uri> CheckImageLinks(IEnumerable<Uri> imageLinks)
    {
        ArgumentNullException.ThrowIfNull(imageLinks, nameof(ImageLinks));
        var items = imageLinks.ToArray();
        if (items.Length is 0 or > MaxImageLinks)
        {
            throw new ArgumentException($"ImageLinks must hold 1 to {MaxImageLinks} images; it has {items.Length}.", nameof(ImageLinks));
        }

        foreach (var uri in items)
        {
            if (!CraftProductRules.IsWebUri(uri))
            {
                throw new ArgumentException($"ImageLinks must be absolute http or https URIs; '{uri}' is not.", nameof(ImageLinks));
            }
        }

        return new EquatableList<Uri>(items);
    }

    private static Uri CheckLink(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link, nameof(Link));
        return CraftProductRules.IsWebUri(link)
            ? link
            : throw new ArgumentException($"Link must be an absolute http or https URI; '{link}' is not.", nameof(Link));
    }
}
