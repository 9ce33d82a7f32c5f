using System;
using System.Runtime.InteropServices;
using IkmDomain.Common;

namespace IkmDomain.Feeds;

/// <content>Prices: amount and ISO 4217 code.</content>
public sealed partial class FeedBufferWriter
{
    private static readonly string[] FixedFormats =
    {
        "F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "F13", "F14",
        "F15", "F16", "F17", "F18", "F19", "F20", "F21", "F22", "F23", "F24", "F25", "F26", "F27", "F28",
    };

    /// <summary>
    /// Writes a price as Google Merchant Center takes it: the amount with at least the currency's minor
    /// digits, a space, the ISO 4217 code (<c>150000.00 IDR</c>, answer/6324371). Invariant; whole
    /// amounts take an integer path that skips decimal formatting.
    /// </summary>
    /// <param name="value">The amount.</param>
    public void WriteMoney(Money value)
    {
        var amount = value.Amount;
        var minor = value.Currency.MinorUnits;

        // Integer path: amounts with no more decimals than the currency's minor unit and |amount| below
        // 9e9, scaled to minor units from the decimal's own 96-bit mantissa (no decimal arithmetic), are
        // written digit by digit (decimal formatting costs several times more).
        var parts = default(DecimalParts);
        Span<int> bits = MemoryMarshal.CreateSpan(ref parts.Lo, 4);
        decimal.GetBits(amount, bits);
        var scale = amount.Scale;
        if (bits[2] == 0 && scale <= minor && minor < 10
            && ((ulong)(uint)bits[1] << 32 | (uint)bits[0]) is var mantissa
            && mantissa < 9_000_000_000UL * Digits.Pow10(scale))
        {
            // Below 9e9 * 10^minor <= 9e18: fits a long, as the decimal path it replaces did.
            var units = mantissa * Digits.Pow10(minor - scale);

            // Sign, up to 19 digits, the point, a space, the three-letter code (ASCII): reserved once.
            Ensure(26);
            var buffer = _buffer;
            var at = _written;
            if (bits[3] < 0 && units != 0)
            {
                buffer[at++] = (byte)'-';
            }

            var whole = units / Digits.Pow10(minor);
            var fraction = units - (whole * Digits.Pow10(minor));
            at = WriteDigits(buffer, at, whole);
            if (minor > 0)
            {
                buffer[at] = (byte)'.';
                var small = (uint)fraction;
                for (var i = minor; i > 0; i--)
                {
                    var next = small / 10;
                    buffer[at + i] = (byte)('0' + (small - (next * 10)));
                    small = next;
                }

                at += minor + 1;
            }

            _written = at;
            WriteCodeSuffix(value.Currency);
            return;
        }

        // At least the minor digits, and every digit the amount has beyond them.
        var digitsAfter = Math.Max(scale, minor);
        WriteFormatted(amount, digitsAfter < FixedFormats.Length ? FixedFormats[digitsAfter] : "F28");
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

    // Writes the digits of value at buffer[at..] (room checked by the caller); returns the end.
    // 32-bit division where the value allows it: most prices and weights.
    private static int WriteDigits(byte[] buffer, int at, ulong value)
    {
        if (value <= uint.MaxValue)
        {
            var small = (uint)value;
            var digits = 1;
            for (var rest = small; rest >= 10; rest /= 10)
            {
                digits++;
            }

            var end = at + digits;
            for (var i = end - 1; i >= at; i--)
            {
                var next = small / 10;
                buffer[i] = (byte)('0' + (small - (next * 10)));
                small = next;
            }

            return end;
        }

        var count = 1;
        for (var rest = value; rest >= 10; rest /= 10)
        {
            count++;
        }

        var last = at + count;
        for (var i = last - 1; i >= at; i--)
        {
            var next = value / 10;
            buffer[i] = (byte)('0' + (int)(value - (next * 10)));
            value = next;
        }

        return last;
    }

    // decimal.GetBits' four ints, without a stackalloc (which keeps a method out of tiered PGO).
    // Written through the span decimal.GetBits fills.
#pragma warning disable CS0649
    private struct DecimalParts
    {
        public int Lo;
        public int Mid;
        public int Hi;
        public int Flags;
    }
#pragma warning restore CS0649
}
