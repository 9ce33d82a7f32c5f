using System;

namespace IkmDomain.Businesses;

/// <summary>Small allocation-free helpers for fixed-length digit identifiers.</summary>
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

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="length"/> digits, left-padded with zeros.</summary>
    public static void Write(ulong value, Span<char> destination, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="length"/> UTF-8 digits.</summary>
    public static void WriteUtf8(ulong value, Span<byte> destination, int length)
    {
        for (var i = length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    /// <summary>Shortens long input when quoting it in an exception message.</summary>
    public static string Quote(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");

    /// <summary>10 to the power <paramref name="exponent"/> (0..19).</summary>
    public static ulong Pow10(int exponent)
    {
        ulong result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
