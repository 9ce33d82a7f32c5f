using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Crafts;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    /// <summary>Generates GTIN-8, -12, -13 and -14 values with correct GS1 check digits (leading zeros included).</summary>
    public static Gen<Gtin> GtinGen { get; } =
        from length in Gen.Elements(8, 12, 13, 14)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), length - 1)
        select IkmDomain.Crafts.Gtin.FromDataDigits(string.Concat(digits.Select(d => (char)('0' + d))));

    /// <summary>Generates HS codes of every length (2, 4, 6, 8, 10 digits) in existing chapters (01–97, not 77).</summary>
    public static Gen<HsCode> HsCodeGen { get; } =
        from chapter in Gen.Choose(1, 97).Where(c => c != 77)
        from length in Gen.Elements(2, 4, 6, 8, 10)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 2)
        select IkmDomain.Crafts.HsCode.FromDigits(rest.Aggregate((ulong)chapter, (acc, d) => (acc * 10) + (ulong)d), length);

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

    /// <summary>Generates any <see cref="IkmDomain.Crafts.CraftMaterial"/>.</summary>
    public static Gen<CraftMaterial> CraftMaterialGen { get; } = Gen.Elements(IkmDomain.Crafts.CraftMaterial.All.ToArray());

    /// <summary>Generates any <see cref="IkmDomain.Crafts.CraftTechnique"/>.</summary>
    public static Gen<CraftTechnique> CraftTechniqueGen { get; } = Gen.Elements(IkmDomain.Crafts.CraftTechnique.All.ToArray());

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
            GtinGen.Select(g => g.ToString().Insert(3, "-")));

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
