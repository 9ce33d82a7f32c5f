using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace IkmDomain.Exports;

/// <summary>
/// The period a trade figure covers: a calendar year (<c>2023</c>) or a month of a year (<c>2023-01</c>).
/// </summary>
/// <remarks>
/// <para>Parses <c>2023</c>, <c>2023-01</c> and UN Comtrade's <c>202301</c>; years run from 1900 to 9999.
/// <see cref="ToString()"/> gives <c>2023</c> or <c>2023-01</c> (ISO 8601), <see cref="ToComtradeString"/>
/// gives <c>2023</c> or <c>202301</c>.</para>
/// <para>Periods order by year, then month; a year sorts before its own months.
/// <c>default(TradePeriod)</c> is not a valid period (year 0): <see cref="IsDefault"/> tells it apart.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(TradePeriodJsonConverter))]
public readonly struct TradePeriod :
    IDefaultIsNotSet,
    IEquatable<TradePeriod>,
    IComparable<TradePeriod>,
    IComparable,
    ISpanParsable<TradePeriod>,
    ISpanFormattable,
    IUtf8SpanFormattable
{
    /// <summary>The first year a period may have.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a period may have.</summary>
    public const int MaxYear = 9999;

    private readonly int _value; // year * 100 + month, month 0 for a whole year

    private TradePeriod(int year, int month) => _value = (year * 100) + month;

    /// <summary>The calendar year.</summary>
    public int Year => _value / 100;

    /// <summary>The month (1 to 12), or null for a whole year.</summary>
    public int? Month => _value % 100 == 0 ? null : _value % 100;

    /// <summary>True when the period is a whole year.</summary>
    public bool IsAnnual => _value % 100 == 0;

    /// <summary>True for <c>default(TradePeriod)</c>, which is not a valid period.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(TradePeriod left, TradePeriod right) => left._value == right._value;

    /// <summary>Inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(TradePeriod left, TradePeriod right) => left._value != right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(TradePeriod left, TradePeriod right) => left._value < right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(TradePeriod left, TradePeriod right) => left._value > right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True unless <paramref name="left"/> sorts last.</returns>
    public static bool operator <=(TradePeriod left, TradePeriod right) => left._value <= right._value;

    /// <summary>Ordering.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True unless <paramref name="left"/> sorts first.</returns>
    public static bool operator >=(TradePeriod left, TradePeriod right) => left._value >= right._value;

    /// <summary>A whole calendar year.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static TradePeriod ForYear(int year)
    {
        CheckYear(year);
        return new TradePeriod(year, 0);
    }

    /// <summary>A month of a year.</summary>
    /// <param name="year">The year, 1900 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static TradePeriod ForMonth(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "A month must be from 1 to 12.");
        }

        return new TradePeriod(year, month);
    }

    /// <summary>Parses <c>2023</c>, <c>2023-01</c> or <c>202301</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static TradePeriod Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <summary>Parses <c>2023</c>, <c>2023-01</c> or <c>202301</c>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static TradePeriod Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var result) ? result : throw new FormatException(
            $"'{s.ToString()}' is not a trade period: expected a year (2023), a year and month (2023-01) or UN Comtrade's yyyyMM (202301), with the year from {MinYear} to {MaxYear} and the month from 01 to 12.");

    /// <summary>Parses a period; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The period.</returns>
    public static TradePeriod Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses a period; the provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The period.</returns>
    public static TradePeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Tries to parse a period; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The period, or default on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out TradePeriod result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), out result);
    }

    /// <summary>Tries to parse a period; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The period, or default on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out TradePeriod result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        int month;
        if (s.Length == 4)
        {
            month = 0;
        }
        else if (s.Length == 6 && Digits.TryReadInt32(s[4..], out month))
        {
        }
        else if (s.Length == 7 && s[4] == '-' && Digits.TryReadInt32(s[5..], out month))
        {
        }
        else
        {
            return false;
        }

        if (!Digits.TryReadInt32(s[..4], out var year) || year is < MinYear or > MaxYear)
        {
            return false;
        }

        if (s.Length > 4 && month is < 1 or > 12)
        {
            return false;
        }

        result = new TradePeriod(year, month);
        return true;
    }

    /// <summary>Tries to parse a period; never throws. The provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TradePeriod result) => TryParse(s, out result);

    /// <summary>Tries to parse a period; never throws. The provider is ignored.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The period.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TradePeriod result) => TryParse(s, out result);

    /// <summary>The whole year this period falls in.</summary>
    /// <returns>The year period.</returns>
    public TradePeriod ToYear() => new(Year, 0);

    /// <summary>True when this period lies within <paramref name="other"/> (a month within its year, or the same period).</summary>
    /// <param name="other">The enclosing period.</param>
    /// <returns>True when contained.</returns>
    public bool IsWithin(TradePeriod other) => this == other || (other.IsAnnual && other.Year == Year);

    /// <summary>UN Comtrade's form: <c>2023</c> or <c>202301</c>.</summary>
    /// <returns>The text.</returns>
    public string ToComtradeString() => IsAnnual
        ? Year.ToString("0000", CultureInfo.InvariantCulture)
        : _value.ToString("000000", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(TradePeriod other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TradePeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(TradePeriod other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TradePeriod other => CompareTo(other),
        _ => throw new ArgumentException("Object is not a TradePeriod.", nameof(obj)),
    };

    /// <summary>The canonical text: <c>2023</c> or <c>2023-01</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsAnnual
        ? Year.ToString("0000", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{_value % 100:00}");

    /// <summary>Formats the period: <c>G</c> or empty for the canonical text, <c>C</c> for UN Comtrade's form.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null) => format switch
    {
        null or "" or "G" or "g" => ToString(),
        "C" or "c" => ToComtradeString(),
        _ => throw new FormatException($"'{format}' is not a TradePeriod format: use G (2023-01) or C (202301)."),
    };

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var comtrade = format.Length == 1 && (format[0] == 'C' || format[0] == 'c');
        if (!comtrade && !(format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g'))))
        {
            charsWritten = 0;
            return false;
        }

        var text = comtrade ? ToComtradeString() : ToString();
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A trade period's year must be from {MinYear} to {MaxYear}.");
        }
    }
}
