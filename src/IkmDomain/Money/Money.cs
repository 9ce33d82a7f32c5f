using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace IkmDomain;

/// <summary>
/// An exact amount of money: a <see cref="decimal"/> <see cref="Amount"/> in a <see cref="Currency"/>
/// (<c>IDR 1300000.00</c>).
/// </summary>
/// <remarks>
/// <para>
/// Arithmetic is exact decimal arithmetic: nothing is rounded after each step (NodaMoney issue
/// #27). Round once, where the business rule says so, with <see cref="Round()"/> (to the ISO 4217
/// minor unit, <see cref="MidpointRounding.ToEven"/> unless you ask otherwise). Amounts in different
/// currencies never mix: <c>+ - &lt; &gt;</c> and <see cref="CompareTo(Money)"/> throw
/// <see cref="CurrencyMismatchException"/>; <see cref="Equals(Money)"/> is simply false.
/// Equality is by value: <c>IDR 10.00 == IDR 10</c>.
/// </para>
/// <para>
/// <see cref="ToString()"/> is the invariant machine form <c>"IDR 1300000.00"</c> (code, one space,
/// at least the currency's minor digits and more when the amount has them), so
/// <c>Parse(ToString())</c> round-trips exactly. For people, use
/// <c>ToString("C", IndonesianFormat.NumberFormat)</c> (<c>"Rp1.300.000,00"</c>) or <c>"C0"</c>
/// (<c>"Rp1.300.000"</c>, how rupiah prices are usually shown).
/// </para>
/// <para><c>default(Money)</c> is <c>XXX 0</c> (see <see cref="Currency.XXX"/>).</para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[JsonConverter(typeof(MoneyJsonConverter))]
public readonly partial struct Money :
    IEquatable<Money>,
    IComparable<Money>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Money>,
    IAdditionOperators<Money, Money, Money>,
    ISubtractionOperators<Money, Money, Money>,
    IMultiplyOperators<Money, decimal, Money>,
    IDivisionOperators<Money, decimal, Money>,
    IUnaryNegationOperators<Money, Money>,
    IUnaryPlusOperators<Money, Money>,
    IComparisonOperators<Money, Money, bool>
{
    // 16 bytes, the size of a decimal: the decimal's own words, with the currency's table index in
    // the low 16 bits of the flags word, which decimal leaves unused (sign: bit 31, scale: 16-23).
    private const int CurrencyMask = 0xFFFF;
    private readonly int _flags;
    private readonly uint _hi;
    private readonly ulong _lo;

    /// <summary>Creates an amount of money. The amount is kept exactly as given (not rounded).</summary>
    /// <param name="amount">The amount, in major units (rupiah, dollars).</param>
    /// <param name="currency">The currency.</param>
    public Money(decimal amount, Currency currency)
        : this(amount, currency.Index)
    {
    }

    private Money(decimal amount, int currencyIndex)
    {
        var bits = DecimalBits.From(amount);
        _flags = bits.Flags | currencyIndex;
        _hi = bits.Hi;
        _lo = bits.Lo;
    }

    /// <summary>The amount in major units, exactly as constructed or computed.</summary>
    public decimal Amount => DecimalBits.ToDecimal(_flags & ~CurrencyMask, _hi, _lo);

    /// <summary>The currency.</summary>
    public Currency Currency => Currency.FromIndex(_flags & CurrencyMask);

    private int CurrencyIndex => _flags & CurrencyMask;

    // Both magnitudes below 2^94, so a sum or difference cannot leave decimal's range (2^96).
    private static bool CannotOverflow(Money left, Money right) => ((left._hi | right._hi) & 0xC000_0000) == 0;

    /// <summary>True when the amount is zero.</summary>
    public bool IsZero => (_lo | _hi) == 0;

    /// <summary>True when the amount is below zero.</summary>
    public bool IsNegative => _flags < 0 && (_lo | _hi) != 0;

    // Read from the decimal's words, without making the decimal (feeds check every price): above zero
    // (a zero may carry the sign bit, -0m), and the number of decimal places kept (decimal.Scale).
    internal bool IsAboveZero => _flags >= 0 && (_lo | _hi) != 0;

    internal int Scale => (_flags >> 16) & 0xFF;

    /// <summary>Zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Rupiah: <c>Money.Idr(1_300_000)</c> is <c>IDR 1300000</c>.</summary>
    /// <param name="amount">The amount in rupiah.</param>
    public static Money Idr(decimal amount) => new(amount, Currency.IDR);

    /// <summary>US dollars: <c>Money.Usd(776)</c> is <c>USD 776</c>.</summary>
    /// <param name="amount">The amount in dollars.</param>
    public static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>Deconstructs into amount and currency.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency.</param>
    public void Deconstruct(out decimal amount, out Currency currency)
    {
        amount = Amount;
        currency = Currency;
    }

    // ---- arithmetic -------------------------------------------------------------------------

    /// <summary>Adds two amounts of the same currency, exactly.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the <see cref="decimal"/> range.</exception>
    public static Money operator +(Money left, Money right)
    {
        if (left.CurrencyIndex != right.CurrencyIndex)
        {
            ThrowMismatch(left.Currency, right.Currency, "add");
        }

        return new Money(CannotOverflow(left, right) ? left.Amount + right.Amount : Add(left, right), left.CurrencyIndex);
    }

    /// <summary>Subtracts <paramref name="right"/> from <paramref name="left"/>, exactly.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the <see cref="decimal"/> range.</exception>
    public static Money operator -(Money left, Money right)
    {
        if (left.CurrencyIndex != right.CurrencyIndex)
        {
            ThrowMismatch(left.Currency, right.Currency, "subtract");
        }

        return new Money(CannotOverflow(left, right) ? left.Amount - right.Amount : Subtract(left, right), left.CurrencyIndex);
    }

    /// <summary>Negates the amount.</summary>
    /// <param name="value">The amount.</param>
    public static Money operator -(Money value) => new(-value.Amount, value.Currency);

    /// <summary>Returns the amount unchanged.</summary>
    /// <param name="value">The amount.</param>
    public static Money operator +(Money value) => value;

    /// <summary>Multiplies an amount by a factor, exactly (as far as <see cref="decimal"/> allows; no rounding to minor units).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <exception cref="OverflowException">The product is outside the <see cref="decimal"/> range.</exception>
    public static Money operator *(Money money, decimal factor)
    {
        try
        {
            return new Money(money.Amount * factor, money.Currency);
        }
        catch (OverflowException ex)
        {
            throw Overflow(money, "*", factor.ToString(CultureInfo.InvariantCulture), ex);
        }
    }

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="money">The amount.</param>
    /// <exception cref="OverflowException">The product is outside the <see cref="decimal"/> range.</exception>
    public static Money operator *(decimal factor, Money money) => money * factor;

    /// <summary>Divides an amount by a divisor (no rounding to minor units: use <see cref="Allocate(int)"/> to split money).</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the <see cref="decimal"/> range.</exception>
    public static Money operator /(Money money, decimal divisor)
    {
        try
        {
            return new Money(money.Amount / divisor, money.Currency);
        }
        catch (OverflowException ex)
        {
            throw Overflow(money, "/", divisor.ToString(CultureInfo.InvariantCulture), ex);
        }
    }

    /// <summary>The ratio of two amounts of the same currency (<c>IDR 300 / IDR 1200 = 0.25</c>).</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is outside the <see cref="decimal"/> range.</exception>
    public static decimal operator /(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            ThrowMismatch(left.Currency, right.Currency, "divide");
        }

        try
        {
            return left.Amount / right.Amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow(left, "/", right.ToString(), ex);
        }
    }

    /// <summary>Adds two amounts of the same currency (same as <c>+</c>).</summary>
    /// <param name="other">The amount to add.</param>
    public Money Add(Money other) => this + other;

    /// <summary>Subtracts an amount of the same currency (same as <c>-</c>).</summary>
    /// <param name="other">The amount to subtract.</param>
    public Money Subtract(Money other) => this - other;

    /// <summary>Multiplies by a factor (same as <c>*</c>).</summary>
    /// <param name="factor">The factor.</param>
    public Money Multiply(decimal factor) => this * factor;

    /// <summary>Divides by a divisor (same as <c>/</c>).</summary>
    /// <param name="divisor">The divisor.</param>
    public Money Divide(decimal divisor) => this / divisor;

    /// <summary>The same amount with a negative sign flipped (<c>|amount|</c>).</summary>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <summary>The amount with the opposite sign.</summary>
    public Money Negate() => -this;

    // ---- rounding and minor units -------------------------------------------------------------

    /// <summary>
    /// Rounds to the currency's ISO 4217 minor unit with banker's rounding
    /// (<see cref="MidpointRounding.ToEven"/>): IDR 10.005 becomes IDR 10.00, IDR 10.015 becomes 10.02.
    /// Currencies without a minor unit (<see cref="Currency.HasMinorUnits"/> false) are returned unchanged.
    /// </summary>
    public Money Round() => Round(MidpointRounding.ToEven);

    /// <summary>Rounds to the currency's ISO 4217 minor unit with the given rule.</summary>
    /// <param name="mode">How to round midpoints (and, for the directed modes, everything).</param>
    public Money Round(MidpointRounding mode) =>
        Currency.HasMinorUnits ? new Money(decimal.Round(Amount, Currency.MinorUnits, mode), Currency) : this;

    /// <summary>
    /// Rounds to a number of decimal places of your choosing, for example 0 for whole rupiah as
    /// cash prices are shown (IDR 1500.50 becomes IDR 1500 with ToEven).
    /// </summary>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <param name="mode">How to round midpoints; banker's rounding by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0..28.</exception>
    public Money Round(int decimals, MidpointRounding mode = MidpointRounding.ToEven)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        return new Money(decimal.Round(Amount, decimals, mode), Currency);
    }

    /// <summary>
    /// The amount in minor units (sen, cents): IDR 1300000.00 is 130000000. The amount must be a
    /// whole number of minor units; call <see cref="Round()"/> first when it may not be.
    /// </summary>
    /// <exception cref="InvalidOperationException">The amount has more decimals than the minor unit, or the currency has no minor unit.</exception>
    /// <exception cref="OverflowException">The result does not fit in a <see cref="long"/>.</exception>
    public long ToMinorUnits()
    {
        RequireMinorUnits(Currency);
        var scaled = Amount * Digits.DecimalPow10(Currency.MinorUnits);
        if (decimal.Truncate(scaled) != scaled)
        {
            throw new InvalidOperationException(
                $"{ToString()} is not a whole number of minor units ({Currency.MinorUnits.ToString(CultureInfo.InvariantCulture)} decimals for {Currency.Code}): call Round() first.");
        }

        try
        {
            return decimal.ToInt64(scaled);
        }
        catch (OverflowException ex)
        {
            throw new OverflowException($"{ToString()} in minor units does not fit in a 64-bit integer.", ex);
        }
    }

    /// <summary>Creates money from minor units: <c>FromMinorUnits(130000000, Currency.IDR)</c> is IDR 1300000.00.</summary>
    /// <param name="minorUnits">The amount in minor units (sen, cents).</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        RequireMinorUnits(currency);
        return new Money(minorUnits * Digits.DecimalPow10Negative(currency.MinorUnits), currency);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static decimal Add(Money left, Money right)
    {
        try
        {
            return left.Amount + right.Amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow(left, "+", right.ToString(), ex);
        }
    }

    private static decimal Subtract(Money left, Money right)
    {
        try
        {
            return left.Amount - right.Amount;
        }
        catch (OverflowException ex)
        {
            throw Overflow(left, "-", right.ToString(), ex);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static OverflowException Overflow(Money left, string op, string right, OverflowException inner) =>
        new($"{left} {op} {right} overflows: the result is outside the decimal range (about ±7.9e28).", inner);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowMismatch(Currency expected, Currency actual, string operation) =>
        throw new CurrencyMismatchException(expected, actual, operation);

    private static void RequireMinorUnits(Currency currency)
    {
        if (!currency.HasMinorUnits)
        {
            throw new InvalidOperationException(
                $"{currency.Code} has no minor unit in ISO 4217 (N.A.), so minor-unit operations do not apply to it.");
        }
    }

    /// <summary>The amount with its scale raised to at least <paramref name="minScale"/> (5 -> 5.00), value unchanged.</summary>
    internal static decimal WithMinimumScale(decimal amount, int minScale)
    {
        var scale = amount.Scale;
        return scale >= minScale ? amount : amount * Digits.OneWithScale(minScale - scale);
    }
}
