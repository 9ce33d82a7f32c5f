using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Regions;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    /// <summary>
    /// Region codes at any level that exist in <see cref="RegionDirectory.Default"/> (what a real record holds),
    /// shrinking towards earlier codes. For codes that are only well-formed, use <see cref="WellFormedRegionCode"/>.
    /// </summary>
    /// <returns>An arbitrary of <see cref="RegionCode"/>.</returns>
    public static Arbitrary<RegionCode> RegionCode() => ExistingRegionCode().ToArbitrary();

    /// <summary>
    /// Well-formed Kemendagri region codes at any level that need not exist in the directory (most do not): province
    /// 11–99 without a zero second digit, regency 01–69 or 71–99, district 01–99, village 1000–3999. Ask for these
    /// to test code paths for unknown regions.
    /// </summary>
    /// <returns>A generator of well-formed <see cref="RegionCode"/>s.</returns>
    public static Gen<RegionCode> WellFormedRegionCode() => RegionCodeGen;

    /// <summary>Any <see cref="RegionLevel"/>.</summary>
    /// <returns>An arbitrary of <see cref="RegionLevel"/>.</returns>
    public static Arbitrary<RegionLevel> RegionLevel() =>
        Gen.Elements(Regions.RegionLevel.Province, Regions.RegionLevel.Regency, Regions.RegionLevel.District, Regions.RegionLevel.Village).ToArbitrary();

    /// <summary>
    /// Region codes that exist in <see cref="RegionDirectory.Default"/> (sampled from the embedded data);
    /// loads the directory on first use.
    /// </summary>
    /// <returns>A generator of existing <see cref="RegionCode"/>s (what <see cref="RegionCode()"/> yields).</returns>
    public static Gen<RegionCode> ExistingRegionCode() =>
        Gen.Elements(Regions.RegionLevel.Province, Regions.RegionLevel.Regency, Regions.RegionLevel.District, Regions.RegionLevel.Village)
            .SelectMany(level => Gen.Choose(0, RegionDirectory.Default.Count(level) - 1).Select(i => RegionDirectory.Default.All(level)[i].Code));

    /// <summary>Five-digit Indonesian postal codes with a zone digit 1–9.</summary>
    /// <returns>An arbitrary of <see cref="PostalCode"/>.</returns>
    public static Arbitrary<PostalCode> PostalCode() =>
        Gen.Choose(10000, 99999).Select(n => Regions.PostalCode.FromNumber(n)).ToArbitrary();

    /// <summary>Text that <see cref="Regions.RegionCode.TryParse(string?, out Regions.RegionCode)"/> must reject:
    /// wrong lengths, zero parts, BPS-style three-digit districts, letters, mixed separators.</summary>
    /// <returns>A generator of invalid region-code strings (a <see cref="Gen{T}"/>, not an arbitrary, so
    /// registering <see cref="IkmArbitraries"/> never replaces FsCheck's own strings).</returns>
    public static Gen<string> InvalidRegionCodeString() =>
        Gen.OneOf(
            Gen.Elements("", "3", "357", "35.7", "35.00", "00", "10", "35.70", "35.73.00", "35.73.001", "35.73.01.0001",
                "35.73.01.4001", "35.73.01.10011", "35-73", "35..73", ".35", "35.", "3a", "35.7a", "357301001", "35.7301",
                "35.73.01.1001.1", "1101010"),
            Gen.Choose(1, 9).Select(n => new string('9', n) + "x"));

    private static Gen<RegionCode> RegionCodeGen =>
        from province in Gen.Choose(1, 9).SelectMany(a => Gen.Choose(1, 9).Select(b => a * 10 + b))
        from regency in Gen.OneOf(Gen.Choose(1, 69), Gen.Choose(71, 99))
        from district in Gen.Choose(1, 99)
        from village in Gen.Choose(1000, 3999)
        from level in Gen.Choose(0, 3)
        select Regions.RegionCode.FromParts(
            province,
            level >= 1 ? regency : 0,
            level >= 2 ? district : 0,
            level >= 3 ? village : 0);
}
