using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using IkmDomain.Common;

namespace IkmDomain;

/// <summary>
/// The price of one unit of <see cref="BaseCurrency"/> in <see cref="QuoteCurrency"/>:
/// <c>USD/IDR 16250</c> means one US dollar costs 16,250 rupiah.
/// </summary>
/// <remarks>
/// <para>The value must be above zero (NodaMoney accepts a rate of 0; a zero rate turns every
/// conversion into nothing, so it is rejected here). A rate between a currency and itself must be 1.</para>
/// <para><see cref="Convert(Money)"/> is decimal arithmetic with no rounding to minor units: round
/// the result with <see cref="Money.Round()"/> where your rule says so, or use
/// <see cref="Convert(Money, MidpointRounding)"/>, which rounds the exact result once.
/// <see cref="Invert()"/> keeps the original value, so an inverted rate converts as exactly as the
/// original and inverting twice gives the original back.</para>
/// <para>Text form: <c>"USD/IDR 16250"</c> (codes, slash, one space, invariant number without
/// group separators, trailing zeros dropped); an inverted rate writes <c>"IDR/USD 1/16250"</c>.
/// A value that decimal cannot hold exactly is rejected, not rounded.</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[JsonConverter(typeof(ExchangeRateJsonConverter))]
public readonly struct ExchangeRate :
    IEquatable<ExchangeRate>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<ExchangeRate>
{
    private readonly decimal _value;    // the rate as given, or the rate this one is the inverse of
    private readonly bool _inverted;    // true: the price of one base unit is 1/_value

    /// <summary>Creates a rate: one <paramref name="baseCurrency"/> costs <paramref name="value"/> <paramref name="quoteCurrency"/>.</summary>
    /// <param name="baseCurrency">The currency being priced (USD in USD/IDR).</param>
    /// <param name="quoteCurrency">The currency the price is in (IDR in USD/IDR).</param>
    /// <param name="value">The price of one base unit, above zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero or negative, or not 1 for a currency against itself.</exception>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal value)
        : this(baseCurrency, quoteCurrency, value, inverted: false)
    {
    }

    private ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal value, bool inverted)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, $"An exchange rate must be above zero; {baseCurrency.Code}/{quoteCurrency.Code} {value.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        if (baseCurrency == quoteCurrency && value != 1m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value), value, $"The rate of {baseCurrency.Code} against itself must be 1, not {value.ToString(CultureInfo.InvariantCulture)}.");
        }

        BaseCurrency = baseCurrency;
        QuoteCurrency = quoteCurrency;
        _value = value;
        _inverted = inverted && value != 1m;
    }

    /// <summary>The currency being priced (USD in USD/IDR 16250).</summary>
    public Currency BaseCurrency { get; }

    /// <summary>The currency the price is in (IDR in USD/IDR 16250).</summary>
    public Currency QuoteCurrency { get; }

    /// <summary>
    /// The price of one unit of <see cref="BaseCurrency"/> in <see cref="QuoteCurrency"/>; above zero
    /// (1 for <c>default</c>). For an inverted rate (<see cref="IsInverted"/>) this is 1/<see cref="Reciprocal"/>
    /// rounded to decimal's 28 significant digits; conversions do not use this rounded value.
    /// </summary>
    public decimal Value => _value == 0m ? 1m : _inverted ? 1m / _value : _value;

    /// <summary>
    /// True when the rate was made by <see cref="Invert()"/> (or parsed from <c>"IDR/USD 1/16250"</c>):
    /// it is held exactly as the reciprocal of <see cref="Reciprocal"/>, which <see cref="Value"/> may
    /// only approximate.
    /// </summary>
    public bool IsInverted => _inverted;

    /// <summary>
    /// The price of one unit of <see cref="QuoteCurrency"/> in <see cref="BaseCurrency"/>, exact when
    /// <see cref="IsInverted"/> (16250 for <c>IDR/USD 1/16250</c>); otherwise 1/<see cref="Value"/>,
    /// rounded to 28 significant digits.
    /// </summary>
    public decimal Reciprocal => _value == 0m ? 1m : _inverted ? _value : 1m / _value;

    /// <summary>
    /// Converts money across the rate: base to quote multiplies (USD 776 at USD/IDR 16250 is
    /// IDR 12610000), quote to base divides. Not rounded to minor units; as exact as decimal allows
    /// (an inverted rate divides by the original value instead of multiplying by a rounded inverse,
    /// so <c>USD/IDR 16250</c> inverted converts IDR 16250 to exactly USD 1).
    /// </summary>
    /// <param name="money">An amount in <see cref="BaseCurrency"/> or <see cref="QuoteCurrency"/>.</param>
    /// <returns>The amount in the other currency of the pair.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="money"/> is in neither currency of the pair.</exception>
    /// <exception cref="OverflowException">The result is outside the decimal range.</exception>
    public Money Convert(Money money)
    {
        var stored = _value == 0m ? 1m : _value;
        if (money.Currency == BaseCurrency)
        {
            var quote = new Money(money.Amount, QuoteCurrency);
            return _inverted ? quote / stored : quote * stored;
        }

        if (money.Currency == QuoteCurrency)
        {
            var @base = new Money(money.Amount, BaseCurrency);
            return _inverted ? @base * stored : @base / stored;
        }

        throw Mismatch(money);
    }

    /// <summary>
    /// Converts money across the rate and rounds the result once, exactly, to the target currency's
    /// ISO 4217 minor units (USD 1.005 → 2 decimals; IDR → 2 decimals). There is no intermediate
    /// rounding: the exact quotient is rounded with <paramref name="mode"/>. A target currency without
    /// minor units (<see cref="Currency.HasMinorUnits"/> false) is rounded to whole units.
    /// </summary>
    /// <param name="money">An amount in <see cref="BaseCurrency"/> or <see cref="QuoteCurrency"/>.</param>
    /// <param name="mode">How to round: midpoints with <see cref="MidpointRounding.ToEven"/> or
    /// <see cref="MidpointRounding.AwayFromZero"/>; everything with the directed modes.</param>
    /// <returns>The rounded amount in the other currency of the pair.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="money"/> is in neither currency of the pair.</exception>
    /// <exception cref="OverflowException">The result is outside the decimal range.</exception>
    public Money Convert(Money money, MidpointRounding mode)
    {
        Currency target;
        bool multiply;
        if (money.Currency == BaseCurrency)
        {
            target = QuoteCurrency;
            multiply = !_inverted;
        }
        else if (money.Currency == QuoteCurrency)
        {
            target = BaseCurrency;
            multiply = _inverted;
        }
        else
        {
            throw Mismatch(money);
        }

        var (amount, amountScale) = ExactDecimal.ToFraction(money.Amount);
        var (rate, rateScale) = ExactDecimal.ToFraction(_value == 0m ? 1m : _value);
        var decimals = target.HasMinorUnits ? target.MinorUnits : 0;
        var result = multiply
            ? ExactDecimal.RoundFraction(amount * rate, BigInteger.Pow(10, amountScale + rateScale), decimals, mode)
            : ExactDecimal.RoundFraction(amount * BigInteger.Pow(10, rateScale), rate * BigInteger.Pow(10, amountScale), decimals, mode);
        return new Money(result, target);
    }

    private CurrencyMismatchException Mismatch(Money money) => new(
        $"Cannot convert {money.Currency.Code} with a {BaseCurrency.Code}/{QuoteCurrency.Code} rate: it converts only {BaseCurrency.Code} and {QuoteCurrency.Code}.");

    /// <summary>
    /// The reverse rate, held exactly: <c>USD/IDR 16250</c> inverts to <c>IDR/USD 1/16250</c>, whose
    /// conversions divide by 16250. Inverting twice gives the original rate back.
    /// </summary>
    public ExchangeRate Invert() => new(QuoteCurrency, BaseCurrency, _value == 0m ? 1m : _value, !_inverted);

    /// <summary>Parses <c>"USD/IDR 16250"</c> (invariant number; surrounding spaces allowed).</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a rate in that form, or the value is not above zero.</exception>
    public static ExchangeRate Parse(string s) => Parse(s, null);

    /// <summary>Parses <c>"USD/IDR 16250"</c> (the number is always invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a rate in that form, or the value is not above zero.</exception>
    public static ExchangeRate Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses <c>"USD/IDR 16250"</c> (the number is always invariant).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the form is invariant.</param>
    /// <exception cref="FormatException">The text is not a rate in that form, or the value is not above zero.</exception>
    public static ExchangeRate Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var error = TryParseCore(s, out var result);
        return error is null
            ? result
            : throw new FormatException($"'{s.ToString()}' is not an exchange rate: {error}.");
    }

    /// <summary>Parses <c>"USD/IDR 16250"</c>. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The rate, or <c>default</c>.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ExchangeRate result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, out result) is null;
    }

    /// <summary>Parses <c>"USD/IDR 16250"</c>. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The rate, or <c>default</c>.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExchangeRate result) =>
        TryParseCore(s, out result) is null;

    private static string? TryParseCore(ReadOnlySpan<char> s, out ExchangeRate result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        if (s.Length < 9 || s[3] != '/' || s[7] != ' ')
        {
            return "expected BASE/QUOTE VALUE, for example USD/IDR 16250";
        }

        if (!Currency.TryFromCode(s[..3], out var baseCurrency) || !Currency.TryFromCode(s[4..7], out var quoteCurrency))
        {
            return "the currencies must be ISO 4217 codes";
        }

        var number = s[8..];
        var inverted = number.StartsWith("1/", StringComparison.Ordinal);
        if (inverted)
        {
            number = number[2..];
        }

        if (!ExactDecimal.TryParse(number, allowSign: false, allowExponent: false, out var value))
        {
            return "the value must be an invariant number without group separators (16250 or 16250.5, or 1/16250 for an inverted rate) that a decimal holds exactly (at most 28 decimal places)";
        }

        if (value <= 0m)
        {
            return "the value must be above zero";
        }

        if (baseCurrency == quoteCurrency && value != 1m)
        {
            return "a currency against itself must have the rate 1";
        }

        result = new ExchangeRate(baseCurrency, quoteCurrency, value, inverted);
        return null;
    }

    /// <summary>The invariant text form <c>"USD/IDR 16250"</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[48];
        TryFormat(buffer, out var written, default, null);
        return new string(buffer[..written]);
    }

    /// <summary>The invariant text form; the only format is <c>"G"</c> (or empty).</summary>
    /// <param name="format">Null, empty or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">Another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes <c>"USD/IDR 16250"</c> without allocating.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        charsWritten = 0;
        var prefix = _inverted ? 10 : 8; // "IDR/USD 1/16250"
        if (destination.Length < prefix + 1 ||
            !Normalized(_value == 0m ? 1m : _value).TryFormat(destination[prefix..], out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (_inverted)
        {
            destination[8] = '1';
            destination[9] = '/';
        }

        BaseCurrency.CodeSpan.CopyTo(destination);
        destination[3] = '/';
        QuoteCurrency.CodeSpan.CopyTo(destination[4..]);
        destination[7] = ' ';
        charsWritten = written + prefix;
        return true;
    }

    /// <summary>Writes <c>"USD/IDR 16250"</c> as UTF-8 without allocating.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">Bytes written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        Span<char> buffer = stackalloc char[48];
        TryFormat(buffer, out var chars, format, provider);
        return Utf8.FromUtf16(buffer[..chars], utf8Destination, out _, out bytesWritten) == OperationStatus.Done;
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!(format.IsEmpty || format is "G" or "g"))
        {
            throw new FormatException($"'{format.ToString()}' is not an ExchangeRate format: use G.");
        }
    }

    // 16250.00 -> 16250: dividing by 1 with 28 zero decimals strips trailing zeros exactly.
    private static decimal Normalized(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>True when both rates have the same currencies and exactly the same value (an inverted
    /// rate 1/2 equals the rate 0.5; 1/3 equals no decimal rate).</summary>
    /// <param name="other">The other rate.</param>
    public bool Equals(ExchangeRate other)
    {
        if (BaseCurrency != other.BaseCurrency || QuoteCurrency != other.QuoteCurrency)
        {
            return false;
        }

        var a = _value == 0m ? 1m : _value;
        var b = other._value == 0m ? 1m : other._value;
        if (_inverted == other._inverted)
        {
            return a == b;
        }

        // 1/a == b exactly: a × b == 1 without rounding.
        var (ma, sa) = ExactDecimal.ToFraction(a);
        var (mb, sb) = ExactDecimal.ToFraction(b);
        return ma * mb == BigInteger.Pow(10, sa + sb);
    }

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExchangeRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(BaseCurrency, QuoteCurrency, Value);

    /// <summary>True when both rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator ==(ExchangeRate left, ExchangeRate right) => left.Equals(right);

    /// <summary>True when the rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    public static bool operator !=(ExchangeRate left, ExchangeRate right) => !left.Equals(right);
}
