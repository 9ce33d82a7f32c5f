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
public readonly struct RegionCode :
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

    /// <summary>The canonical dotted form, for example <c>35.73.01.1001</c>; culture-invariant.</summary>
    /// <returns>The dotted code.</returns>
    public override string ToString() => Level switch
    {
        RegionLevel.Province => string.Create(2, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
        RegionLevel.Regency => string.Create(5, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
        RegionLevel.District => string.Create(8, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
        _ => string.Create(13, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
    };

    /// <summary>The digits only, for example <c>3573011001</c>.</summary>
    /// <returns>The compact code.</returns>
    public string ToCompactString() => string.Create(DigitCount(Level), this, static (span, c) => c.TryFormatCore(span, dotted: false, out _));

    /// <summary>Formats the code: <c>G</c> (or null/empty) gives the dotted form, <c>C</c> the digits only.</summary>
    /// <param name="format"><c>G</c>, <c>C</c>, null or empty.</param>
    /// <param name="formatProvider">Ignored: the format is culture-invariant.</param>
    /// <returns>The formatted code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>G</c> or <c>C</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        IsDotted(format) ? ToString() : ToCompactString();

    /// <inheritdoc cref="TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, dotted: true, out charsWritten);

    /// <summary>Writes the code into <paramref name="destination"/>; <c>G</c> (or empty) dotted, <c>C</c> digits only.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c>, <c>C</c> or empty.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>G</c> or <c>C</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(destination, IsDotted(format), out charsWritten);

    /// <summary>Writes the code as UTF-8; <c>G</c> (or empty) dotted, <c>C</c> digits only.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c>, <c>C</c> or empty.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>G</c> or <c>C</c>.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    private static bool IsDotted(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G" or "g")
        {
            return true;
        }

        if (format is "C" or "c")
        {
            return false;
        }

        throw new FormatException($"'{format.ToString()}' is not a RegionCode format: use 'G' (dotted, 35.73.01.1001) or 'C' (digits only, 3573011001).");
    }

    private static int DigitCount(RegionLevel level) => level switch
    {
        RegionLevel.Province => 2,
        RegionLevel.Regency => 4,
        RegionLevel.District => 6,
        _ => 10,
    };

    private bool TryFormatCore(Span<char> destination, bool dotted, out int charsWritten)
    {
        var level = Level;
        var length = dotted ? level switch
        {
            RegionLevel.Province => 2,
            RegionLevel.Regency => 5,
            RegionLevel.District => 8,
            _ => 13,
        } : DigitCount(level);
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        var pos = 0;
        Write2(destination, ref pos, ProvinceNumber);
        if (level >= RegionLevel.Regency)
        {
            if (dotted)
            {
                destination[pos++] = '.';
            }

            Write2(destination, ref pos, RegencyNumber);
        }

        if (level >= RegionLevel.District)
        {
            if (dotted)
            {
                destination[pos++] = '.';
            }

            Write2(destination, ref pos, DistrictNumber);
        }

        if (level == RegionLevel.Village)
        {
            if (dotted)
            {
                destination[pos++] = '.';
            }

            var v = VillageNumber;
            Write2(destination, ref pos, v / 100);
            Write2(destination, ref pos, v % 100);
        }

        charsWritten = pos;
        return true;
    }

    private static void Write2(Span<char> destination, ref int pos, int value)
    {
        destination[pos++] = (char)('0' + value / 10);
        destination[pos++] = (char)('0' + value % 10);
    }

    /// <summary>
    /// Parses a code in dotted (<c>35.73.01.1001</c>) or compact (<c>3573011001</c>) form; surrounding
    /// white space is ignored.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed code; the message says which part is wrong.</exception>
    public static RegionCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static RegionCode Parse(ReadOnlySpan<char> s)
    {
        var error = TryParseCore(s, out var result);
        return error is null ? result : throw new FormatException(Describe(s, error.Value));
    }

    /// <summary>Parses a code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed code.</exception>
    public static RegionCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a well-formed code.</exception>
    public static RegionCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a code in dotted or compact form. Never throws.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The code, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RegionCode result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s.AsSpan(), out result) is null;
    }

    /// <inheritdoc cref="TryParse(string?, out RegionCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out RegionCode result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse a code. Never throws.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <param name="result">The code, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> is a well-formed code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegionCode result) => TryParse(s, out result);

    /// <summary>Tries to parse a code. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <param name="result">The code, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether <paramref name="s"/> is a well-formed code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegionCode result) => TryParse(s, out result);

    private enum Failure
    {
        Empty,
        Shape,
        CompactLength,
        ProvinceDigits,
        ProvinceRange,
        RegencyDigits,
        RegencyRange,
        DistrictDigits,
        DistrictRange,
        VillageDigits,
        VillageKindDigit,
    }

    private readonly record struct Error(Failure Failure, string Part);

    private static Error? TryParseCore(ReadOnlySpan<char> s, out RegionCode result)
    {
        result = default;
        s = s.Trim();
        if (s.IsEmpty)
        {
            return new Error(Failure.Empty, "");
        }

        ReadOnlySpan<char> p, k = default, c = default, d = default;
        int parts;
        if (s.Contains('.'))
        {
            // Dotted: 1 to 4 parts separated by single dots.
            Span<Range> ranges = stackalloc Range[5];
            parts = s.Split(ranges, '.');
            if (parts is < 2 or > 4)
            {
                return new Error(Failure.Shape, "");
            }

            p = s[ranges[0]];
            k = s[ranges[1]];
            if (parts >= 3)
            {
                c = s[ranges[2]];
            }

            if (parts == 4)
            {
                d = s[ranges[3]];
            }
        }
        else
        {
            switch (s.Length)
            {
                case 2: parts = 1; break;
                case 4: parts = 2; break;
                case 6: parts = 3; break;
                case 10: parts = 4; break;
                default: return new Error(Failure.CompactLength, "");
            }

            p = s[..2];
            if (parts >= 2)
            {
                k = s.Slice(2, 2);
            }

            if (parts >= 3)
            {
                c = s.Slice(4, 2);
            }

            if (parts == 4)
            {
                d = s.Slice(6, 4);
            }
        }

        if (!Digits.TryReadInt32(p, 2, out var province))
        {
            return new Error(Failure.ProvinceDigits, p.ToString());
        }

        if (!IsValidProvince(province))
        {
            return new Error(Failure.ProvinceRange, p.ToString());
        }

        int regency = 0, district = 0, village = 0;
        if (parts >= 2)
        {
            if (!Digits.TryReadInt32(k, 2, out regency))
            {
                return new Error(Failure.RegencyDigits, k.ToString());
            }

            if (!IsValidRegency(regency))
            {
                return new Error(Failure.RegencyRange, k.ToString());
            }
        }

        if (parts >= 3)
        {
            if (!Digits.TryReadInt32(c, 2, out district))
            {
                return new Error(Failure.DistrictDigits, c.ToString());
            }

            if (district == 0)
            {
                return new Error(Failure.DistrictRange, c.ToString());
            }
        }

        if (parts == 4)
        {
            if (!Digits.TryReadInt32(d, 4, out village))
            {
                return new Error(Failure.VillageDigits, d.ToString());
            }

            if (village is < 1000 or > 3999)
            {
                return new Error(Failure.VillageKindDigit, d.ToString());
            }
        }

        result = new RegionCode(Compose(province, regency, district, village), (RegionLevel)(parts - 1));
        return null;
    }

    private static bool IsValidProvince(int province) => province is >= 11 and <= 99 && province % 10 != 0;

    private static bool IsValidRegency(int regency) => regency is >= 1 and <= 99 && regency != 70;

    private static long Compose(int province, int regency, int district, int village) =>
        province * ProvinceFactor + regency * RegencyFactor + district * DistrictFactor + village;

    private static string Describe(ReadOnlySpan<char> s, Error error)
    {
        var input = s.ToString();
        var rule = error.Failure switch
        {
            Failure.Empty => "it is empty",
            Failure.Shape => "a dotted code has 2 to 4 parts, PP.KK, PP.KK.CC or PP.KK.CC.DDDD",
            Failure.CompactLength => $"a code without dots has 2, 4, 6 or 10 digits (PP, PPKK, PPKKCC, PPKKCCDDDD), not {s.Trim().Length} characters",
            Failure.ProvinceDigits => $"the province part '{error.Part}' must be exactly 2 digits",
            Failure.ProvinceRange => $"the province part '{error.Part}' must be 11–99 with a non-zero second digit (Permendagri 137/2017 Art. 4)",
            Failure.RegencyDigits => $"the regency part '{error.Part}' must be exactly 2 digits",
            Failure.RegencyRange => $"the regency part '{error.Part}' must be 01–69 (kabupaten) or 71–99 (kota) (Permendagri 137/2017 Art. 4)",
            Failure.DistrictDigits => $"the district part '{error.Part}' must be exactly 2 digits (a 3-digit district is a BPS code, not Kemendagri)",
            Failure.DistrictRange => $"the district part '{error.Part}' must be 01–99",
            Failure.VillageDigits => $"the village part '{error.Part}' must be exactly 4 digits",
            _ => $"the village part '{error.Part}' must start with 1 (kelurahan), 2 (desa) or 3 (desa adat) (Permendagri 58/2021)",
        };
        return string.Create(CultureInfo.InvariantCulture, $"'{input}' is not a Kemendagri region code: {rule}.");
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
