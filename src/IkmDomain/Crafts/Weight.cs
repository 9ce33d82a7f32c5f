using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IkmDomain.Crafts;

/// <summary>
/// A shipping weight, stored as whole grams and written <c>"250 g"</c> below one kilogram and
/// <c>"3 kg"</c> or <c>"1.25 kg"</c> from one kilogram up (the form Google's <c>shipping_weight</c> takes).
/// </summary>
/// <remarks>
/// Integer grams avoid rounding between marketplaces that want grams (legacy Tokopedia <c>GR</c>)
/// and kilograms (Shopee, Lazada, TikTok Shop). Weights are 0 to 1,000,000 kg; marketplace limits
/// (Google: at most 1000 kg) are checked by the readiness validators.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Weight>))]
public readonly struct Weight :
    IEquatable<Weight>,
    IComparable<Weight>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Weight>
{
    /// <summary>The largest weight, in grams (1,000 tonnes).</summary>
    public const long MaxGrams = 1_000_000_000;

    private const string Rule = "a weight is a non-negative number followed by g or kg, with '.' as the decimal mark and whole grams, for example \"250 g\" or \"1.5 kg\"";

    private Weight(long grams) => Grams = grams;

    /// <summary>No weight.</summary>
    public static Weight Zero => default;

    /// <summary>The weight in whole grams.</summary>
    public long Grams { get; }

    /// <summary>The weight in kilograms.</summary>
    public decimal Kilograms => Grams / 1000m;

    /// <summary>Creates a weight from whole grams.</summary>
    /// <param name="grams">0 to <see cref="MaxGrams"/>.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative or above <see cref="MaxGrams"/>.</exception>
    public static Weight FromGrams(long grams)
    {
        if (grams is < 0 or > MaxGrams)
        {
            throw new ArgumentOutOfRangeException(nameof(grams), grams, $"A weight is 0 to {MaxGrams} grams.");
        }

        return new Weight(grams);
    }

    /// <summary>Creates a weight from kilograms, which must be a whole number of grams.</summary>
    /// <param name="kilograms">0 to 1,000,000 kg, at most three decimals.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative, too large, or finer than a gram.</exception>
    public static Weight FromKilograms(decimal kilograms)
    {
        if (kilograms < 0 || kilograms > MaxGrams / 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(kilograms), kilograms, "A weight is 0 to 1,000,000 kg.");
        }

        var grams = kilograms * 1000;
        if (grams != decimal.Truncate(grams))
        {
            throw new ArgumentOutOfRangeException(nameof(kilograms), kilograms, "A weight is a whole number of grams (at most three decimals in kg).");
        }

        return new Weight((long)grams);
    }

    /// <summary>Parses <c>"250 g"</c>, <c>"1.5 kg"</c>, <c>"1.5kg"</c> (units g, gr, kg, any case; invariant number).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The weight.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a weight; the message names it and the rule.</exception>
    public static Weight Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the number is always invariant.</param>
    public static Weight Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the number is always invariant.</param>
    public static Weight Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : throw new FormatException($"'{s.ToString()}' is not a valid weight: {Rule}.");

    /// <summary>Tries to parse a weight. Never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The weight, or zero.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Weight result) =>
        TryParse(text.AsSpan(), null, out result) && text is not null;

    /// <inheritdoc cref="TryParse(string?, out Weight)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The weight, or zero.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Weight result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string?, out Weight)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The weight, or zero.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Weight result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        var unitStart = s.Length;
        while (unitStart > 0 && char.IsAsciiLetter(s[unitStart - 1]))
        {
            unitStart--;
        }

        var unit = s[unitStart..];
        var number = IdentifierText.Trim(s[..unitStart]);
        int scale;
        if (unit.Equals("kg", StringComparison.OrdinalIgnoreCase))
        {
            scale = 3;
        }
        else if (unit.Equals("g", StringComparison.OrdinalIgnoreCase) || unit.Equals("gr", StringComparison.OrdinalIgnoreCase))
        {
            scale = 0;
        }
        else
        {
            return false;
        }

        if (!FixedPoint.TryParse(number, scale, MaxGrams, out var grams))
        {
            return false;
        }

        result = new Weight(grams);
        return true;
    }

    /// <summary>The canonical text: <c>"250 g"</c> below 1 kg, otherwise kilograms (<c>"3 kg"</c>, <c>"1.25 kg"</c>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the weight: null or empty = canonical, <c>"g"</c> = grams, <c>"kg"</c> = kilograms.</summary>
    /// <param name="format">Null, "g" or "kg".</param>
    /// <param name="formatProvider">Ignored: always invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[32];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? new string(buffer[..written])
            : throw new FormatException($"'{format}' is not a Weight format (use null, \"g\" or \"kg\").");
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (!TryUnit(format, out var kg))
        {
            return false;
        }

        if (!FixedPoint.TryFormat(Grams, kg ? 3 : 0, destination, out var written))
        {
            return false;
        }

        var suffix = kg ? " kg" : " g";
        if (destination.Length < written + suffix.Length)
        {
            return false;
        }

        suffix.AsSpan().CopyTo(destination[written..]);
        charsWritten = written + suffix.Length;
        return true;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        // Straight to UTF-8 with 32-bit arithmetic (grams are at most 1e9): feeds write one per item.
        bytesWritten = 0;
        if (!TryUnit(format, out var kg))
        {
            return false;
        }

        var grams = (uint)Grams;
        var whole = kg ? grams / 1000 : grams;
        var fraction = kg ? grams - (whole * 1000) : 0;
        if (!whole.TryFormat(utf8Destination, out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (fraction != 0)
        {
            var digits = 3;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                digits--;
            }

            if (utf8Destination.Length < written + 1 + digits)
            {
                return false;
            }

            utf8Destination[written] = (byte)'.';
            for (var i = digits; i >= 1; i--)
            {
                var next = fraction / 10;
                utf8Destination[written + i] = (byte)('0' + (fraction - (next * 10)));
                fraction = next;
            }

            written += 1 + digits;
        }

        var suffix = kg ? " kg"u8 : " g"u8;
        if (!suffix.TryCopyTo(utf8Destination[written..]))
        {
            return false;
        }

        bytesWritten = written + suffix.Length;
        return true;
    }

    // Null or empty: kilograms from one kilogram up; "kg" or "g": that unit; anything else: false.
    private bool TryUnit(ReadOnlySpan<char> format, out bool kg)
    {
        kg = format.IsEmpty ? Grams >= 1000 : format is "kg";
        return format.IsEmpty || format is "kg" or "g";
    }

    /// <summary>Adds two weights.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The sum exceeds <see cref="MaxGrams"/>.</exception>
    public static Weight operator +(Weight left, Weight right) => FromGrams(left.Grams + right.Grams);

    /// <summary>Multiplies a weight by a quantity (for example the weight of a parcel of items).</summary>
    /// <param name="weight">The weight of one item.</param>
    /// <param name="quantity">The number of items, 0 or more.</param>
    /// <returns>The total weight.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quantity is negative or the total exceeds <see cref="MaxGrams"/>.</exception>
    public static Weight operator *(Weight weight, int quantity)
    {
        if (quantity < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "A quantity cannot be negative.");
        }

        return quantity != 0 && weight.Grams > MaxGrams / quantity
            ? throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"The total weight exceeds {MaxGrams} grams.")
            : new Weight(weight.Grams * quantity);
    }

    /// <inheritdoc/>
    public bool Equals(Weight other) => Grams == other.Grams;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Weight other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Grams.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Weight other) => Grams.CompareTo(other.Grams);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Weight other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a Weight.", nameof(obj)),
    };

    /// <summary>True when both weights are equal.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Weight left, Weight right) => left.Equals(right);

    /// <summary>True when the weights differ.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(Weight left, Weight right) => !left.Equals(right);

    /// <summary>True when left is lighter.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Weight left, Weight right) => left.Grams < right.Grams;

    /// <summary>True when left is heavier.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Weight left, Weight right) => left.Grams > right.Grams;

    /// <summary>True when left is lighter or equal.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Weight left, Weight right) => left.Grams <= right.Grams;

    /// <summary>True when left is heavier or equal.</summary>
    /// <param name="left">The first weight.</param>
    /// <param name="right">The second weight.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Weight left, Weight right) => left.Grams >= right.Grams;
}
