using System;
using System.Globalization;
using IkmDomain.Common;

namespace IkmDomain;

/// <content>The amount as ASCII digits: the one formatting path of the invariant form and of feed prices.</content>
public readonly partial struct Money
{
    /// <summary>
    /// Writes the amount alone, invariant: an optional <c>-</c> (never for zero), the whole digits,
    /// and a point followed by at least the currency's minor digits and every digit the amount has
    /// beyond them (<c>1300000.00</c>, <c>1300</c> for JPY, <c>0.125</c> for IDR). Mantissas below
    /// 2^64 are written two digits at a time from the stored words; larger ones through decimal formatting.
    /// </summary>
    /// <param name="destination">The bytes; 64 always suffice.</param>
    /// <param name="written">Bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too small.</returns>
    internal bool TryFormatAmountAscii(Span<byte> destination, out int written)
    {
        if (_hi != 0)
        {
            return CanonicalAmount().TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        }

        var mantissa = _lo;
        var scale = (_flags >> 16) & 0xFF;
        var minor = Currency.MinorUnits;
        var padding = minor > scale ? minor - scale : 0;
        var negative = _flags < 0 && mantissa != 0;
        var count = Digits.Count(mantissa);
        var integerDigits = count - scale;
        var fractionDigits = scale + padding;
        var sign = negative ? 1 : 0;
        var length = sign + (integerDigits > 0 ? integerDigits : 1) + (fractionDigits > 0 ? 1 + fractionDigits : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        // The mantissa's digits, two at a time from the end: where they stand when there are whole
        // digits (the point is placed after), else after "0." and the leading zeros.
        var digitsStart = integerDigits > 0 ? sign : sign + 2 - integerDigits;
        var end = digitsStart + count;
        Digits.WriteUtf8(mantissa, destination.Slice(digitsStart, count), count);
        if (integerDigits > 0)
        {
            if (scale > 0)
            {
                // The last scale digits move one place on, and the point goes before them.
                for (var i = end; i > end - scale; i--)
                {
                    destination[i] = destination[i - 1];
                }

                destination[end - scale] = (byte)'.';
                end++;
            }
            else if (padding > 0)
            {
                destination[end++] = (byte)'.';
            }
        }
        else
        {
            destination[sign] = (byte)'0';
            destination[sign + 1] = (byte)'.';
            for (var i = sign + 2; i < digitsStart; i++)
            {
                destination[i] = (byte)'0';
            }
        }

        for (var i = 0; i < padding; i++)
        {
            destination[end++] = (byte)'0';
        }

        if (negative)
        {
            destination[0] = (byte)'-';
        }

        written = end;
        return true;
    }
}
