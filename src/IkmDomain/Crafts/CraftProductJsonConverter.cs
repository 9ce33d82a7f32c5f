using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Regions;

namespace IkmDomain.Crafts;

/// <summary>
/// JSON of a <see cref="CraftProduct"/>: the same members as the record (its public, non-ignored
/// properties), read into <see cref="CraftProductJson"/> and checked by the record's constructor and init
/// accessors; a missing or broken member is a <see cref="JsonException"/> naming it and the rule.
/// </summary>
public sealed class CraftProductJsonConverter : JsonConverter<CraftProduct>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override CraftProduct? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CraftProduct value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<CraftProduct, CraftProductJson>
    {
        protected override CraftProduct ToRecord(CraftProductJson s) =>
            new(
                NotNull(s.Sku, nameof(CraftProduct.Sku)),
                NotNull(s.Title, nameof(CraftProduct.Title)),
                NotNull(s.Description, nameof(CraftProduct.Description)),
                NotNull(s.Materials, nameof(CraftProduct.Materials)),
                Required(s.Price, nameof(CraftProduct.Price)),
                NotNull(s.ImageLinks, nameof(CraftProduct.ImageLinks)),
                NotNull(s.Link, nameof(CraftProduct.Link)),
                NotNull(s.Brand, nameof(CraftProduct.Brand)))
            {
                Technique = s.Technique,
                SalePrice = s.SalePrice,
                Availability = s.Availability,
                AvailabilityDate = s.AvailabilityDate,
                StockQuantity = s.StockQuantity,
                Weight = s.Weight,
                Dimensions = s.Dimensions,
                Gtin = s.Gtin,
                HsCode = s.HsCode,
                OriginRegion = s.OriginRegion,
                MakerNib = s.MakerNib,
                Condition = s.Condition,
                Certifications = s.Certifications!,
            };

        protected override CraftProductJson ToShadow(CraftProduct p) => new()
        {
            Sku = p.Sku,
            Title = p.Title,
            Description = p.Description,
            Materials = p.Materials,
            Technique = p.Technique,
            Price = p.Price,
            SalePrice = p.SalePrice,
            Availability = p.Availability,
            AvailabilityDate = p.AvailabilityDate,
            StockQuantity = p.StockQuantity,
            Weight = p.Weight,
            Dimensions = p.Dimensions,
            ImageLinks = p.ImageLinks,
            Link = p.Link,
            Brand = p.Brand,
            Gtin = p.Gtin,
            HsCode = p.HsCode,
            OriginRegion = p.OriginRegion,
            MakerNib = p.MakerNib,
            Condition = p.Condition,
            Certifications = p.Certifications,
        };

        protected override JsonTypeInfo<CraftProductJson> FromContext(JsonSerializerOptions options) =>
            new CraftsJsonContext(options).CraftProductJson;
    }
}

/// <summary>The JSON members of <see cref="CraftProduct"/>, unchecked (in the record's order).</summary>
internal sealed class CraftProductJson
{
    public string? Sku { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<CraftMaterial>? Materials { get; set; }

    public CraftTechnique? Technique { get; set; }

    public Money? Price { get; set; }

    public Money? SalePrice { get; set; }

    public Availability Availability { get; set; }

    public DateTimeOffset? AvailabilityDate { get; set; }

    public int StockQuantity { get; set; }

    public Weight? Weight { get; set; }

    public Dimensions? Dimensions { get; set; }

    public IReadOnlyList<Uri>? ImageLinks { get; set; }

    public Uri? Link { get; set; }

    public string? Brand { get; set; }

    public Gtin? Gtin { get; set; }

    public HsCode? HsCode { get; set; }

    public RegionCode? OriginRegion { get; set; }

    public Nib? MakerNib { get; set; }

    public Condition Condition { get; set; }

    // Absent means none; an explicit null is an error (the record's rule).
    public IReadOnlyList<Certification>? Certifications { get; set; } = [];
}

/// <summary>Source-generated metadata for the Crafts records' JSON shadows (used when the caller's resolver has none).</summary>
[JsonSerializable(typeof(CraftProductJson))]
internal sealed partial class CraftsJsonContext : JsonSerializerContext
{
}
