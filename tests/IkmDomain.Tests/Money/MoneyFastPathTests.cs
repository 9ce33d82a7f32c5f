using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using IkmDomain.Testing;

namespace IkmDomain.Tests.MoneyArea;

/// <summary>The fast paths (Indonesian text, equal allocation) give exactly what the general paths give.</summary>
public class MoneyFastPathTests
{
    // A copy is not reference-equal to IndonesianFormat.NumberFormat, so it takes the general path.
    private static readonly NumberFormatInfo IndonesianCopy = NumberFormatInfo.ReadOnly((NumberFormatInfo)IndonesianFormat.NumberFormat.Clone());

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 500)]
    public bool Indonesian_text_is_the_same_on_the_fast_and_the_general_path(Money money, byte digits)
    {
        var formats = new[] { "C", "N", "C0", "N0", "C" + (digits % 29).ToString(CultureInfo.InvariantCulture) };
        return formats.All(f => money.ToString(f, IndonesianFormat.NumberFormat) == money.ToString(f, IndonesianCopy));
    }

    [Theory]
    [InlineData(1_300_000.00, "C", "Rp1.300.000,00")]
    [InlineData(-1_300_000.00, "C", "-Rp1.300.000,00")]
    [InlineData(1_300_000.005, "C", "Rp1.300.000,01")]
    [InlineData(-0.004, "C", "Rp0,00")]
    [InlineData(999.5, "C0", "Rp1.000")]
    [InlineData(0.5, "N0", "1")]
    public void Indonesian_text_examples(double amount, string format, string expected)
    {
        Assert.Equal(expected, Money.Idr((decimal)amount).ToString(format, IndonesianFormat.NumberFormat));
    }

    // Shapes the fast path writes by different routes: integer parts above 2^32 (written in 64-bit
    // groups first), odd and long fractions, scales above 19, the 64-bit mantissa's limit, rounding
    // that carries into a new group.
    [Theory]
    [InlineData("12345678901234.56", "C")]
    [InlineData("-18446744073709551615", "C")]
    [InlineData("1844674407370955161.5", "N3")]
    [InlineData("0.0000000000000000000001234", "C25")]
    [InlineData("0.0000000000000000000001234", "C28")]
    [InlineData("999999.995", "C")]
    [InlineData("4294967295.5", "C0")]
    [InlineData("4294967296", "N1")]
    [InlineData("7", "C3")]
    [InlineData("123.4567", "N4")]
    [InlineData("-0.0000000000000000000000000001", "C28")]
    public void Indonesian_text_is_the_same_on_the_fast_and_the_general_path_for_edge_shapes(string amount, string format)
    {
        var money = Money.Idr(decimal.Parse(amount, CultureInfo.InvariantCulture));
        Assert.Equal(money.ToString(format, IndonesianCopy), money.ToString(format, IndonesianFormat.NumberFormat));
        System.Span<char> buffer = stackalloc char[128];
        Assert.True(money.TryFormat(buffer, out var written, format, IndonesianFormat.NumberFormat));
        Assert.Equal(money.ToString(format, IndonesianCopy), buffer[..written].ToString());
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) }, MaxTest = 500)]
    public bool Equal_allocation_is_the_same_as_allocating_by_equal_ratios(Money money, PositiveInt parts)
    {
        if (!money.Currency.HasMinorUnits)
        {
            return true;
        }

        var n = 1 + (parts.Get % 9);
        var byCount = money.Allocate(n);
        var byRatios = money.Allocate(Enumerable.Repeat(1m, n).ToArray());
        return byCount.SequenceEqual(byRatios) && byCount.Select(m => m.Amount.Scale).SequenceEqual(byRatios.Select(m => m.Amount.Scale));
    }

    [Property(MaxTest = 2_000)]
    public bool The_invariant_amount_is_decimal_fixed_point_with_at_least_the_minor_digits(ulong mantissa, bool negative, byte scale, byte currency)
    {
        // Mantissas below 2^64 take the two-digits-at-a-time path: every length, scale and padding.
        var codes = new[] { "IDR", "JPY", "KWD", "USD", "CLF" };
        var money = new Money(new decimal((int)mantissa, (int)(mantissa >> 32), 0, negative, (byte)(scale % 29)), Currency.Parse(codes[currency % codes.Length]));
        var amount = money.Amount;
        var places = System.Math.Max(amount.Scale, money.Currency.MinorUnits);
        var expected = System.Math.Abs(amount).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return money.ToString() == money.Currency.Code + " " + (amount < 0m ? "-" : "") + expected;
    }
}
