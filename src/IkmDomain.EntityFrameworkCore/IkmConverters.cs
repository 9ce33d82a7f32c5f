using System;
using System.Globalization;
using IkmDomain.Regions;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace IkmDomain.EntityFrameworkCore;

/// <summary>
/// Stores an IkmDomain value type as its canonical text (<c>ToString()</c>, culture-invariant) and reads it back
/// with the type's parser. A value whose text does not parse back to itself (a <c>default</c> that means
/// "not set", such as <c>default(RegionCode)</c>) is refused on write; text that does not parse on read
/// throws <see cref="IkmDatabaseValueException"/> naming the column, the value and the rule.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class IkmTextConverter<T> : ValueConverter<T, string>
    where T : struct, IParsable<T>, IEquatable<T>
{
    /// <summary>Creates a converter with no column name in its errors.</summary>
    public IkmTextConverter()
        : this(IkmColumn.Unknown)
    {
    }

    /// <summary>Creates a converter for one column.</summary>
    /// <param name="column">The column, named in errors.</param>
    public IkmTextConverter(IkmColumn column)
        : base(v => Write(v, column), s => Read(s, column))
    {
    }

    /// <summary>Formats a value for the database; refuses a value that does not round-trip (not set).</summary>
    /// <param name="value">The value.</param>
    /// <param name="column">The column.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="IkmDatabaseValueException">The value is a <c>default</c> that means "not set".</exception>
    public static string Write(T value, IkmColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var text = value.ToString() ?? string.Empty;
        if (!T.TryParse(text, CultureInfo.InvariantCulture, out var back) || !back.Equals(value))
        {
            throw column.Bad(text, new ArgumentException($"default({typeof(T).Name}) means 'not set' and is not stored: give the property a real {typeof(T).Name} or make it nullable."));
        }

        return text;
    }

    /// <summary>Parses a database value.</summary>
    /// <param name="text">The stored text.</param>
    /// <param name="column">The column.</param>
    /// <returns>The value.</returns>
    /// <exception cref="IkmDatabaseValueException">The text is not a valid value.</exception>
    public static T Read(string text, IkmColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw column.Bad(text, e);
        }
    }
}

/// <summary>
/// Stores a <see cref="RegionCode"/> as its ten-digit number (<see cref="RegionCode.ToNumber"/>, a 64-bit
/// integer: 3573000000 for <c>35.73</c>), so a region's descendants are one index range
/// (see <see cref="IkmDbFunctions.IsInRegion(RegionCode, RegionCode)"/>).
/// </summary>
public sealed class RegionCodeNumberConverter : ValueConverter<RegionCode, long>
{
    /// <summary>Creates a converter with no column name in its errors.</summary>
    public RegionCodeNumberConverter()
        : this(IkmColumn.Unknown)
    {
    }

    /// <summary>Creates a converter for one column.</summary>
    /// <param name="column">The column, named in errors.</param>
    public RegionCodeNumberConverter(IkmColumn column)
        : base(v => Write(v, column), n => Read(n, column))
    {
    }

    /// <summary>The number of a code; refuses <c>default(RegionCode)</c>, which is not a region.</summary>
    /// <param name="value">The code.</param>
    /// <param name="column">The column.</param>
    /// <returns>The number.</returns>
    public static long Write(RegionCode value, IkmColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return value == default
            ? throw column.Bad(value.ToString(), new ArgumentException("default(RegionCode) is not a region code ('not set'): give a real code or make the property nullable."))
            : value.ToNumber();
    }

    /// <summary>The code of a stored number.</summary>
    /// <param name="number">The stored number.</param>
    /// <param name="column">The column.</param>
    /// <returns>The code.</returns>
    public static RegionCode Read(long number, IkmColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return RegionCode.TryFromNumber(number, out var code)
            ? code
            : throw column.Bad(number, new FormatException($"{number} is not a Kemendagri region code padded to ten digits (PPKKCCDDDD, for example 3573000000 for 35.73; Permendagri 137/2017 Art. 4)."));
    }
}

/// <summary>Stores a <see cref="Crafts.Weight"/> as whole grams (a 64-bit integer), which sorts and compares in SQL.</summary>
public sealed class WeightGramsConverter : ValueConverter<Crafts.Weight, long>
{
    /// <summary>Creates a converter with no column name in its errors.</summary>
    public WeightGramsConverter()
        : this(IkmColumn.Unknown)
    {
    }

    /// <summary>Creates a converter for one column.</summary>
    /// <param name="column">The column, named in errors.</param>
    public WeightGramsConverter(IkmColumn column)
        : base(v => v.Grams, g => Read(g, column))
    {
    }

    /// <summary>The weight of a stored number of grams.</summary>
    /// <param name="grams">The stored grams.</param>
    /// <param name="column">The column.</param>
    /// <returns>The weight.</returns>
    public static Crafts.Weight Read(long grams, IkmColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        try
        {
            return Crafts.Weight.FromGrams(grams);
        }
        catch (ArgumentException e)
        {
            throw column.Bad(grams, e);
        }
    }
}

/// <summary>
/// Checks a money amount against the column's declared scale on write, so a database never rounds an amount
/// silently (an amount with more decimals than the column holds is an error naming the column and the value).
/// </summary>
public sealed class MoneyAmountConverter : ValueConverter<decimal, decimal>
{
    /// <summary>Creates a converter for one column.</summary>
    /// <param name="column">The column, named in errors.</param>
    /// <param name="scale">The number of decimals the column keeps.</param>
    public MoneyAmountConverter(IkmColumn column, int scale)
        : base(v => Write(v, column, scale), v => Read(v))
    {
    }

    /// <summary>
    /// The amount as read, without the trailing zeros the column's scale added (a numeric(19,4) column returns
    /// 150000 as 150000.0000), so a money value reads back with the same text, and the same feed price, as it was
    /// written, whatever the database.
    /// </summary>
    /// <param name="amount">The amount from the column.</param>
    /// <returns>The same amount with no trailing zeros.</returns>
    public static decimal Read(decimal amount) => amount / 1.000000000000000000000000000000000m;

    /// <summary>Returns the amount when it fits <paramref name="scale"/> decimals.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="column">The column.</param>
    /// <param name="scale">The column's scale.</param>
    /// <returns>The amount.</returns>
    public static decimal Write(decimal amount, IkmColumn column, int scale)
    {
        ArgumentNullException.ThrowIfNull(column);
        return decimal.Round(amount, scale) == amount
            ? amount
            : throw column.Bad(amount, new ArgumentException($"The amount has more than {scale} decimals, which the column would round: round it first (Money.Round()) or declare a larger scale in AddIkmConventions(o => o.MoneyScale = ...)."));
    }
}
