using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IkmDomain.Exports;

/// <summary>
/// A country or territory from ISO 3166-1 (alpha-2 <c>ID</c>, alpha-3 <c>IDN</c>, numeric <c>360</c>),
/// with its English and Indonesian names, or <see cref="World"/> (the all-partners total of
/// UN Comtrade, partner code 0).
/// </summary>
/// <remarks>
/// <para>The table is embedded (249 entries, all of ISO 3166-1; npm <c>iso-3166-1</c> 2.1.1 codes and
/// <c>i18n-iso-countries</c> 7.14.0 names, MIT) and decoded lazily once. Only assigned codes parse,
/// so a <see cref="CountryCode"/> that exists is a real country or <see cref="World"/>.</para>
/// <para><c>default(CountryCode)</c> is <see cref="World"/> (numeric 0).</para>
/// <para>UN Comtrade uses its own numbers for a few countries (842 for the United States where ISO has
/// 840, 251 France, 699 India, 757 Switzerland, 579 Norway); use <see cref="FromComtradeCode"/> and
/// <see cref="ComtradeCode"/> for those.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CountryCodeJsonConverter))]
public readonly struct CountryCode :
    IEquatable<CountryCode>,
    IComparable<CountryCode>,
    IComparable,
    ISpanParsable<CountryCode>,
    ISpanFormattable,
    IUtf8SpanFormattable
{
    /// <summary>The alpha-2 code given to <see cref="World"/> (from ISO 3166-1's user-assigned range, not an ISO code).</summary>
    public const string WorldAlpha2 = "XW";

    /// <summary>The alpha-3 code given to <see cref="World"/> (UN Comtrade's <c>partnerISO</c> for partner 0).</summary>
    public const string WorldAlpha3 = "W00";

    private readonly short _numeric;

    private CountryCode(int numeric) => _numeric = (short)numeric;

    /// <summary>The whole world: UN Comtrade partner 0, used for totals over every partner.</summary>
    public static CountryCode World => default;

    /// <summary>Indonesia (ID, IDN, 360), the default reporter of export records.</summary>
    public static CountryCode Indonesia => new(360);

    /// <summary>The United States (US, USA, 840), the largest buyer of Indonesian handicrafts.</summary>
    public static CountryCode UnitedStates => new(840);

    /// <summary>Every ISO 3166-1 country and territory in the embedded table, ordered by alpha-2 (not <see cref="World"/>).</summary>
    public static IReadOnlyList<CountryCode> All => s_all ??= BuildAll();

    private static CountryCode[]? s_all;

    /// <summary>True for <see cref="World"/>.</summary>
    public bool IsWorld => _numeric == 0;

    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>ID</c>; <see cref="WorldAlpha2"/> for <see cref="World"/>.</summary>
    public string Alpha2 => Entry?.Alpha2 ?? WorldAlpha2;

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>IDN</c>; <see cref="WorldAlpha3"/> for <see cref="World"/>.</summary>
    public string Alpha3 => Entry?.Alpha3 ?? WorldAlpha3;

    /// <summary>The ISO 3166-1 numeric code (also the UN M49 code), for example 360; 0 for <see cref="World"/>.</summary>
    public int Numeric => _numeric;

    /// <summary>The English short name, for example <c>Indonesia</c>; <c>World</c> for <see cref="World"/>.</summary>
    public string EnglishName => Entry?.EnglishName ?? "World";

    /// <summary>The Indonesian name, for example <c>Jepang</c> for Japan; <c>Dunia</c> for <see cref="World"/>.</summary>
    public string IndonesianName => Entry?.IndonesianName ?? "Dunia";

    /// <summary>The code UN Comtrade uses for this country as reporter or partner (usually <see cref="Numeric"/>; 842 for the US, 251 France, 699 India, 757 Switzerland, 579 Norway).</summary>
    public int ComtradeCode => _numeric switch
    {
        840 => 842,
        250 => 251,
        356 => 699,
        756 => 757,
        578 => 579,
        _ => _numeric,
    };

    private CountryTable.Entry? Entry => _numeric == 0 ? null : CountryTable.Instance.Entries[_numeric];

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when both name the same country.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when they name different countries.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Orders by numeric code.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(CountryCode left, CountryCode right) => left._numeric < right._numeric;

    /// <summary>Orders by numeric code.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(CountryCode left, CountryCode right) => left._numeric > right._numeric;

    /// <summary>Orders by numeric code.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(CountryCode left, CountryCode right) => left._numeric <= right._numeric;

    /// <summary>Orders by numeric code.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(CountryCode left, CountryCode right) => left._numeric >= right._numeric;

    /// <summary>
    /// Parses an alpha-2 (<c>ID</c>), alpha-3 (<c>IDN</c>) or numeric (<c>360</c>, 1 to 3 digits) code,
    /// letters in either case; <c>XW</c>, <c>W00</c>, <c>0</c> and <c>000</c> give <see cref="World"/>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an assigned code.</exception>
    public static CountryCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses a code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The country.</returns>
    /// <exception cref="FormatException">The text is not an assigned code.</exception>
    public static CountryCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var result) ? result : throw new FormatException(
            $"'{s.ToString()}' is not an ISO 3166-1 country code: expected an assigned alpha-2 (ID), alpha-3 (IDN) or numeric (360) code, or World (XW, W00, 0).");

    /// <summary>Parses a code; see <see cref="Parse(string)"/>. The provider is ignored (codes are culture-free).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The country.</returns>
    public static CountryCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a code; see <see cref="Parse(string)"/>. The provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The country.</returns>
    public static CountryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a code; never throws.</summary>
    /// <param name="s">The text (null gives false).</param>
    /// <param name="result">The country, or <see cref="World"/> on failure.</param>
    /// <returns>True when the text is an assigned code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out CountryCode result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse a code; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The country, or <see cref="World"/> on failure.</param>
    /// <returns>True when the text is an assigned code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out CountryCode result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        var table = CountryTable.Instance;
        if (s.Length is >= 1 and <= 3 && Digits.AreAll(s))
        {
            var n = 0;
            foreach (var c in s)
            {
                n = (n * 10) + (c - '0');
            }

            if (n == 0)
            {
                return true;
            }

            if (table.Entries[n] is null)
            {
                return false;
            }

            result = new CountryCode(n);
            return true;
        }

        if (s.Length == 2)
        {
            if (s.Equals(WorldAlpha2, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var i = CountryTable.Index2(s[0], s[1]);
            if (i < 0 || table.ByAlpha2[i] < 0)
            {
                return false;
            }

            result = new CountryCode(table.ByAlpha2[i]);
            return true;
        }

        if (s.Length == 3)
        {
            if (s.Equals(WorldAlpha3, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var i = CountryTable.Index3(s[0], s[1], s[2]);
            if (i < 0 || table.ByAlpha3[i] < 0)
            {
                return false;
            }

            result = new CountryCode(table.ByAlpha3[i]);
            return true;
        }

        return false;
    }

    /// <summary>Tries to parse a code; never throws. The provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The country.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    /// <summary>Tries to parse a code; never throws. The provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The country.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    /// <summary>The country with ISO 3166-1 numeric code <paramref name="numeric"/> (0 gives <see cref="World"/>).</summary>
    /// <param name="numeric">The numeric code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No country has that code.</exception>
    public static CountryCode FromNumeric(int numeric) =>
        TryFromNumeric(numeric, out var result) ? result : throw new ArgumentOutOfRangeException(
            nameof(numeric), numeric, $"{numeric} is not an assigned ISO 3166-1 numeric country code.");

    /// <summary>Tries to find the country with ISO 3166-1 numeric code <paramref name="numeric"/>; never throws.</summary>
    /// <param name="numeric">The numeric code (0 gives <see cref="World"/>).</param>
    /// <param name="result">The country.</param>
    /// <returns>True when the code is assigned.</returns>
    public static bool TryFromNumeric(int numeric, out CountryCode result)
    {
        result = default;
        if (numeric == 0)
        {
            return true;
        }

        if (numeric is < 0 or > 999 || CountryTable.Instance.Entries[numeric] is null)
        {
            return false;
        }

        result = new CountryCode(numeric);
        return true;
    }

    /// <summary>The country UN Comtrade means by reporter or partner code <paramref name="code"/> (0 = <see cref="World"/>).</summary>
    /// <param name="code">A UN Comtrade country code.</param>
    /// <returns>The country.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The code is not a country (for example 490 "Other Asia, nes" or 899 "Areas, nes").</exception>
    public static CountryCode FromComtradeCode(int code) =>
        TryFromComtradeCode(code, out var result) ? result : throw new ArgumentOutOfRangeException(
            nameof(code), code, $"{code} is not a UN Comtrade code of an ISO 3166-1 country (areas such as 490 'Other Asia, nes' or 899 'Areas, nes' have no country).");

    /// <summary>Tries to map a UN Comtrade reporter or partner code to a country; never throws.</summary>
    /// <param name="code">A UN Comtrade country code.</param>
    /// <param name="result">The country.</param>
    /// <returns>True when the code names a country or the world.</returns>
    public static bool TryFromComtradeCode(int code, out CountryCode result)
    {
        var iso = code switch
        {
            842 => 840,
            251 => 250,
            699 => 356,
            757 => 756,
            579 => 578,
            840 or 250 or 356 or 756 or 578 => -1, // Comtrade uses the other number for these.
            _ => code,
        };
        return TryFromNumeric(iso, out result);
    }

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => _numeric == other._numeric;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _numeric;

    /// <inheritdoc/>
    public int CompareTo(CountryCode other) => _numeric.CompareTo(other._numeric);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        CountryCode other => CompareTo(other),
        _ => throw new ArgumentException("Object is not a CountryCode.", nameof(obj)),
    };

    /// <summary>The canonical text: the alpha-2 code, for example <c>ID</c> (<c>XW</c> for <see cref="World"/>).</summary>
    /// <returns>The alpha-2 code.</returns>
    public override string ToString() => Alpha2;

    /// <summary>
    /// Formats the code: <c>G</c>, <c>2</c> or empty for alpha-2; <c>3</c> for alpha-3; <c>N</c> for the
    /// three-digit numeric code (<c>360</c>, <c>004</c>); <c>E</c> for the English name; <c>I</c> for the Indonesian name.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored (the output is culture-free).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => format switch
    {
        null or "" or "G" or "g" or "2" => Alpha2,
        "3" => Alpha3,
        "N" or "n" => _numeric.ToString("000", CultureInfo.InvariantCulture),
        "E" or "e" => EnglishName,
        "I" or "i" => IndonesianName,
        _ => throw new FormatException($"'{format}' is not a CountryCode format: use G or 2 (alpha-2), 3 (alpha-3), N (numeric), E (English name) or I (Indonesian name)."),
    };

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text;
        try
        {
            text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        }
        catch (FormatException)
        {
            charsWritten = 0;
            return false;
        }

        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text;
        try
        {
            text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        }
        catch (FormatException)
        {
            bytesWritten = 0;
            return false;
        }

        return System.Text.Unicode.Utf8.FromUtf16(text, utf8Destination, out _, out bytesWritten) == System.Buffers.OperationStatus.Done;
    }

    private static CountryCode[] BuildAll()
    {
        var sorted = CountryTable.Instance.Sorted;
        var all = new CountryCode[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            all[i] = new CountryCode(sorted[i].Numeric);
        }

        return all;
    }
}
