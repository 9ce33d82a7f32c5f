using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Regions;

namespace IkmDomain.Crafts;

/// <summary>
/// A craft product as it arrives from outside (a JSON body, a CSV row, a form): every member loose
/// and optional. Check it with <c>CraftProductValidator</c> (namespace <c>IkmDomain.Validation</c>),
/// which reports every broken rule with an IKM4xx code, then call <see cref="ToProduct"/>.
/// </summary>
/// <remarks>Enumerated members accept the marketplace spellings and Indonesian words
/// (<c>in stock</c>, <c>in_stock</c>, <c>tersedia</c>; <c>new</c>, <c>baru</c>, <c>bekas</c>).</remarks>
public sealed class CraftProductInput
{
    /// <summary>The SKU, 1–50 characters.</summary>
    public string? Sku { get; set; }

    /// <summary>The title.</summary>
    public string? Title { get; set; }

    /// <summary>The description (plain text or simple HTML).</summary>
    public string? Description { get; set; }

    /// <summary>Material codes or names (English or Indonesian), primary first.</summary>
    public IList<string?>? Materials { get; set; }

    /// <summary>The technique's code or name, for example <c>batik tulis</c>.</summary>
    public string? Technique { get; set; }

    /// <summary>The price amount.</summary>
    public decimal? Price { get; set; }

    /// <summary>The sale price amount, in the same currency.</summary>
    public decimal? SalePrice { get; set; }

    /// <summary>The ISO 4217 currency code of both prices. Default <c>IDR</c>.</summary>
    public string? Currency { get; set; } = "IDR";

    /// <summary><c>in stock</c>, <c>out of stock</c>, <c>preorder</c> or <c>backorder</c>; null means in stock.</summary>
    public string? Availability { get; set; }

    /// <summary>When a preorder or backorder product becomes available.</summary>
    public DateTimeOffset? AvailabilityDate { get; set; }

    /// <summary>Units in stock; null means zero.</summary>
    public int? StockQuantity { get; set; }

    /// <summary>The shipping weight, for example <c>1.5 kg</c>.</summary>
    public string? Weight { get; set; }

    /// <summary>The package dimensions, for example <c>30 x 20 x 10 cm</c>.</summary>
    public string? Dimensions { get; set; }

    /// <summary>Image URLs, main image first.</summary>
    public IList<string?>? ImageLinks { get; set; }

    /// <summary>The product page URL.</summary>
    public string? Link { get; set; }

    /// <summary>The brand.</summary>
    public string? Brand { get; set; }

    /// <summary>The GTIN, when the product has one.</summary>
    public string? Gtin { get; set; }

    /// <summary>The HS code, plain or dotted.</summary>
    public string? HsCode { get; set; }

    /// <summary>The Kemendagri code of the region where the product is made.</summary>
    public string? OriginRegion { get; set; }

    /// <summary>The maker's NIB (13 digits).</summary>
    public string? MakerNib { get; set; }

    /// <summary><c>new</c>, <c>refurbished</c> or <c>used</c>; null means new.</summary>
    public string? Condition { get; set; }

    /// <summary>Certifications the product carries.</summary>
    public IList<Certification>? Certifications { get; set; }

    /// <summary>Builds the product. Validate first to get every problem at once with its error code.</summary>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentException">A member is missing or breaks a rule (the first one found); <see cref="FormatException"/> for unparsable text.</exception>
    public CraftProduct ToProduct()
    {
        var currency = IkmDomain.Currency.FromCode(Currency ?? throw Missing(nameof(Currency)));
        var availability = default(Availability);
        if (Availability is not null && !CraftEnumText.TryParseAvailability(Availability, out availability))
        {
            throw new ArgumentException($"Availability '{Availability}' is not in stock, out of stock, preorder or backorder.", nameof(Availability));
        }

        var condition = default(Condition);
        if (Condition is not null && !CraftEnumText.TryParseCondition(Condition, out condition))
        {
            throw new ArgumentException($"Condition '{Condition}' is not new, refurbished or used.", nameof(Condition));
        }

        var product = new CraftProduct(
            Sku ?? throw Missing(nameof(Sku)),
            Title ?? throw Missing(nameof(Title)),
            Description ?? throw Missing(nameof(Description)),
            (Materials ?? throw Missing(nameof(Materials))).Select(m => CraftMaterial.Parse(m ?? throw Missing(nameof(Materials)))).ToArray(),
            new Money(Price ?? throw Missing(nameof(Price)), currency),
            (ImageLinks ?? throw Missing(nameof(ImageLinks))).Select(ToUri).ToArray(),
            ToUri(Link ?? throw Missing(nameof(Link))),
            Brand ?? throw Missing(nameof(Brand)))
        {
            SalePrice = SalePrice is { } sale ? new Money(sale, currency) : null,
            Technique = Technique is null ? null : CraftTechnique.Parse(Technique),
            Availability = availability,
            AvailabilityDate = AvailabilityDate,
            StockQuantity = StockQuantity ?? 0,
            Weight = Weight is null ? null : Crafts.Weight.Parse(Weight),
            Dimensions = Dimensions is null ? null : Crafts.Dimensions.Parse(Dimensions),
            Gtin = Gtin is null ? null : Crafts.Gtin.Parse(Gtin),
            HsCode = HsCode is null ? null : Classifications.HsCode.Parse(HsCode),
            OriginRegion = OriginRegion is null ? null : RegionCode.Parse(OriginRegion),
            MakerNib = MakerNib is null ? null : Nib.Parse(MakerNib),
            Condition = condition,
            Certifications = Certifications?.ToArray() ?? [],
        };
        return product;
    }

    /// <summary>Creates an input holding a product's values (the inverse of <see cref="ToProduct"/>).</summary>
    /// <param name="product">The product.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="product"/> is null.</exception>
    public static CraftProductInput FromProduct(CraftProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new CraftProductInput
        {
            Sku = product.Sku,
            Title = product.Title,
            Description = product.Description,
            Materials = product.Materials.Select(m => (string?)m.Code).ToList(),
            Technique = product.Technique?.Code,
            Price = product.Price.Amount,
            SalePrice = product.SalePrice?.Amount,
            Currency = product.Price.Currency.Code,
            Availability = product.Availability switch
            {
                Crafts.Availability.OutOfStock => "out of stock",
                Crafts.Availability.Preorder => "preorder",
                Crafts.Availability.Backorder => "backorder",
                _ => "in stock",
            },
            AvailabilityDate = product.AvailabilityDate,
            StockQuantity = product.StockQuantity,
            Weight = product.Weight?.ToString(),
            Dimensions = product.Dimensions?.ToString(),
            ImageLinks = product.ImageLinks.Select(u => (string?)u.OriginalString).ToList(),
            Link = product.Link.OriginalString,
            Brand = product.Brand,
            Gtin = product.Gtin?.ToString(),
            HsCode = product.HsCode?.ToString(),
            OriginRegion = product.OriginRegion?.ToString(),
            MakerNib = product.MakerNib?.ToString(),
            Condition = product.Condition.ToString().ToLowerInvariant(),
            Certifications = product.Certifications.ToList(),
        };
    }

    private static Uri ToUri(string? text) =>
        Common.HttpUrl.TryCreateAbsolute(text ?? throw Missing(nameof(ImageLinks)), out var uri)
            ? uri
            : throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, "'{0}' is not an absolute URI.", text), nameof(Link));

    private static ArgumentException Missing(string member) => new($"{member} is required.", member);
}
