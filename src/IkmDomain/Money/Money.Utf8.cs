using System;
using System.Globalization;

namespace IkmDomain;

/// <content>The amount as ASCII digits: the one formatting path of the invariant form and of feed prices.</content>
public readonly partial struct Money
{
    /// <summary>
    /// Writes the amount alone, invariant: an optional <c>-</c> (never for zero), the whole digits,
    /// and a point followed by at least the currency's minor digits and every digit the amount has
    /// beyond them (<c>1300000.00</c>, <c>1300</c> for JPY, <c>0.125</c> for IDR). Mantissas below
    /// 2^64 are written digit by digit from the stored words; larger ones through decimal formatting.
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
        var count = 1;
        for (var rest = mantissa; rest >= 10; rest /= 10)
        {
            count++;
        }

        var integerDigits = count - scale;
        var fractionDigits = scale + padding;
        var length = (negative ? 1 : 0) + (integerDigits > 0 ? integerDigits : 1) + (fractionDigits > 0 ? 1 + fractionDigits : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        // From the end: the padding zeros, the scale's digits (leading zeros included), the point,
        // then the whole digits ("0" when there are none).
        var at = length;
        for (var i = 0; i < padding; i++)
        {
            destination[--at] = (byte)'0';
        }

        for (var i = 0; i < scale; i++)
        {
            var next = mantissa / 10;
            destination[--at] = (byte)('0' + (int)(mantissa - (next * 10)));
            mantissa = next;
        }

        if (fractionDigits > 0)
        {
            destination[--at] = (byte)'.';
        }

        do
        {
            var next = mantissa / 10;
            destination[--at] = (byte)('0' + (int)(mantissa - (next * 10)));
            mantissa = next;
        }
        while (mantissa != 0);

        if (negative)
        {
            destination[0] = (byte)'-';
        }

        written = length;
        return true;
    }
}
