using System;
using System.Buffers.Binary;
using System.Numerics;

namespace IkmDomain.Common;

/// <summary>
/// The digit checks and powers of ten every area uses: allocation-free helpers for fixed-length digit
/// identifiers and codes (ASCII <c>0</c>-<c>9</c> only; other Unicode digits are not digits here).
/// </summary>
internal static class Digits
{
    /// <summary>Reads <paramref name="text"/> as ASCII digits only; false on anything else or on overflow.</summary>
    public static bool TryReadAll(ReadOnlySpan<char> text, out ulong value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 19)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (ulong)(c - '0');
        }

        return true;
    }

    // A SearchValues rather than the generic ContainsAnyExceptInRange<char>, whose first calls box
    // (about 100 bytes each) until the JIT optimises the instantiation.
    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>Whether every character is an ASCII digit (true for empty text: callers check the length).</summary>
    public static bool AreAll(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(AsciiDigits);

    /// <summary>Reads 1 to 9 ASCII digits as an <see cref="int"/>; false (and 0) on anything else.</summary>
    public static bool TryReadInt32(ReadOnlySpan<char> text, out int value)
    {
        if (text.Length <= 9 && TryReadAll(text, out var read))
        {
            value = (int)read;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Reads exactly <paramref name="length"/> (1 to 9) ASCII digits as an <see cref="int"/>; false (and 0) on anything else.</summary>
    public static bool TryReadInt32(ReadOnlySpan<char> text, int length, out int value)
    {
        if (text.Length == length)
        {
            return TryReadInt32(text, out value);
        }

        value = 0;
        return false;
    }

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="length"/> digits, left-padded with zeros.</summary>
    public static void Write(ulong value, Span<char> destination, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="length"/> UTF-8 digits, two at a time from the end.</summary>
    public static void WriteUtf8(ulong value, Span<byte> destination, int length)
    {
        var pairs = DigitPairs;
        var i = length;
        while (i >= 2)
        {
            var next = value / 100;
            var pair = (int)(value - (next * 100)) * 2;
            destination[i - 2] = pairs[pair];
            destination[i - 1] = pairs[pair + 1];
            value = next;
            i -= 2;
        }

        if (i == 1)
        {
            destination[0] = (byte)('0' + (int)(value % 10));
        }
    }

    /// <summary>How many decimal digits <paramref name="value"/> has (1 for zero): log10 from the bit length (1233/4096 ≈ log10 2), then one compare.</summary>
    public static int Count(ulong value)
    {
        var estimate = ((64 - System.Numerics.BitOperations.LeadingZeroCount(value | 1)) * 1233) >> 12;
        return estimate + (value >= Powers[estimate] ? 1 : 0) + (value == 0 ? 1 : 0);
    }

    private static ReadOnlySpan<byte> DigitPairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Shortens long input when quoting it in an exception message.</summary>
    public static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");

    private static readonly ulong[] Powers =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
        10_000_000_000_000_000_000,
    ];

    /// <summary>10 to the power <paramref name="exponent"/> (0..19).</summary>
    public static ulong Pow10(int exponent) => Powers[exponent];

    /// <summary>10^n as a <see cref="decimal"/> with scale 0, for n in 0..28.</summary>
    public static decimal DecimalPow10(int n) => new(s_decimalPowers[n].Lo, s_decimalPowers[n].Mid, s_decimalPowers[n].Hi, false, 0);

    /// <summary>10^-n with scale n (0.01 for 2), for n in 0..28.</summary>
    public static decimal DecimalPow10Negative(int n) => new(1, 0, 0, false, (byte)n);

    /// <summary>1 with n trailing zero decimals (1.00 for 2), for n in 0..28: multiplying by it raises the scale exactly.</summary>
    public static decimal OneWithScale(int n) => new(s_decimalPowers[n].Lo, s_decimalPowers[n].Mid, s_decimalPowers[n].Hi, false, (byte)n);

    private static readonly (int Lo, int Mid, int Hi)[] s_decimalPowers = BuildDecimalPowers();

    // The 96-bit integers 10^0..10^28, the range a decimal's mantissa holds.
    private static (int Lo, int Mid, int Hi)[] BuildDecimalPowers()
    {
        var powers = new (int, int, int)[29];
        var value = BigInteger.One;
        for (var i = 0; i < powers.Length; i++)
        {
            var bytes = new byte[16];
            value.TryWriteBytes(bytes, out _, isUnsigned: true);
            powers[i] = (BinaryPrimitives.ReadInt32LittleEndian(bytes), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)), BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8)));
            value *= 10;
        }

        return powers;
    }
}
