using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IkmDomain.Classifications;

/// <summary>
/// A Harmonized System commodity code: a 2-digit chapter, 4-digit heading, 6-digit subheading, or an
/// 8-digit (Indonesia's BTKI) or 10-digit national code. Written <c>44</c>, <c>4420</c>,
/// <c>4420.11</c>, <c>4420.11.00</c>; parsed dotted or plain.
/// </summary>
/// <remarks>
/// <para>The first six digits are the WCO Harmonized System nomenclature; Indonesia's tariff book
/// (BTKI, based on the ASEAN Harmonised Tariff Nomenclature) adds two digits (KMK 9/2024), older
/// statistics two more. The chapter must be 01–97 and not 77, which the HS reserves for future use.</para>
/// <para>Leading zeros are significant (<c>0101.21.00</c>). Equality and ordering compare the digits,
/// so <c>4420</c> sorts before <c>4420.11</c>. <c>default(HsCode)</c> is not a code; it formats as an empty string.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<HsCode>))]
public readonly partial struct HsCode : IDefaultIsNotSet,
    IEquatable<HsCode>,
    IComparable<HsCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<HsCode>
{
    private const string Rule = "an HS code has 2, 4, 6, 8 or 10 digits, written plain (442011) or dotted (4420.11, 4420.11.00), with a chapter from 01 to 97 other than 77";

    private readonly ulong _value;
    private readonly byte _digits;

    private HsCode(ulong value, int digits)
    {
        _value = value;
        _digits = (byte)digits;
    }

    /// <summary>The number of digits: 2, 4, 6, 8 or 10.</summary>
    public int DigitCount => _digits;

    /// <summary>How detailed the code is.</summary>
    public HsCodeLevel Level => (HsCodeLevel)_digits;

    /// <summary>The chapter number, 1–97.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HsCode)</c>, which is not set.</exception>
    public int ChapterNumber => _digits == 0 ? throw NotSet("chapter") : (int)(_value / Digits.Pow10(_digits - 2));

    /// <summary>The 2-digit chapter this code belongs to (the code itself when it is a chapter).</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(HsCode)</c>, which is not set.</exception>
    public HsCode Chapter => _digits == 0 ? throw NotSet("chapter") : Truncate(2);

    private static InvalidOperationException NotSet(string what) =>
        new($"default(HsCode) is not set and has no {what}; parse an HS code first.");

    /// <summary>The 4-digit heading this code belongs to, or null for a chapter.</summary>
    public HsCode? Heading => _digits >= 4 ? Truncate(4) : null;

    /// <summary>The 6-digit international subheading this code belongs to, or null for a chapter or heading.</summary>
    public HsCode? Subheading => _digits >= 6 ? Truncate(6) : null;

    /// <summary>Parses an HS code (invariant; dotted or plain).</summary>
    /// <param name="text">The text, for example <c>4420.11.00</c> or <c>44201100</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an HS code; the message names it and the rule.</exception>
    public static HsCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: HS codes are culture-invariant.</param>
    public static HsCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: HS codes are culture-invariant.</param>
    public static HsCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var error = TryParseCore(s, out var result);
        return error is null ? result : throw new FormatException($"'{s.ToString()}' is not a valid HS code: {error}.");
    }

    /// <summary>Tries to parse an HS code. Never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The code, or default when parsing fails.</param>
    /// <returns>True when <paramref name="text"/> is an HS code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out HsCode result) =>
        TryParse(text.AsSpan(), null, out result) && text is not null;

    /// <inheritdoc cref="TryParse(string?, out HsCode)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default when parsing fails.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out HsCode result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string?, out HsCode)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code, or default when parsing fails.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out HsCode result) =>
        TryParseCore(s, out result) is null;

    private static string? TryParseCore(ReadOnlySpan<char> s, out HsCode result)
    {
        result = default;
        s = IdentifierText.Trim(s); // dots are the structure (4420.19.00); no other separators
        if (s.IsEmpty)
        {
            return "the text is empty";
        }

        ulong value = 0;
        var digits = 0;
        var group = 0;
        var groups = 0;
        var dotted = s.Contains('.');
        foreach (var c in s)
        {
            if (c == '.')
            {
                // Dotted form: a 4-digit heading, then groups of two digits.
                if ((groups == 0 && group != 4) || (groups > 0 && group != 2))
                {
                    return Rule;
                }

                groups++;
                group = 0;
                continue;
            }

            if (c is < '0' or > '9' || digits == 10)
            {
                return Rule;
            }

            value = (value * 10) + (ulong)(c - '0');
            digits++;
            group++;
        }

        if (dotted && (group != 2 || groups > 3))
        {
            return Rule;
        }

        if (digits is not (2 or 4 or 6 or 8 or 10))
        {
            return Rule;
        }

        var chapter = value / Digits.Pow10(digits - 2);
        if (chapter is 0 or 77 or > 97)
        {
            return $"chapter {chapter:00} does not exist (the HS has chapters 01 to 97, and 77 is reserved)";
        }

        result = new HsCode(value, digits);
        return null;
    }

    /// <summary>Creates a code from its digits value and digit count (for example 442011 and 6).</summary>
    /// <param name="digits">The code as a number.</param>
    /// <param name="digitCount">2, 4, 6, 8 or 10.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is not 2, 4, 6, 8 or 10, the number has more digits, or the chapter does not exist.</exception>
    public static HsCode FromDigits(ulong digits, int digitCount)
    {
        if (digitCount is not (2 or 4 or 6 or 8 or 10))
        {
            throw new ArgumentOutOfRangeException(nameof(digitCount), digitCount, "An HS code has 2, 4, 6, 8 or 10 digits.");
        }

        if (digits >= Digits.Pow10(digitCount))
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, $"The number has more than {digitCount} digits.");
        }

        var chapter = digits / Digits.Pow10(digitCount - 2);
        if (chapter is 0 or 77 or > 97)
        {
            throw new ArgumentOutOfRangeException(nameof(digits), digits, $"HS chapter {chapter:00} does not exist (01 to 97, 77 reserved).");
        }

        return new HsCode(digits, digitCount);
    }

    /// <summary>The code cut to its first <paramref name="digitCount"/> digits (for example 4420.11.00 to 4420).</summary>
    /// <param name="digitCount">2, 4, 6, 8 or 10, at most <see cref="DigitCount"/>.</param>
    /// <returns>The shorter code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digitCount"/> is not an HS length or is longer than this code.</exception>
    public HsCode Truncate(int digitCount)
    {
        if (digitCount is not (2 or 4 or 6 or 8 or 10) || digitCount > _digits)
        {
            throw new ArgumentOutOfRangeException(nameof(digitCount), digitCount, $"Expected 2, 4, 6, 8 or 10 and at most {_digits}.");
        }

        return new HsCode(_value / Digits.Pow10(_digits - digitCount), digitCount);
    }

    /// <summary>True when this code is <paramref name="other"/> or lies under it (4420.11 is within 44 and 4420).</summary>
    /// <param name="other">The broader code.</param>
    /// <returns>True when <paramref name="other"/>'s digits are a prefix of this code's.</returns>
    public bool IsWithin(HsCode other) =>
        other._digits != 0 && other._digits <= _digits && _value / Digits.Pow10(_digits - other._digits) == other._value;

    /// <summary>The digits only, for example <c>44201100</c>.</summary>
    /// <returns>The compact text.</returns>
    public string ToCompactString() => _value.ToString(_digits == 0 ? "#" : new string('0', _digits), CultureInfo.InvariantCulture);

    /// <summary>The canonical dotted text: <c>44</c>, <c>4420</c>, <c>4420.11</c>, <c>4420.11.00</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[13];
        TryFormat(buffer, out var written, default, null);
        return new string(buffer[..written]);
    }

    /// <summary>Formats the code. Format <c>null</c>, empty or <c>"D"</c> gives the dotted form, <c>"N"</c> the digits only.</summary>
    /// <param name="format">Null, "D" or "N".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[13];
        if (!TryFormat(buffer, out var written, format, formatProvider))
        {
            throw new FormatException($"'{format}' is not an HsCode format (use \"D\" or \"N\").");
        }

        return new string(buffer[..written]);
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        var dotted = IsDotted(format, out var ok);
        if (!ok)
        {
            return false;
        }

        var length = FormattedLength(dotted);
        if (destination.Length < length)
        {
            return false;
        }

        var value = _value;
        var pos = length;
        for (var i = _digits - 1; i >= 0; i--)
        {
            destination[--pos] = (char)('0' + (int)(value % 10));
            value /= 10;
            if (dotted && i >= 4 && i % 2 == 0)
            {
                destination[--pos] = '.';
            }
        }

        charsWritten = length;
        return true;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    /// <inheritdoc/>
    public bool Equals(HsCode other) => _value == other._value && _digits == other._digits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HsCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _digits);

    /// <summary>Orders codes by their digits as text, so a heading comes just before its subheadings.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(HsCode other)
    {
        var common = Math.Min(_digits, other._digits);
        var a = _digits == 0 ? 0 : _value / Digits.Pow10(_digits - common);
        var b = other._digits == 0 ? 0 : other._value / Digits.Pow10(other._digits - common);
        return a != b ? a.CompareTo(b) : _digits.CompareTo(other._digits);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        HsCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be an HsCode.", nameof(obj)),
    };

    /// <summary>True when both codes have the same digits.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(HsCode left, HsCode right) => left.Equals(right);

    /// <summary>True when the codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(HsCode left, HsCode right) => !left.Equals(right);

    /// <summary>Compares two codes (see <see cref="CompareTo(HsCode)"/>).</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when left sorts first.</returns>
    public static bool operator <(HsCode left, HsCode right) => left.CompareTo(right) < 0;

    /// <summary>Compares two codes (see <see cref="CompareTo(HsCode)"/>).</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when left sorts last.</returns>
    public static bool operator >(HsCode left, HsCode right) => left.CompareTo(right) > 0;

    /// <summary>Compares two codes (see <see cref="CompareTo(HsCode)"/>).</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when left sorts first or they are equal.</returns>
    public static bool operator <=(HsCode left, HsCode right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two codes (see <see cref="CompareTo(HsCode)"/>).</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when left sorts last or they are equal.</returns>
    public static bool operator >=(HsCode left, HsCode right) => left.CompareTo(right) >= 0;

    private int FormattedLength(bool dotted) => !dotted || _digits <= 4 ? _digits : _digits + ((_digits - 4) / 2);

    private static bool IsDotted(ReadOnlySpan<char> format, out bool ok)
    {
        ok = true;
        if (format.IsEmpty || format is "D" or "d")
        {
            return true;
        }

        if (format is "N" or "n")
        {
            return false;
        }

        ok = false;
        return false;
    }
}
