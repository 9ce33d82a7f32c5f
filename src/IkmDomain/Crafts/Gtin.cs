using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Crafts;

/// <summary>
/// A Global Trade Item Number: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13; Indonesia's GS1 prefix is
/// 899) or GTIN-14, with a valid GS1 mod-10 check digit. Leading zeros are kept as written.
/// </summary>
/// <remarks>
/// <para>Check digit: GS1 General Specifications §7.9.1. From the rightmost data digit leftwards the
/// weights are 3, 1, 3, 1…; the check digit brings the weighted sum up to a multiple of ten.</para>
/// <para>Equality compares the written form, so the GTIN-12 <c>036000291452</c> and the GTIN-13
/// <c>0036000291452</c> are different values; <see cref="IsSameItem"/> compares them the GS1 way
/// (padded to 14 digits). Only list a GTIN the maker really owns: Google disapproves invented ones
/// (support.google.com/merchants/answer/6324478). <c>default(Gtin)</c> is not a GTIN.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Gtin>))]
public readonly partial struct Gtin : IDefaultIsNotSet,
    IEquatable<Gtin>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Gtin>
{
    private const string Rule = "a GTIN has 8, 12, 13 or 14 digits (no spaces or dashes) ending in a GS1 mod-10 check digit";

    private readonly ulong _value;
    private readonly byte _length;

    private Gtin(ulong value, int length)
    {
        _value = value;
        _length = (byte)length;
    }

    /// <summary>The number of digits: 8, 12, 13 or 14.</summary>
    public int Length => _length;

    /// <summary>The check digit (the last digit).</summary>
    public int CheckDigit => (int)(_value % 10);

    /// <summary>Parses a GTIN.</summary>
    /// <param name="text">8, 12, 13 or 14 digits, for example <c>4006381333931</c>.</param>
    /// <returns>The GTIN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a GTIN; the message names it and the rule (length or check digit).</exception>
    public static Gtin Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static Gtin Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static Gtin Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var error = TryParseCore(s, out var result);
        return error is null ? result : throw new FormatException($"'{s.ToString()}' is not a valid GTIN: {error}.");
    }

    /// <summary>Tries to parse a GTIN. Never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The GTIN, or default.</param>
    /// <returns>True when the text is a GTIN with a correct check digit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Gtin result) =>
        TryParse(text.AsSpan(), null, out result) && text is not null;

    /// <inheritdoc cref="TryParse(string?, out Gtin)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The GTIN, or default.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Gtin result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string?, out Gtin)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The GTIN, or default.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Gtin result) =>
        TryParseCore(s, out result) is null;

    /// <summary>Builds a GTIN from its data digits by appending the GS1 check digit.</summary>
    /// <param name="dataDigits">7, 11, 12 or 13 digits (the GTIN without its check digit).</param>
    /// <returns>The GTIN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataDigits"/> is null.</exception>
    /// <exception cref="FormatException">The text is not 7, 11, 12 or 13 digits.</exception>
    public static Gtin FromDataDigits(string dataDigits)
    {
        ArgumentNullException.ThrowIfNull(dataDigits);
        if (dataDigits.Length is not (7 or 11 or 12 or 13) || !Digits.AreAll(dataDigits))
        {
            throw new FormatException($"'{dataDigits}' is not the data part of a GTIN: expected 7, 11, 12 or 13 digits.");
        }

        return Parse(dataDigits + (char)('0' + ComputeCheckDigit(dataDigits)));
    }

    /// <summary>Computes the GS1 mod-10 check digit for the given data digits.</summary>
    /// <param name="dataDigits">The digits before the check digit (any length from 1 to 17).</param>
    /// <returns>The check digit, 0–9.</returns>
    /// <exception cref="FormatException">The span is empty, too long or holds a non-digit.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> dataDigits)
    {
        if (dataDigits.IsEmpty || dataDigits.Length > 17 || !Digits.AreAll(dataDigits))
        {
            throw new FormatException($"'{dataDigits.ToString()}' is not 1 to 17 digits.");
        }

        var sum = 0;
        for (var i = 0; i < dataDigits.Length; i++)
        {
            // Weight 3 on the digit next to the check digit, then alternating.
            var weight = (dataDigits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (dataDigits[i] - '0') * weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>True when both GTINs identify the same item: equal once padded to 14 digits.</summary>
    /// <param name="other">The other GTIN.</param>
    /// <returns>True when the numbers are equal.</returns>
    public bool IsSameItem(Gtin other) => _length != 0 && other._length != 0 && _value == other._value;

    /// <summary>The GTIN padded with leading zeros to 14 digits (the GTIN-14 form GS1 uses in data carriers).</summary>
    /// <returns>14 digits.</returns>
    public string ToGtin14String() => _value.ToString("D14", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The digits as written, leading zeros kept.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => _length == 0 ? string.Empty : _value.ToString("D" + _length.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats the GTIN; the only format is the digits (null or empty format).</summary>
    /// <param name="format">Null or empty.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The digits.</returns>
    /// <exception cref="FormatException">A format was given.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) ? ToString() : throw new FormatException($"'{format}' is not a Gtin format (use null).");

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!format.IsEmpty || destination.Length < _length)
        {
            return false;
        }

        var value = _value;
        for (var i = _length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }

        charsWritten = _length;
        return true;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        bytesWritten = 0;
        if (!format.IsEmpty || utf8Destination.Length < _length)
        {
            return false;
        }

        var value = _value;
        for (var i = _length - 1; i >= 0; i--)
        {
            utf8Destination[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }

        bytesWritten = _length;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Gtin other) => _value == other._value && _length == other._length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Gtin other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _length);

    /// <summary>True when both GTINs are written the same.</summary>
    /// <param name="left">The first GTIN.</param>
    /// <param name="right">The second GTIN.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Gtin left, Gtin right) => left.Equals(right);

    /// <summary>True when the GTINs differ.</summary>
    /// <param name="left">The first GTIN.</param>
    /// <param name="right">The second GTIN.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Gtin left, Gtin right) => !left.Equals(right);

    private static string? TryParseCore(ReadOnlySpan<char> s, out Gtin result)
    {
        result = default;
        // IdentifierText: ASCII space/tab trimmed; spaces, dots and hyphens between digits dropped
        // (labels print 8 991234 567891 and UPC 0-12345-67890-5).
        Span<char> digits = stackalloc char[14];
        var count = IdentifierText.CollectDigits(s, digits);
        if (count is not (8 or 12 or 13 or 14))
        {
            return Rule;
        }

        ReadOnlySpan<char> d = digits[..count];

        var expected = ComputeCheckDigit(d[..^1]);
        var actual = d[^1] - '0';
        if (expected != actual)
        {
            return $"the check digit is {actual} but the GS1 mod-10 check digit of {d[..^1].ToString()} is {expected}";
        }

        ulong value = 0;
        foreach (var c in d)
        {
            value = (value * 10) + (ulong)(c - '0');
        }

        result = new Gtin(value, d.Length);
        return null;
    }
}
