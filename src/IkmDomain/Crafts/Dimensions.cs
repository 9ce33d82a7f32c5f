using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Crafts;

/// <summary>
/// Package dimensions in centimetres (length × width × height), each greater than zero with at most
/// two decimals, written <c>"30 x 20 x 10.5 cm"</c>.
/// </summary>
/// <remarks>
/// Two decimals is the finest any marketplace takes (Lazada); TikTok Shop wants whole centimetres and
/// Google 1–400 cm per side, which the readiness validators check. Sides are stored as hundredths of a
/// centimetre, so equality is exact (<c>10.50</c> equals <c>10.5</c>). Each side is at most 100,000 cm.
/// <c>default(Dimensions)</c> has zero sides and is not a valid value.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Dimensions>))]
public readonly struct Dimensions : IDefaultIsNotSet,
    IEquatable<Dimensions>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Dimensions>
{
    /// <summary>The longest side, in centimetres.</summary>
    public const int MaxCentimetres = 100_000;

    private const long MaxHundredths = MaxCentimetres * 100L;
    private const string Rule = "dimensions are three numbers greater than zero separated by 'x', in centimetres with at most two decimals and '.' as the decimal mark, for example \"30 x 20 x 10.5 cm\"";

    private readonly int _length;
    private readonly int _width;
    private readonly int _height;

    /// <summary>Creates dimensions in centimetres.</summary>
    /// <param name="lengthCm">The length, greater than 0 and at most <see cref="MaxCentimetres"/>, at most two decimals.</param>
    /// <param name="widthCm">The width, same rules.</param>
    /// <param name="heightCm">The height, same rules.</param>
    /// <exception cref="ArgumentOutOfRangeException">A side is not greater than zero, too long, or has more than two decimals; the message names it.</exception>
    public Dimensions(decimal lengthCm, decimal widthCm, decimal heightCm)
    {
        _length = ToHundredths(lengthCm, nameof(lengthCm));
        _width = ToHundredths(widthCm, nameof(widthCm));
        _height = ToHundredths(heightCm, nameof(heightCm));
    }

    private Dimensions(int length, int width, int height)
    {
        _length = length;
        _width = width;
        _height = height;
    }

    /// <summary>The length in centimetres.</summary>
    public decimal LengthCm => _length / 100m;

    /// <summary>The width in centimetres.</summary>
    public decimal WidthCm => _width / 100m;

    /// <summary>The height in centimetres.</summary>
    public decimal HeightCm => _height / 100m;

    /// <summary>The longest of the three sides, in centimetres.</summary>
    public decimal LongestSideCm => Math.Max(_length, Math.Max(_width, _height)) / 100m;

    /// <summary>The shortest of the three sides, in centimetres.</summary>
    public decimal ShortestSideCm => Math.Min(_length, Math.Min(_width, _height)) / 100m;

    /// <summary>The volume in cubic centimetres.</summary>
    public decimal VolumeCm3 => LengthCm * WidthCm * HeightCm;

    /// <summary>Parses <c>"30 x 20 x 10 cm"</c>; the separator may be <c>x</c>, <c>X</c>, <c>×</c> or <c>*</c>, spaces and the <c>cm</c> unit are optional.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The dimensions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not dimensions; the message names it and the rule.</exception>
    public static Dimensions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: numbers are always invariant.</param>
    public static Dimensions Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: numbers are always invariant.</param>
    public static Dimensions Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : throw new FormatException($"'{s.ToString()}' is not valid dimensions: {Rule}.");

    /// <summary>Tries to parse dimensions. Never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The dimensions, or default.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Dimensions result) =>
        TryParse(text.AsSpan(), null, out result) && text is not null;

    /// <inheritdoc cref="TryParse(string?, out Dimensions)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The dimensions, or default.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Dimensions result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string?, out Dimensions)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The dimensions, or default.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Dimensions result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        if (s.EndsWith("cm", StringComparison.OrdinalIgnoreCase))
        {
            s = IdentifierText.Trim(s[..^2]);
        }

        Span<int> sides = stackalloc int[3];
        for (var i = 0; i < 3; i++)
        {
            var end = i < 2 ? s.IndexOfAny("xX\u00D7*") : s.Length;
            if (end < 0)
            {
                return false;
            }

            if (!FixedPoint.TryParse(IdentifierText.Trim(s[..end]), 2, MaxHundredths, out var side) || side == 0)
            {
                return false;
            }

            sides[i] = (int)side;
            s = i < 2 ? s[(end + 1)..] : default;
        }

        result = new Dimensions(sides[0], sides[1], sides[2]);
        return true;
    }

    /// <summary>The canonical text: <c>"30 x 20 x 10.5 cm"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[64];
        TryFormat(buffer, out var written, default, null);
        return new string(buffer[..written]);
    }

    /// <summary>Formats the dimensions; the only format is the canonical one (null or empty).</summary>
    /// <param name="format">Null or empty.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">A format was given.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        string.IsNullOrEmpty(format) ? ToString() : throw new FormatException($"'{format}' is not a Dimensions format (use null).");

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!format.IsEmpty)
        {
            return false;
        }

        var pos = 0;
        ReadOnlySpan<int> sides = [_length, _width, _height];
        for (var i = 0; i < 3; i++)
        {
            if (!FixedPoint.TryFormat(sides[i], 2, destination[pos..], out var written))
            {
                return false;
            }

            pos += written;
            var separator = i < 2 ? " x " : " cm";
            if (destination.Length < pos + separator.Length)
            {
                return false;
            }

            separator.AsSpan().CopyTo(destination[pos..]);
            pos += separator.Length;
        }

        charsWritten = pos;
        return true;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    /// <inheritdoc/>
    public bool Equals(Dimensions other) => _length == other._length && _width == other._width && _height == other._height;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dimensions other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_length, _width, _height);

    /// <summary>True when all three sides are equal, in order.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Dimensions left, Dimensions right) => left.Equals(right);

    /// <summary>True when a side differs.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Dimensions left, Dimensions right) => !left.Equals(right);

    private static int ToHundredths(decimal cm, string name)
    {
        if (cm <= 0 || cm > MaxCentimetres)
        {
            throw new ArgumentOutOfRangeException(name, cm, $"A side must be greater than 0 and at most {MaxCentimetres} cm.");
        }

        var hundredths = cm * 100;
        if (hundredths != decimal.Truncate(hundredths))
        {
            throw new ArgumentOutOfRangeException(name, cm, "A side has at most two decimals (0.01 cm).");
        }

        return (int)hundredths;
    }
}
