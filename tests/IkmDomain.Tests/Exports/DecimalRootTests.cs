using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Exports;

public class DecimalRootTests
{
    [Fact]
    public void Square_root_of_2_has_28_correct_digits()
    {
        Assert.Equal(1.4142135623730950488016887242m, DecimalRoot.Root(2m, 2), 27);
    }

    [Fact]
    public void Negative_numbers_have_no_root()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalRoot.Root(-1m, 2));
    }

    [Property]
    public Property Root_raised_to_n_gives_back_x() =>
        Prop.ForAll(
            Gen.Choose(1, int.MaxValue).Select(n => n / 1000m).ToArbitrary(),
            Gen.Choose(1, 50).ToArbitrary(),
            (x, n) => Math.Abs(DecimalRoot.Pow(DecimalRoot.Root(x, n), n) - x) <= x * n * 1e-25m);
}
