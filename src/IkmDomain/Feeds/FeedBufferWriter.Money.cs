using System;
using IkmDomain.Common;

namespace IkmDomain.Feeds;

/// <content>Prices: amount and ISO 4217 code.</content>
public sealed partial class FeedBufferWriter
{
    /// <summary>
    /// Writes a price as Google Merchant Center takes it: the amount with at least the currency's minor
    /// digits, a space, the ISO 4217 code (<c>150000.00 IDR</c>, answer/6324371). Invariant. The amount
    /// is <see cref="Money"/>'s own invariant digits (the one formatting path of <see cref="Money.ToString()"/>),
    /// written straight into the buffer.
    /// </summary>
    /// <param name="value">The amount.</param>
    public void WriteMoney(Money value)
    {
        // A sign, 29 digits, a point and 28 decimals (with a currency's minor padding) fit in 64 bytes.
        Ensure(64);
        if (!value.TryFormatAmountAscii(_buffer.AsSpan(_written), out var bytes))
        {
            throw new InvalidOperationException("A Money amount did not fit 64 bytes: " + value.ToString());
        }

        _written += bytes;
        WriteCodeSuffix(value.Currency);
    }

    // A space and the three-letter ISO 4217 code, which is ASCII.
    private void WriteCodeSuffix(Currency currency)
    {
        Ensure(4);
        var code = currency.CodeSpan;
        var buffer = _buffer;
        var at = _written;
        buffer[at] = (byte)' ';
        buffer[at + 1] = (byte)code[0];
        buffer[at + 2] = (byte)code[1];
        buffer[at + 3] = (byte)code[2];
        _written = at + 4;
    }
}
