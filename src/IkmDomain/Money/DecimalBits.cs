using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IkmDomain;

/// <summary>
/// The four words of a <see cref="decimal"/> in its in-memory order (flags, hi, lo), so
/// <see cref="Money"/> can keep them and its currency in 16 bytes.
/// </summary>
/// <remarks>
/// The fast path reinterprets memory and relies on decimal's field order (<c>_flags, _hi32, _lo64</c>,
/// unchanged since .NET Core 3.0). A check at start-up compares it with <see cref="decimal.GetBits(decimal, Span{int})"/>
/// and falls back to the public API if a runtime ever lays decimal out differently.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct DecimalBits
{
    private static readonly bool s_layoutMatches = CheckLayout();

    internal readonly int Flags;
    internal readonly uint Hi;
    internal readonly ulong Lo;

    internal DecimalBits(int flags, uint hi, ulong lo)
    {
        Flags = flags;
        Hi = hi;
        Lo = lo;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static DecimalBits From(decimal value)
    {
        if (s_layoutMatches)
        {
            return Unsafe.As<decimal, DecimalBits>(ref value);
        }

        Span<int> words = stackalloc int[4];
        decimal.GetBits(value, words);
        return new DecimalBits(words[3], (uint)words[2], ((ulong)(uint)words[1] << 32) | (uint)words[0]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal ToDecimal(int flags, uint hi, ulong lo)
    {
        if (s_layoutMatches)
        {
            var bits = new DecimalBits(flags, hi, lo);
            return Unsafe.As<DecimalBits, decimal>(ref bits);
        }

        return new decimal((int)lo, (int)(lo >> 32), (int)hi, flags < 0, (byte)(flags >> 16));
    }

    private static bool CheckLayout()
    {
        if (Unsafe.SizeOf<decimal>() != Unsafe.SizeOf<DecimalBits>())
        {
            return false;
        }

        var sample = new decimal(0x0A0B0C0D, 0x01020304, 0x05060708, true, 7);
        var bits = Unsafe.As<decimal, DecimalBits>(ref sample);
        Span<int> words = stackalloc int[4];
        decimal.GetBits(sample, words);
        return bits.Flags == words[3] && bits.Hi == (uint)words[2] &&
               bits.Lo == (((ulong)(uint)words[1] << 32) | (uint)words[0]);
    }
}
