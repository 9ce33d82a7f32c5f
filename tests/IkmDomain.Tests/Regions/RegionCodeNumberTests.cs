using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Regions;

/// <summary>RegionCode as one ten-digit number (what IkmDomain.EntityFrameworkCore stores).</summary>
public class RegionCodeNumberTests
{
    [Theory]
    [InlineData("35", 3500000000L, 3599993999L)]
    [InlineData("35.73", 3573000000L, 3573993999L)]
    [InlineData("35.73.01", 3573010000L, 3573013999L)]
    [InlineData("35.73.01.1001", 3573011001L, 3573011001L)]
    public void Number_pads_the_parts_and_the_last_descendant_closes_the_range(string text, long number, long last)
    {
        var code = RegionCode.Parse(text);
        Assert.Equal(number, code.ToNumber());
        Assert.Equal(last, code.LastDescendantNumber());
        Assert.Equal(code, RegionCode.FromNumber(number));
        Assert.Equal(code.Level, RegionCode.FromNumber(number).Level);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1_000_000_000L)]   // province 10
    [InlineData(3500001001L)]      // a village under a zero regency
    [InlineData(3573001001L)]      // a village under a zero district
    [InlineData(3570000000L)]      // regency 70
    [InlineData(3573010999L)]      // village part 999
    [InlineData(3573014000L)]      // village part 4000
    [InlineData(10_000_000_000L)]
    [InlineData(-3573000000L)]
    public void Numbers_that_are_no_code_are_rejected(long number)
    {
        Assert.False(RegionCode.TryFromNumber(number, out var result));
        Assert.Equal(default, result);
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromNumber(number));
    }

    [Property(Arbitrary = [typeof(IkmArbitraries)])]
    public Property Number_round_trips_and_orders_like_the_codes(RegionCode a, RegionCode b) =>
        (RegionCode.FromNumber(a.ToNumber()) == a
            && Math.Sign(a.ToNumber().CompareTo(b.ToNumber())) == Math.Sign(a.CompareTo(b))
            && (a.IsAncestorOf(b) == (b.ToNumber() > a.ToNumber() && b.ToNumber() <= a.LastDescendantNumber()))).ToProperty();
}
