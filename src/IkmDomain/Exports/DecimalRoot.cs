using System;

namespace IkmDomain.Exports;

/// <summary>n-th roots and integer powers in <see cref="decimal"/>, for compound growth rates.</summary>
internal static class DecimalRoot
{
    /// <summary>
    /// The n-th root of <paramref name="x"/> (x &gt;= 0, n &gt;= 1) by Newton's method in decimal, starting
    /// from the double estimate. Newton converges quadratically, so a few steps reach decimal's 28
    /// significant digits; the result's n-th power equals x to within about n × 1e-27 relative error.
    /// </summary>
    public static decimal Root(decimal x, int n)
    {
        if (x < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Cannot take a root of a negative number.");
        }

        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The root's degree must be at least 1.");
        }

        if (n == 1 || x == 0m || x == 1m)
        {
            return x;
        }

        var y = (decimal)Math.Pow((double)x, 1.0 / n);
        if (y <= 0m)
        {
            y = 1e-20m;
        }

        for (var i = 0; i < 100; i++)
        {
            var next = (((n - 1) * y) + (x / Pow(y, n - 1))) / n;
            if (next == y)
            {
                break;
            }

            // Newton's iterates can oscillate in the last digit because of rounding: stop then.
            if (Math.Abs(next - y) <= Math.Abs(y) * 1e-27m)
            {
                y = next;
                break;
            }

            y = next;
        }

        return y;
    }

    /// <summary><paramref name="x"/> to the power <paramref name="n"/> (n &gt;= 0) by repeated squaring.</summary>
    public static decimal Pow(decimal x, int n)
    {
        var result = 1m;
        var b = x;
        while (n > 0)
        {
            if ((n & 1) == 1)
            {
                result *= b;
            }

            n >>= 1;
            if (n > 0)
            {
                b *= b;
            }
        }

        return result;
    }
}
