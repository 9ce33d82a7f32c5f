using System;

namespace IkmDomain.Crafts;

/// <summary>Invariant, allocation-free formatting and parsing of small non-negative fixed-point numbers.</summary>
internal static class FixedPoint
{
    /// <summary>Writes <paramref name="value"/> / 10^<paramref name="scale"/> with trailing zeros trimmed ("1.25", "3").</summary>
    public static bool TryFormat(long value, int scale, Span<char> destination, out int written)
    {
        written = 0;
        var divisor = 1L;
        for (var i = 0; i < scale; i++)
        {
            divisor *= 10;
        }

        var whole = value / divisor;
        var fraction = value % divisor;
        if (!whole.TryFormat(destination, out written, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (fraction == 0)
        {
            return true;
        }

        var digits = scale;
        while (fraction % 10 == 0)
        {
            fraction /= 10;
            digits--;
        }

        if (destination.Length < written + 1 + digits)
        {
            written = 0;
            return false;
        }

        destination[written] = '.';
        for (var i = digits; i >= 1; i--)
        {
            destination[written + i] = (char)('0' + (int)(fraction % 10));
            fraction /= 10;
        }

        written += 1 + digits;
        return true;
    }

    /// <summary>
    /// Parses ASCII digits with an optional '.' and at most <paramref name="scale"/> decimals into
    /// value * 10^scale, not above <paramref name="max"/>. Never throws.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> s, int scale, long max, out long result)
    {
        result = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        long value = 0;
        var decimals = -1;
        var digits = 0;
        foreach (var c in s)
        {
            if (c == '.')
            {
                if (decimals >= 0)
                {
                    return false;
                }

                decimals = 0;
                continue;
            }

            if (c is < '0' or > '9')
            {
                return false;
            }

            if (decimals >= 0 && ++decimals > scale)
            {
                // Extra decimals are allowed only when they are zeros ("1.2500").
                if (c != '0')
                {
                    return false;
                }

                continue;
            }

            value = (value * 10) + (c - '0');
            digits++;
            if (value > max)
            {
                return false;
            }
        }

        if (digits == 0 || s[^1] == '.' || s[0] == '.')
        {
            return false;
        }

        for (var i = Math.Max(decimals, 0); i < scale; i++)
        {
            value *= 10;
            if (value > max)
            {
                return false;
            }
        }

        result = value;
        return true;
    }
}
