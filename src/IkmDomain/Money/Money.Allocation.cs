using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using IkmDomain.Common;

namespace IkmDomain;

public readonly partial struct Money
{
    // ---- allocation ---------------------------------------------------------------------------

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> equal shares by the largest-remainder method,
    /// in minor units: the shares add up to the whole exactly, and none differs from its exact share
    /// by a minor unit or more (IDR 100.00 in 3 gives 33.34, 33.33, 33.33; earlier shares take the
    /// extra units first).
    /// </summary>
    /// <param name="parts">The number of shares, at least 1.</param>
    /// <returns>The shares, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    /// <remarks>
    /// When the amount itself has more decimals than the minor unit (IDR 100.005), the unit shared
    /// out is the amount's own last decimal, so the total is still exact.
    /// </remarks>
    public Money[] Allocate(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        if (TryAllocateEqualFast(parts, out var fast))
        {
            return fast;
        }

        var ratios = new BigInteger[parts];
        Array.Fill(ratios, BigInteger.One);
        return AllocateCore(ratios);
    }

    /// <summary>
    /// Splits the amount in proportion to <paramref name="ratios"/> by the largest-remainder method,
    /// in minor units: the shares add up to the whole exactly and none differs from its exact share
    /// by a minor unit or more (IDR 100.00 by 1:1:1 gives 33.34, 33.33, 33.33). Ties go to the
    /// earlier share.
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one of them above zero.</param>
    /// <returns>One share per ratio, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException">The ratios are empty, contain a negative value, or are all zero.</exception>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public Money[] Allocate(params decimal[] ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        if (ratios.Length == 0)
        {
            throw new ArgumentException("At least one ratio is needed to allocate money.", nameof(ratios));
        }

        var maxScale = 0;
        var anyPositive = false;
        for (var i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException(
                    $"Ratio {i.ToString(CultureInfo.InvariantCulture)} is {ratios[i].ToString(CultureInfo.InvariantCulture)}: ratios must not be negative.",
                    nameof(ratios));
            }

            anyPositive |= ratios[i] > 0m;
            maxScale = Math.Max(maxScale, ratios[i].Scale);
        }

        if (!anyPositive)
        {
            throw new ArgumentException("All ratios are zero: at least one must be above zero.", nameof(ratios));
        }

        var weights = new BigInteger[ratios.Length];
        for (var i = 0; i < ratios.Length; i++)
        {
            weights[i] = ToScaledInteger(ratios[i], maxScale);
        }

        return AllocateCore(weights);
    }

    /// <summary>
    /// Equal shares for amounts whose scaled total fits in 64 bits: every share has the same
    /// remainder, so the largest-remainder rule gives the extra units to the first shares. Same
    /// result as <see cref="AllocateCore"/>, with the result array as the only allocation.
    /// </summary>
    private bool TryAllocateEqualFast(int parts, out Money[] shares)
    {
        shares = null!;
        var minor = Currency.RawMinorUnits;
        var scale = (_flags >> 16) & 0xFF;
        if (_hi != 0 || minor > 19)
        {
            return false;
        }

        var total = _lo;
        var targetScale = scale;
        if (minor > scale)
        {
            var power = Digits.Pow10(minor - scale);
            if (total > ulong.MaxValue / power)
            {
                return false;
            }

            total *= power;
            targetScale = minor;
        }

        var quotient = total / (ulong)parts;
        var leftover = (int)(total - (quotient * (ulong)parts));
        var negative = _flags < 0;
        var currency = Currency;
        shares = new Money[parts];
        for (var i = 0; i < shares.Length; i++)
        {
            var share = i < leftover ? quotient + 1 : quotient;
            shares[i] = new Money(new decimal((int)share, (int)(share >> 32), 0, negative && share != 0, (byte)targetScale), currency);
        }

        return true;
    }

    private Money[] AllocateCore(BigInteger[] weights)
    {
        RequireMinorUnits(Currency);
        var scale = Math.Max(Currency.MinorUnits, Amount.Scale);
        var total = ToScaledInteger(Math.Abs(Amount), scale);
        var weightSum = BigInteger.Zero;
        foreach (var w in weights)
        {
            weightSum += w;
        }

        var shares = new BigInteger[weights.Length];
        var remainders = new BigInteger[weights.Length];
        var given = BigInteger.Zero;
        for (var i = 0; i < weights.Length; i++)
        {
            shares[i] = BigInteger.DivRem(total * weights[i], weightSum, out remainders[i]);
            given += shares[i];
        }

        // Largest remainder first; ties to the earlier share. The leftover is below the part count.
        var order = new int[weights.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });

        var leftover = (int)(total - given);
        for (var k = 0; k < leftover; k++)
        {
            shares[order[k]] += BigInteger.One;
        }

        var unit = Digits.DecimalPow10Negative(scale);
        var negative = Amount < 0m;
        var result = new Money[weights.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var amount = (decimal)shares[i] * unit;
            result[i] = new Money(negative ? -amount : amount, Currency);
        }

        return result;
    }

    private static BigInteger ToScaledInteger(decimal value, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return mantissa * BigInteger.Pow(10, scale - value.Scale);
    }
}
