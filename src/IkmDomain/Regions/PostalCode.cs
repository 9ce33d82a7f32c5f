using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using IkmDomain.Common;

namespace IkmDomain.Regions;

/// <summary>
/// An Indonesian postal code (kode pos): five digits, the first of which is the <see cref="PostalZone"/>
/// (1–9), for example <c>65111</c> in Kota Malang.
/// </summary>
/// <remarks>
/// Only the form is checked (five ASCII digits, zone 1–9); whether Pos Indonesia has assigned the code is
/// not. The zone is a postal area, not a province. <c>default(PostalCode)</c> is not a postal code
/// (it prints <c>00000</c>).
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(PostalCodeJsonConverter))]
public readonly struct PostalCode : IDefaultIsNotSet,
    IEquatable<PostalCode>,
    IComparable<PostalCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<PostalCode>
{
    private readonly int _value;

    private PostalCode(int value) => _value = value;

    /// <summary>The code as a number, 10000–99999.</summary>
    public int Value => _value;

    /// <summary>The postal zone, from the first digit.</summary>
    public PostalZone Zone => (PostalZone)(_value / 10000);

    /// <summary>Creates a postal code from its number.</summary>
    /// <param name="value">10000–99999.</param>
    /// <returns>The postal code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not five digits with a zone 1–9.</exception>
    public static PostalCode FromNumber(int value) =>
        value is >= 10000 and <= 99999
            ? new PostalCode(value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "An Indonesian postal code is five digits whose first digit (the zone) is 1–9.");

    /// <summary>The five digits, for example <c>65111</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => string.Create(5, _value, static (span, v) => Write(span, v));

    /// <summary>The five digits; the format must be null, empty or <c>G</c>.</summary>
    /// <param name="format">Null, empty or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: the format is culture-invariant.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is something else.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the five digits.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">5, or 0 when it does not fit.</param>
    /// <param name="format">Empty or <c>G</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="destination"/> is shorter than 5.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        if (destination.Length < 5)
        {
            charsWritten = 0;
            return false;
        }

        Write(destination, _value);
        charsWritten = 5;
        return true;
    }

    /// <summary>Writes the five digits as UTF-8.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">5, or 0 when it does not fit.</param>
    /// <param name="format">Empty or <c>G</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is shorter than 5.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        if (utf8Destination.Length < 5)
        {
            bytesWritten = 0;
            return false;
        }

        var v = _value;
        for (var i = 4; i >= 0; i--)
        {
            utf8Destination[i] = (byte)('0' + v % 10);
            v /= 10;
        }

        bytesWritten = 5;
        return true;
    }

    private static void Write(Span<char> span, int value)
    {
        for (var i = 4; i >= 0; i--)
        {
            span[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G" or "g"))
        {
            throw new FormatException($"'{format.ToString()}' is not a PostalCode format: use 'G' or none.");
        }
    }

    /// <summary>Parses five digits whose first digit is 1–9; surrounding white space is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The postal code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a postal code; the message says why.</exception>
    public static PostalCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)"/>
    public static PostalCode Parse(ReadOnlySpan<char> s)
    {
        var error = TryParseCore(s, out var result);
        return error is null
            ? result
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{s.ToString()}' is not an Indonesian postal code: {error}."));
    }

    /// <summary>Parses a postal code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The postal code.</returns>
    public static PostalCode Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a postal code; see <see cref="Parse(string)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The postal code.</returns>
    public static PostalCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a postal code. Never throws.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="result">The postal code, or default on failure.</param>
    /// <returns>Whether the text is a postal code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out PostalCode result)
    {
        result = default;
        return s is not null && TryParseCore(s.AsSpan(), out result) is null;
    }

    /// <inheritdoc cref="TryParse(string?, out PostalCode)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out PostalCode result) => TryParseCore(s, out result) is null;

    /// <summary>Tries to parse a postal code. Never throws.</summary>
    /// <param name="s">The text, possibly null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The postal code, or default on failure.</param>
    /// <returns>Whether the text is a postal code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PostalCode result) => TryParse(s, out result);

    /// <summary>Tries to parse a postal code. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The postal code, or default on failure.</param>
    /// <returns>Whether the text is a postal code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PostalCode result) => TryParse(s, out result);

    private static string? TryParseCore(ReadOnlySpan<char> s, out PostalCode result)
    {
        result = default;
        Span<char> digits = stackalloc char[5];
        if (IdentifierText.CollectDigits(s, digits) != 5)
        {
            return "it must be exactly 5 digits";
        }

        var value = 0;
        foreach (var ch in digits)
        {
            if (ch is < '0' or > '9')
            {
                return "it must be exactly 5 digits";
            }

            value = value * 10 + (ch - '0');
        }

        if (value < 10000)
        {
            return "the first digit is the postal zone and must be 1–9, not 0";
        }

        result = new PostalCode(value);
        return null;
    }

    /// <inheritdoc/>
    public bool Equals(PostalCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PostalCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Orders postal codes by number.</summary>
    /// <param name="other">Another postal code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(PostalCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PostalCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a PostalCode.", nameof(obj)),
    };

    /// <summary>Whether two postal codes are equal.</summary>
    /// <param name="left">A postal code.</param>
    /// <param name="right">Another postal code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PostalCode left, PostalCode right) => left.Equals(right);

    /// <summary>Whether two postal codes differ.</summary>
    /// <param name="left">A postal code.</param>
    /// <param name="right">Another postal code.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PostalCode left, PostalCode right) => !left.Equals(right);
}
