using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Regions;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    /// <summary>Generates GTIN-8, -12, -13 and -14 values with correct GS1 check digits (leading zeros included).</summary>
    public static Gen<Gtin> GtinGen { get; } =
        from length in Gen.Elements(8, 12, 13, 14)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), length - 1)
        select IkmDomain.Crafts.Gtin.FromDataDigits(string.Concat(digits.Select(d => (char)('0' + d))));

    /// <summary>
    /// Generates GTINs whose prefix Google Merchant Center accepts (<see cref="IkmDomain.Crafts.Gtin.IsAcceptedByGoogle"/>:
    /// no restricted-circulation prefix 2, 02, 04 and no coupon prefix 05, 981–984, 99).
    /// </summary>
    public static Gen<Gtin> GoogleAcceptedGtinGen { get; } = GtinGen.Where(g => g.IsAcceptedByGoogle);

    /// <summary>Generates HS codes of every length (2, 4, 6, 8, 10 digits) in existing chapters (01–97, not 77).</summary>
    public static Gen<HsCode> HsCodeGen { get; } =
        from chapter in Gen.Choose(1, 97).Where(c => c != 77)
        from length in Gen.Elements(2, 4, 6, 8, 10)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 2)
        select IkmDomain.Classifications.HsCode.FromDigits(rest.Aggregate((ulong)chapter, (acc, d) => (acc * 10) + (ulong)d), length);

    /// <summary>
    /// Generates codes that exist in HS 2022 (<see cref="IkmDomain.Classifications.HsCode.Exists"/>): its chapters,
    /// headings and subheadings, and 8- and 10-digit national codes on an existing 6-digit stem.
    /// </summary>
    public static Gen<HsCode> ExistingHsCodeGen { get; } =
        from code in Gen.Elements(IkmDomain.Classifications.HsCode.Nomenclature.ToArray())
        from extra in Gen.Elements(0, 2, 4)
        from national in Gen.Choose(0, 9999)
        select code.DigitCount == 6 && extra > 0
            ? IkmDomain.Classifications.HsCode.Parse(code.ToCompactString() + (national % (extra == 2 ? 100 : 10_000)).ToString(extra == 2 ? "D2" : "D4", CultureInfo.InvariantCulture))
            : code;

    /// <summary>Generates weights from 0 g to 1000 kg (Google's shipping weight range), mostly under 20 kg.</summary>
    public static Gen<Weight> WeightGen { get; } =
        Gen.Frequency(
            (4, Gen.Choose(0, 20_000)),
            (1, Gen.Choose(0, 1_000_000)))
        .Select(g => IkmDomain.Crafts.Weight.FromGrams(g));

    /// <summary>Generates package dimensions with sides from 1 to 400 cm (Google's range), some with decimals.</summary>
    public static Gen<Dimensions> DimensionsGen { get; } =
        from l in SideGen()
        from w in SideGen()
        from h in SideGen()
        select new IkmDomain.Crafts.Dimensions(l, w, h);

    /// <summary>Generates any <see cref="IkmDomain.Classifications.CraftMaterial"/>.</summary>
    public static Gen<CraftMaterial> CraftMaterialGen { get; } = Gen.Elements(IkmDomain.Classifications.CraftMaterial.All.ToArray());

    /// <summary>Generates any <see cref="IkmDomain.Classifications.CraftTechnique"/>.</summary>
    public static Gen<CraftTechnique> CraftTechniqueGen { get; } = Gen.Elements(IkmDomain.Classifications.CraftTechnique.All.ToArray());

    /// <summary>Valid GTINs (see <see cref="GtinGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Gtin> Gtin() => GtinGen.ToArbitrary();

    /// <summary>Valid HS codes (see <see cref="HsCodeGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<HsCode> HsCode() => HsCodeGen.ToArbitrary();

    /// <summary>Weights (see <see cref="WeightGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Weight> Weight() => WeightGen.ToArbitrary();

    /// <summary>Dimensions (see <see cref="DimensionsGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Dimensions> Dimensions() => DimensionsGen.ToArbitrary();

    /// <summary>Any craft material.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CraftMaterial> CraftMaterial() => CraftMaterialGen.ToArbitrary();

    /// <summary>Any craft technique.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CraftTechnique> CraftTechnique() => CraftTechniqueGen.ToArbitrary();

    /// <summary>
    /// Text that is not a GTIN: wrong length, a non-digit, or a wrong check digit.
    /// </summary>
    public static Gen<string> InvalidGtinText { get; } =
        Gen.OneOf(
            GtinGen.Select(g => WrongCheckDigit(g.ToString())),
            Gen.Choose(1, 20).Where(n => n is not (8 or 12 or 13 or 14)).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 9), n))
                .Select(d => string.Concat(d.Select(x => (char)('0' + x)))),
            GtinGen.Select(g => g.ToString().Insert(3, "/")));

    private static readonly string[] TitleWords =
    [
        "Ukiran", "Kayu", "Jati", "Jepara", "Tas", "Rotan", "Bali", "Batik", "Tulis", "Pekalongan", "Tenun", "Ikat",
        "Sumba", "Gerabah", "Kasongan", "Perak", "Celuk", "Anyaman", "Pandan", "Keramik", "Kulit", "Garut", "Songket",
        "Palembang", "Handmade", "Carved", "Teak", "Wall", "Decor", "Basket", "Woven", "Silver", "Ring", "Vase",
    ];

    private static readonly string[] Brands = ["Sanggar Jati", "Rotan Lestari", "Batik Sekar", "Tenun Sumba Asli", "Perak Celuk", "Kasongan Craft"];

    private const string SkuChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

    /// <summary>
    /// Generates craft products that satisfy every <see cref="IkmDomain.Crafts.CraftProduct"/> invariant and are also
    /// ready for Google Merchant Center, Meta, TikTok Shop and Shopee: titles of 25–150 characters, plain-text
    /// descriptions, whole-rupiah IDR prices from Rp10,000 to Rp50,000,000 (sale price below), 1–9 https images,
    /// whole-centimetre dimensions up to 400 cm, an availability date for preorder and backorder.
    /// </summary>
    public static Gen<CraftProduct> CraftProductGen { get; } =
        from sku in Gen.Choose(1, 50).SelectMany(n => Gen.ArrayOf(Gen.Elements(SkuChars.ToCharArray()), n)).Select(c => new string(c))
        from title in Gen.ArrayOf(Gen.Elements(TitleWords), 12).Select(BuildTitle)
        from description in Gen.ArrayOf(Gen.Elements(TitleWords), 40).Select(w => string.Join(" ", w) + ".")
        from materialCount in Gen.Choose(1, 3)
        from materials in Gen.Shuffle(IkmDomain.Classifications.CraftMaterial.All.ToArray()).Select(m => m.Take(materialCount).ToArray())
        from technique in Gen.OneOf(Gen.Constant((CraftTechnique?)null), CraftTechniqueGen.Select(t => (CraftTechnique?)t))
        from price in Gen.Choose(20, 100_000).Select(p => p * 500m)
        from salePercent in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(50, 95)))
        from availability in Gen.Elements(Availability.InStock, Availability.OutOfStock, Availability.Preorder, Availability.Backorder)
        from days in Gen.Choose(1, 90)
        from stock in Gen.Choose(0, 1000)
        from weight in Gen.OneOf(Gen.Constant((Weight?)null), WeightGen.Select(w => (Weight?)w))
        from sides in Gen.ArrayOf(Gen.Choose(1, 400), 3)
        from hasDimensions in Gen.Elements(true, false)
        from imageCount in Gen.Choose(1, 9)
        from brand in Gen.Elements(Brands)
        from gtin in Gen.OneOf(Gen.Constant((Gtin?)null), GoogleAcceptedGtinGen.Select(g => (Gtin?)g))
        from hs in Gen.Elements(materials[0].HsHeadings.ToArray()).Select(h => (HsCode?)h)
        from region in Gen.OneOf(Gen.Constant((RegionCode?)null), RegionCode().Generator.Select(r => (RegionCode?)r))
        from nib in Gen.OneOf(Gen.Constant((Nib?)null), Gen.Choose(1, 999_999).Select(n => (Nib?)IkmDomain.Businesses.Nib.FromValue(8_120_000_000_000UL + (ulong)n)))
        from condition in Gen.Elements(Condition.New, Condition.New, Condition.Refurbished, Condition.Used)
        select new CraftProduct(
            sku,
            title,
            description,
            materials,
            IkmDomain.Money.Idr(price),
            Enumerable.Range(1, imageCount).Select(i => new Uri($"https://cdn.example.id/{Uri.EscapeDataString(sku)}/{i}.jpg")).ToArray(),
            new Uri($"https://toko.example.id/p/{Uri.EscapeDataString(sku)}"),
            brand)
        {
            Technique = technique,
            SalePrice = salePercent == 0 ? null : IkmDomain.Money.Idr(decimal.Floor(price * salePercent / 100m)),
            Availability = availability,
            AvailabilityDate = availability is Availability.Preorder or Availability.Backorder
                ? new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(7)).AddDays(days)
                : null,
            StockQuantity = stock,
            Weight = weight,
            Dimensions = hasDimensions ? new IkmDomain.Crafts.Dimensions(sides[0], sides[1], sides[2]) : null,
            Gtin = gtin,
            HsCode = hs,
            OriginRegion = region,
            MakerNib = nib,
            Condition = condition,
        };

    /// <summary>Loose inputs that <c>CraftProductValidator</c> accepts: <see cref="CraftProductGen"/> through <see cref="IkmDomain.Crafts.CraftProductInput.FromProduct"/>.</summary>
    public static Gen<CraftProductInput> CraftProductInputGen { get; } = CraftProductGen.Select(IkmDomain.Crafts.CraftProductInput.FromProduct);

    /// <summary>Valid, marketplace-ready craft products (see <see cref="CraftProductGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CraftProduct> CraftProduct() => CraftProductGen.ToArbitrary();

    /// <summary>Valid craft product inputs (see <see cref="CraftProductInputGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CraftProductInput> CraftProductInput() => CraftProductInputGen.ToArbitrary();

    private static string BuildTitle(string[] words)
    {
        var title = string.Join(" ", words);
        return title.Length <= 150 ? title : title[..150].TrimEnd();
    }

    private static Gen<decimal> SideGen() =>
        Gen.Frequency(
            (3, Gen.Choose(1, 400).Select(cm => (decimal)cm)),
            (1, Gen.Choose(100, 40_000).Select(h => h / 100m)));

    private static string WrongCheckDigit(string gtin)
    {
        var last = gtin[^1] - '0';
        return gtin[..^1] + ((last + 1) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
