using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// A NIB (<i>Nomor Induk Berusaha</i>, business identification number): the 13-digit number the OSS
/// (Online Single Submission) system issues to every business.
/// </summary>
/// <remarks>
/// OSS issues the NIB as a random 13-digit number with an electronic signature (PP 5/2021, now
/// PP 28/2025; OSS RBA API schema <c>nib string(13)</c>). It has no public structure and no check
/// digit, so the only rule is exactly 13 ASCII digits. Leading zeros are significant and kept.
/// Surrounding white space is ignored when parsing. <c>default(Nib)</c> (all zeros) is "not set": OSS issues
/// no such number, so <c>"0000000000000"</c> does not parse, and JSON, the EF Core converters and the
/// validators (IKM020) refuse it.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Nib>))]
public readonly struct Nib : IDefaultIsNotSet, IEquatable<Nib>, IComparable<Nib>, IComparable, ISpanParsable<Nib>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The number of digits in a NIB (13).</summary>
    public const int Length = 13;

    private readonly ulong _value;

    private Nib(ulong value) => _value = value;

    /// <summary>Gets the NIB as a number (leading zeros are not represented; use <see cref="ToString()"/> for text).</summary>
    public ulong Value => _value;

    /// <summary>Creates a NIB from its numeric value.</summary>
    /// <param name="value">A value from 1 to 9,999,999,999,999.</param>
    /// <returns>The NIB.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> has more than 13 digits, or is 0 (<c>default(Nib)</c>, "not set").</exception>
    public static Nib FromValue(ulong value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 9_999_999_999_999UL);
        if (value == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "0 is default(Nib), which means 'not set': OSS issues no all-zero NIB.");
        }

        return new Nib(value);
    }

    /// <summary>Parses a NIB: exactly 13 digits; ASCII spaces and tabs around it are trimmed and spaces, dots and hyphens between digits dropped (see IdentifierText).</summary>
    /// <param name="text">The text, for example <c>"8120000123456"</c>.</param>
    /// <returns>The NIB.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not 13 digits.</exception>
    public static Nib Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a NIB: exactly 13 digits; ASCII spaces and tabs around it are trimmed and spaces, dots and hyphens between digits dropped (see IdentifierText).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The NIB.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not 13 digits.</exception>
    public static Nib Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var nib)
            ? nib
            : throw new FormatException($"'{Digits.Quote(text)}' is not a valid NIB: a NIB is exactly 13 digits, not all zeros (OSS; spaces, dots and hyphens between digits are ignored; all zeros is default(Nib), 'not set').");

    /// <summary>Tries to parse a NIB. Never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The NIB, or default when the text is not valid.</param>
    /// <returns>True when <paramref name="text"/> is exactly 13 digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Nib result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse a NIB. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The NIB, or default when the text is not valid.</param>
    /// <returns>True when <paramref name="text"/> is exactly 13 digits.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Nib result)
    {
        // IdentifierText: ASCII space/tab trimmed; spaces, dots and hyphens between digits dropped.
        Span<char> digits = stackalloc char[Length];
        if (IdentifierText.CollectDigits(text, digits) == Length && Digits.TryReadAll(digits, out var value) && value != 0)
        {
            result = new Nib(value);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: a NIB has one invariant form.</param>
    static Nib IParsable<Nib>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Nib)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The NIB.</param>
    static bool IParsable<Nib>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Nib result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Nib ISpanParsable<Nib>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Nib)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The NIB.</param>
    static bool ISpanParsable<Nib>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Nib result) => TryParse(s, out result);

    /// <summary>Returns the 13 digits, for example <c>"8120000123456"</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => string.Create(Length, _value, static (span, v) => Digits.Write(v, span, Length));

    /// <summary>Returns the 13 digits; the format and provider are ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The canonical text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the 13 digits.</summary>
    /// <param name="destination">The destination.</param>
    /// <param name="charsWritten">13, or 0 when the destination is too small.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < Length)
        {
            charsWritten = 0;
            return false;
        }

        Digits.Write(_value, destination, Length);
        charsWritten = Length;
        return true;
    }

    /// <summary>Writes the 13 digits as UTF-8.</summary>
    /// <param name="utf8Destination">The destination.</param>
    /// <param name="bytesWritten">13, or 0 when the destination is too small.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (utf8Destination.Length < Length)
        {
            bytesWritten = 0;
            return false;
        }

        Digits.WriteUtf8(_value, utf8Destination, Length);
        bytesWritten = Length;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Nib other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Nib other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Nib other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Nib other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Nib.", nameof(obj)),
    };

    /// <summary>Value equality.</summary>
    /// <param name="left">The first NIB.</param>
    /// <param name="right">The second NIB.</param>
    /// <returns>True when both hold the same 13 digits.</returns>
    public static bool operator ==(Nib left, Nib right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first NIB.</param>
    /// <param name="right">The second NIB.</param>
    /// <returns>True when the digits differ.</returns>
    public static bool operator !=(Nib left, Nib right) => !left.Equals(right);
}
