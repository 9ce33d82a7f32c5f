using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>
/// A Kemendagri administrative region code: a province (<c>35</c>), a regency or city (<c>35.73</c>),
/// a district (<c>35.73.01</c>) or a village (<c>35.73.01.1001</c>).
/// </summary>
/// <remarks>
/// <para>
/// The format follows Permendagri 137/2017 Art. 4 as amended by Permendagri 58/2021: two digits for the
/// province (first digit the island group, second the order of creation, so 11–99 without a zero),
/// two for the regency (kabupaten 01–69, kota 71–99), two for the district (kecamatan, 01–99) and four
/// for the village, whose first digit is 1 (kelurahan), 2 (desa) or 3 (desa adat).
/// </para>
/// <para>
/// A well-formed code may still not exist: whether it does is a question for
/// <see cref="RegionDirectory"/>, not for the parser. These are Kemendagri codes; BPS statistical codes
/// are a different system (three-digit districts) and are rejected.
/// </para>
/// <para>
/// The value is packed into one 64-bit integer; ordering follows the digits, so a region sorts before
/// its children. <c>default(RegionCode)</c> is not a region code (it prints <c>00</c>); obtain values
/// through <see cref="Parse(string)"/>, <see cref="TryParse(string?, out RegionCode)"/> or
/// <see cref="FromParts"/>.
/// </para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(RegionCodeJsonConverter))]
public readonly partial struct RegionCode : IDefaultIsNotSet,
    IEquatable<RegionCode>,
    IComparable<RegionCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<RegionCode>
{
    private const long ProvinceFactor = 100_000_000;
    private const long RegencyFactor = 1_000_000;
    private const long DistrictFactor = 10_000;

    // The ten-digit number padded with zeros (35.73 -> 3573000000), times 4, plus the level.
    // Padded numbers never collide across levels because no part of a real code is all zeros.
    private readonly long _packed;

    private RegionCode(long number, RegionLevel level) => _packed = (number << 2) | (long)level;

    /// <summary>The largest number of characters a code takes when formatted (<c>PP.KK.CC.DDDD</c>).</summary>
    public const int MaxFormattedLength = 13;

    /// <summary>The level of the region: province, regency or city, district, or village.</summary>
    public RegionLevel Level => (RegionLevel)(_packed & 3);

    /// <summary>The code of the province this region lies in (the province itself for a province code).</summary>
    public RegionCode Province => new(ProvinceNumber * ProvinceFactor, RegionLevel.Province);

    /// <summary>The parent region's code: the province of a regency, the regency of a district, the
    /// district of a village; <see langword="null"/> for a province.</summary>
    public RegionCode? Parent => Level == RegionLevel.Province ? null : Truncate(Level - 1);

    /// <summary>
    /// True when the regency part is 71–99, a kota (city) rather than a kabupaten (regency)
    /// (Permendagri 137/2017 Art. 4). False for a province code; for a district or village, tells whether
    /// it lies in a city.
    /// </summary>
    public bool IsCity => Level != RegionLevel.Province && RegencyNumber >= 71;

    /// <summary>
    /// For a village code, whether it is a kelurahan (1), desa (2) or desa adat (3), from the first digit of
    /// the village part (Permendagri 137/2017 Art. 4; Permendagri 58/2021); <see langword="null"/> for other levels.
    /// </summary>
    public VillageKind? VillageKind => Level == RegionLevel.Village ? (VillageKind)(VillageNumber / 1000) : null;

    /// <summary>The province part as a number (11–99).</summary>
    public int ProvinceNumber => (int)(Number / ProvinceFactor);

    /// <summary>The regency part as a number (1–69 kabupaten, 71–99 kota), or 0 for a province code.</summary>
    public int RegencyNumber => (int)(Number / RegencyFactor % 100);

    /// <summary>The district part as a number (1–99), or 0 above district level.</summary>
    public int DistrictNumber => (int)(Number / DistrictFactor % 100);

    /// <summary>The village part as a number (1000–3999), or 0 above village level.</summary>
    public int VillageNumber => (int)(Number % DistrictFactor);

    /// <summary>The ten-digit number padded with zeros, e.g. 3573000000 for 35.73.</summary>
    internal long Number => _packed >> 2;

    /// <summary>The packed value, ordered like the codes; used by the directory's sorted tables.</summary>
    internal long Packed => _packed;

    /// <summary>Rebuilds a code from <see cref="Packed"/>; the caller guarantees the value is valid.</summary>
    internal static RegionCode FromPacked(long packed) => new(packed >> 2, (RegionLevel)(packed & 3));

    /// <summary>The smallest number <see cref="ToNumber"/> gives (<c>11</c>, the first possible province).</summary>
    public const long MinNumber = 1_100_000_000;

    /// <summary>The largest number <see cref="ToNumber"/> gives (<c>99.99.99.3999</c>).</summary>
    public const long MaxNumber = 9_999_993_999;

    /// <summary>
    /// The code as one ten-digit number, its parts padded with zeros: <c>35</c> is 3500000000,
    /// <c>35.73</c> is 3573000000, <c>35.73.01</c> is 3573010000 and <c>35.73.01.1001</c> is 3573011001.
    /// </summary>
    /// <remarks>
    /// The number keeps the level (no part of a real code is all zeros) and orders like the codes, with a
    /// region before its children; a region's descendants are exactly the numbers from
    /// <c>ToNumber() + 1</c> to <see cref="LastDescendantNumber"/>. Databases store it in a 64-bit
    /// integer column (it does not fit 32 bits); <see cref="FromNumber"/> reads it back.
    /// </remarks>
    /// <returns>The number, from <see cref="MinNumber"/> to <see cref="MaxNumber"/>.</returns>
    public long ToNumber() => Number;

    /// <summary>The largest number any descendant of this region can have (<see cref="ToNumber"/> itself for a village):
    /// 3573993999 for <c>35.73</c> (district 99, village 3999).</summary>
    /// <returns>The last number of this region's range.</returns>
    public long LastDescendantNumber() => Level switch
    {
        RegionLevel.Province => Number + (99 * RegencyFactor) + (99 * DistrictFactor) + 3999,
        RegionLevel.Regency => Number + (99 * DistrictFactor) + 3999,
        RegionLevel.District => Number + 3999,
        _ => Number,
    };

    /// <summary>Rebuilds a code from <see cref="ToNumber"/>.</summary>
    /// <param name="number">The ten-digit number, for example 3573000000 for <c>35.73</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not the number of a well-formed code
    /// (a part out of its range, or a non-zero part below a zero part).</exception>
    public static RegionCode FromNumber(long number) =>
        TryFromNumber(number, out var code)
            ? code
            : throw new ArgumentOutOfRangeException(nameof(number), number, "The number is not a Kemendagri region code padded to ten digits (PPKKCCDDDD, for example 3573000000 for 35.73; Permendagri 137/2017 Art. 4).");

    /// <summary>Rebuilds a code from <see cref="ToNumber"/>; never throws.</summary>
    /// <param name="number">The ten-digit number.</param>
    /// <param name="result">The code, or <c>default</c> when the number is not a code's.</param>
    /// <returns>Whether <paramref name="number"/> is the number of a well-formed code.</returns>
    public static bool TryFromNumber(long number, out RegionCode result)
    {
        result = default;
        if (number is < MinNumber or > MaxNumber)
        {
            return false;
        }

        var province = (int)(number / ProvinceFactor);
        var regency = (int)(number / RegencyFactor % 100);
        var district = (int)(number / DistrictFactor % 100);
        var village = (int)(number % DistrictFactor);
        if (!IsValidProvince(province))
        {
            return false;
        }

        var level = RegionLevel.Province;
        if (regency != 0)
        {
            if (!IsValidRegency(regency))
            {
                return false;
            }

            level = RegionLevel.Regency;
            if (district != 0)
            {
                level = RegionLevel.District;
                if (village != 0)
                {
                    if (village is < 1000 or > 3999)
                    {
                        return false;
                    }

                    level = RegionLevel.Village;
                }
            }
            else if (village != 0)
            {
                return false;
            }
        }
        else if (district != 0 || village != 0)
        {
            return false;
        }

        result = new(number, level);
        return true;
    }

    /// <summary>
    /// Creates a code from its numeric parts; pass 0 for the parts below the wanted level.
    /// </summary>
    /// <param name="province">Province part, 11–99 with a non-zero second digit.</param>
    /// <param name="regency">Regency part, 1–69 or 71–99; 0 for a province code.</param>
    /// <param name="district">District part, 1–99; 0 for a province or regency code.</param>
    /// <param name="village">Village part, 1000–3999; 0 above village level.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of its range, or a part is given below a zero part.</exception>
    public static RegionCode FromParts(int province, int regency = 0, int district = 0, int village = 0)
    {
        if (!IsValidProvince(province))
        {
            throw new ArgumentOutOfRangeException(nameof(province), province, "The province part must be 11–99 with a non-zero second digit (Permendagri 137/2017 Art. 4).");
        }

        var level = RegionLevel.Province;
        if (regency != 0 || district != 0 || village != 0)
        {
            if (!IsValidRegency(regency))
            {
                throw new ArgumentOutOfRangeException(nameof(regency), regency, "The regency part must be 1–69 (kabupaten) or 71–99 (kota) (Permendagri 137/2017 Art. 4).");
            }

            level = RegionLevel.Regency;
            if (district != 0 || village != 0)
            {
                if (district is < 1 or > 99)
                {
                    throw new ArgumentOutOfRangeException(nameof(district), district, "The district part must be 1–99.");
                }

                level = RegionLevel.District;
                if (village != 0)
                {
                    if (village is < 1000 or > 3999)
                    {
                        throw new ArgumentOutOfRangeException(nameof(village), village, "The village part must be 1000–3999: first digit 1 kelurahan, 2 desa, 3 desa adat (Permendagri 58/2021).");
                    }

                    level = RegionLevel.Village;
                }
            }
        }

        return new(Compose(province, regency, district, village), level);
    }

    /// <summary>True when this region contains <paramref name="other"/>: it is at a higher level and
    /// <paramref name="other"/>'s code starts with this code. A region is not its own ancestor.</summary>
    /// <param name="other">Another code.</param>
    /// <returns>Whether this code is an ancestor of <paramref name="other"/>.</returns>
    public bool IsAncestorOf(RegionCode other) => Level < other.Level && other.Truncate(Level) == this;

    /// <summary>The code of this region's ancestor at <paramref name="level"/> (itself at its own level).</summary>
    /// <param name="level">A level at or above this code's level.</param>
    /// <returns>The ancestor's code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is below this code's level.</exception>
    public RegionCode AncestorAt(RegionLevel level)
    {
        if (level > Level || level < RegionLevel.Province)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"A {Level} code has no ancestor at level {level}.");
        }

        return Truncate(level);
    }

    private RegionCode Truncate(RegionLevel level)
    {
        var n = Number;
        var kept = level switch
        {
            RegionLevel.Province => n - n % ProvinceFactor,
            RegionLevel.Regency => n - n % RegencyFactor,
            RegionLevel.District => n - n % DistrictFactor,
            _ => n,
        };
        return new(kept, level);
    }

    /// <inheritdoc/>
    public bool Equals(RegionCode other) => _packed == other._packed;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _packed.GetHashCode();

    /// <summary>Orders codes by their digits, so a region comes right before its children.</summary>
    /// <param name="other">Another code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(RegionCode other) => _packed.CompareTo(other._packed);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        RegionCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a RegionCode.", nameof(obj)),
    };

    /// <summary>Whether two codes are equal.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>True when they are the same code.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>True when they are different codes.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Orders by digits.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left._packed < right._packed;

    /// <summary>Orders by digits.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left._packed > right._packed;

    /// <summary>Orders by digits.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left._packed <= right._packed;

    /// <summary>Orders by digits.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left._packed >= right._packed;
}
