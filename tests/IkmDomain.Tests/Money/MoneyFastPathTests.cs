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
}
