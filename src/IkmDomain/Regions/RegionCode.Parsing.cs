using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IkmDomain.Common;

namespace IkmDomain.Regions;

public readonly partial struct RegionCode
{
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
        s = IdentifierText.Trim(s);
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
            Failure.CompactLength => $"a code without dots has 2, 4, 6 or 10 digits (PP, PPKK, PPKKCC, PPKKCCDDDD), not {IdentifierText.Trim(s).Length} characters",
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
}
