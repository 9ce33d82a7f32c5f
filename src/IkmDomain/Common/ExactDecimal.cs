using System;
using System.Numerics;

namespace IkmDomain.Common;

/// <summary>
/// Reads invariant decimal numbers exactly or not at all. <see cref="decimal.TryParse(string?, out decimal)"/>
/// silently rounds text that <see cref="decimal"/> cannot hold (<c>0.00000000000000000000000000001</c>
/// becomes 0); money must not change its value on the way in, so such text is rejected here.
/// </summary>
/// <remarks>
/// A <see cref="decimal"/> holds a 96-bit integer (at most 79,228,162,514,264,337,593,543,950,335)
/// divided by 10^0..10^28. The written scale is kept where it fits (<c>1300000.00</c> keeps two
/// decimals); trailing fraction zeros beyond what fits are dropped, since they do not change the value.
/// </remarks>
internal static class ExactDecimal
{
    private static readonly UInt128 MaxMantissa = ((UInt128)uint.MaxValue << 64) | ulong.MaxValue;

    /// <summary>
    /// Reads <c>[-]digits[.digits][e[±]digits]</c> (the sign and exponent only when allowed; at
    /// least one digit; no spaces, no group separators).
    /// </summary>
    /// <returns>False when the text is not such a number or its value is not exactly a decimal.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, bool allowSign, bool allowExponent, out decimal value)
    {
        value = 0m;
        var i = 0;
        var negative = false;
        if (allowSign && i < s.Length && (s[i] == '-' || s[i] == '+'))
        {
            negative = s[i] == '-';
            i++;
        }

        Span<char> significant = stackalloc char[30];
        var length = 0;        // significant digits stored (no leading zeros; zeros held in zeroRun)
        var zeroRun = 0;       // zeros read after the last non-zero digit, not yet stored
        var fractionDigits = 0;
        var anyDigit = false;
        var inFraction = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if ((uint)(c - '0') <= 9)
            {
                anyDigit = true;
                if (inFraction)
                {
                    fractionDigits++;
                }

                if (c == '0')
                {
                    if (length > 0)
                    {
                        zeroRun++;
                    }

                    continue;
                }

                // A non-zero digit: the zeros before it are significant.
                if (length + zeroRun + 1 > significant.Length)
                {
                    return false; // more than 30 significant digits: beyond any decimal
                }

                significant.Slice(length, zeroRun).Fill('0');
                length += zeroRun;
                zeroRun = 0;
                significant[length++] = c;
                continue;
            }

            if (c == '.' && !inFraction)
            {
                inFraction = true;
                continue;
            }

            break;
        }

        if (!anyDigit)
        {
            return false;
        }

        var exponent = 0;
        if (i < s.Length)
        {
            if (!allowExponent || (s[i] != 'e' && s[i] != 'E'))
            {
                return false;
            }

            i++;
            var exponentNegative = false;
            if (i < s.Length && (s[i] == '-' || s[i] == '+'))
            {
                exponentNegative = s[i] == '-';
                i++;
            }

            if (i == s.Length)
            {
                return false;
            }

            for (; i < s.Length; i++)
            {
                if ((uint)(s[i] - '0') > 9)
                {
                    return false;
                }

                exponent = Math.Min((exponent * 10) + (s[i] - '0'), 100_000);
            }

            if (exponentNegative)
            {
                exponent = -exponent;
            }
        }

        // value = significant × 10^zeroRun × 10^(exponent − fractionDigits)
        var writtenScale = fractionDigits - exponent;
        if (length == 0)
        {
            value = new decimal(0, 0, 0, false, (byte)Math.Clamp(writtenScale, 0, 28));
            return true;
        }

        int scale;
        int extraZeros; // zeros appended to the significant digits
        if (writtenScale >= 0)
        {
            scale = writtenScale;
            extraZeros = zeroRun;
        }
        else
        {
            scale = 0;
            extraZeros = zeroRun - writtenScale;
        }

        // Drop trailing zeros (value unchanged) while the scale or the digit count is too large.
        while ((scale > 28 || length + extraZeros > 29) && extraZeros > 0 && scale > 0)
        {
            extraZeros--;
            scale--;
        }

        if (scale > 28 || length + extraZeros > 29)
        {
            return false;
        }

        UInt128 mantissa = 0;
        for (var d = 0; d < length; d++)
        {
            mantissa = (mantissa * 10) + (uint)(significant[d] - '0');
        }

        for (var z = 0; z < extraZeros; z++)
        {
            mantissa *= 10;
        }

        if (mantissa > MaxMantissa)
        {
            return false;
        }

        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)scale);
        return true;
    }

    /// <summary>
    /// Rounds the exact fraction <paramref name="numerator"/>/<paramref name="denominator"/> once, to
    /// <paramref name="decimals"/> places with <paramref name="mode"/> (no intermediate rounding).
    /// </summary>
    /// <exception cref="OverflowException">The result is outside the decimal range.</exception>
    public static decimal RoundFraction(BigInteger numerator, BigInteger denominator, int decimals, MidpointRounding mode)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var scaled = numerator * BigInteger.Pow(10, decimals);
        var quotient = BigInteger.DivRem(scaled, denominator, out var remainder); // truncates toward zero
        if (!remainder.IsZero)
        {
            var sign = scaled.Sign;
            var twice = BigInteger.Abs(remainder) * 2;
            var half = twice.CompareTo(denominator); // <0 below half, 0 at half, >0 above
            var awayFromZero = mode switch
            {
                MidpointRounding.ToZero => false,
                MidpointRounding.ToNegativeInfinity => sign < 0,
                MidpointRounding.ToPositiveInfinity => sign > 0,
                MidpointRounding.AwayFromZero => half >= 0,
                _ => half > 0 || (half == 0 && !quotient.IsEven),
            };
            if (awayFromZero)
            {
                quotient += sign;
            }
        }

        return FromScaledInteger(quotient, decimals);
    }

    /// <summary>The decimal <paramref name="value"/> as <c>mantissa / 10^scale</c>.</summary>
    public static (BigInteger Mantissa, int Scale) ToFraction(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (bits[3] < 0 ? -mantissa : mantissa, (bits[3] >> 16) & 0xFF);
    }

    private static decimal FromScaledInteger(BigInteger value, int scale)
    {
        var magnitude = BigInteger.Abs(value);
        if (magnitude > (BigInteger)MaxMantissa)
        {
            throw new OverflowException("The converted amount is outside the decimal range.");
        }

        var m = (UInt128)magnitude;
        return new decimal((int)(uint)m, (int)(uint)(m >> 32), (int)(uint)(m >> 64), value.Sign < 0, (byte)scale);
    }
}
