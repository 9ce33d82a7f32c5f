using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace IkmDomain.Feeds;

/// <summary>
/// Copies ASCII text from UTF-16 to bytes one vector at a time while looking for the characters a
/// format escapes: the fast path of <see cref="FeedBufferWriter"/>'s text writes.
/// </summary>
internal static class AsciiNarrowing
{
    /// <summary>What a format escapes, and so what <see cref="NarrowAscii"/> looks for beside C0 controls.</summary>
    internal enum Specials
    {
        /// <summary>TSV: <c>"</c>.</summary>
        Tsv,

        /// <summary>XML: <c>&amp; &lt; &gt;</c>.</summary>
        Xml,

        /// <summary>CSV (RFC 4180 and Meta's rule): space, comma and <c>"</c>.</summary>
        Csv,

        /// <summary>
        /// A link's text: every character that may not stand as typed in a canonical URL path (outside
        /// <c>!</c>..<c>~</c>, or one of <c>" # % &lt; &gt; [ \ ] ^ ` { | }</c>: <c>HttpUrl.IsPathChar</c>, looked
        /// up by table a vector at a time).
        /// </summary>
        Url,
    }

    /// <summary>
    /// Copies ASCII text to bytes, one vector of chars at a time, and says whether it may hold a
    /// character the format escapes. Most feed text is ASCII and plain, so this one pass replaces a
    /// transcode and a scan.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">At least as many bytes as <paramref name="source"/> has chars.</param>
    /// <param name="specials">What the format escapes (a constant where this is inlined).</param>
    /// <returns>
    /// -1 when the text is not all ASCII (the destination then holds nothing usable); 0 when copied and
    /// plain; 1 when copied and holding a C0 control character or the format's special characters
    /// (<see cref="Specials.Url"/>: a character a canonical URL path does not hold as typed).
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int NarrowAscii(ReadOnlySpan<char> source, Span<byte> destination, Specials specials)
    {
        if (specials == Specials.Url)
        {
            return NarrowUrl(source, destination);
        }

        var length = source.Length;
        if (destination.Length < length)
        {
            return -1;
        }

        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref var dst = ref MemoryMarshal.GetReference(destination);
        // Whole vectors, then one last vector that overlaps the one before it: no scalar tail.
        if (Vector256.IsHardwareAccelerated && length >= Vector256<ushort>.Count)
        {
            var found = Vector256<ushort>.Zero;
            var last = (nuint)(length - Vector256<ushort>.Count);
            for (nuint i = 0; i < last; i += (nuint)Vector256<ushort>.Count)
            {
                if (!Narrow256(ref src, ref dst, i, specials, ref found))
                {
                    return -1;
                }
            }

            if (!Narrow256(ref src, ref dst, last, specials, ref found))
            {
                return -1;
            }

            return found == Vector256<ushort>.Zero ? 0 : 1;
        }

        if (Vector128.IsHardwareAccelerated && length >= Vector128<ushort>.Count)
        {
            var found = Vector128<ushort>.Zero;
            var last = (nuint)(length - Vector128<ushort>.Count);
            for (nuint i = 0; i < last; i += (nuint)Vector128<ushort>.Count)
            {
                if (!Narrow128(ref src, ref dst, i, specials, ref found))
                {
                    return -1;
                }
            }

            if (!Narrow128(ref src, ref dst, last, specials, ref found))
            {
                return -1;
            }

            return found == Vector128<ushort>.Zero ? 0 : 1;
        }

        var result = 0;
        for (var i = 0; i < length; i++)
        {
            var c = Unsafe.Add(ref src, i);
            if (c >= 0x80)
            {
                return -1;
            }

            if (c < 0x20 || c == '"' && specials != Specials.Xml || (specials == Specials.Xml && (c is '&' or '<' or '>')) || (specials == Specials.Csv && (c is ' ' or ',')))
            {
                result = 1;
            }

            Unsafe.Add(ref dst, i) = (byte)c;
        }

        return result;
    }

    // 16 chars to 16 bytes; false at a non-ASCII char. found collects C0 controls and the format's specials (CSV: space too).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Narrow256(ref ushort src, ref byte dst, nuint at, Specials specials, ref Vector256<ushort> found)
    {
        var chars = Vector256.LoadUnsafe(ref src, at);
        if ((chars & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
        {
            return false;
        }

        if (specials == Specials.Xml)
        {
            found |= Vector256.LessThan(chars, Vector256.Create((ushort)0x20)) | Vector256.Equals(chars, Vector256.Create((ushort)'&'))
                | Vector256.Equals(chars, Vector256.Create((ushort)'<')) | Vector256.Equals(chars, Vector256.Create((ushort)'>'));
        }
        else if (specials == Specials.Csv)
        {
            // Space and every C0 control in one compare; then comma and quote.
            found |= Vector256.LessThan(chars, Vector256.Create((ushort)0x21)) | Vector256.Equals(chars, Vector256.Create((ushort)','))
                | Vector256.Equals(chars, Vector256.Create((ushort)'"'));
        }
        else
        {
            found |= Vector256.LessThan(chars, Vector256.Create((ushort)0x20)) | Vector256.Equals(chars, Vector256.Create((ushort)'"'));
        }

        Vector256.Narrow(chars, chars).GetLower().StoreUnsafe(ref dst, at);
        return true;
    }

    // 8 chars to 8 bytes; as Narrow256.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Narrow128(ref ushort src, ref byte dst, nuint at, Specials specials, ref Vector128<ushort> found)
    {
        var chars = Vector128.LoadUnsafe(ref src, at);
        if ((chars & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        if (specials == Specials.Xml)
        {
            found |= Vector128.LessThan(chars, Vector128.Create((ushort)0x20)) | Vector128.Equals(chars, Vector128.Create((ushort)'&'))
                | Vector128.Equals(chars, Vector128.Create((ushort)'<')) | Vector128.Equals(chars, Vector128.Create((ushort)'>'));
        }
        else if (specials == Specials.Csv)
        {
            // Space and every C0 control in one compare; then comma and quote.
            found |= Vector128.LessThan(chars, Vector128.Create((ushort)0x21)) | Vector128.Equals(chars, Vector128.Create((ushort)','))
                | Vector128.Equals(chars, Vector128.Create((ushort)'"'));
        }
        else
        {
            found |= Vector128.LessThan(chars, Vector128.Create((ushort)0x20)) | Vector128.Equals(chars, Vector128.Create((ushort)'"'));
        }

        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, at), Vector128.Narrow(chars, chars).AsUInt64().ToScalar());
        return true;
    }

    // Specials.Url by table: bit h of UrlLowNibbles[l] is set when the ASCII character 16h + l may not
    // stand as typed in a canonical URL (HttpUrl.IsPathChar, the one place the rule lives), and
    // HighNibbleBits[h] is bit h; so a byte is refused exactly when the two lookups share a bit. Two
    // table lookups and an AND per 16 bytes, where comparing with each refused character took nine compares.
    private static readonly Vector128<byte> UrlLowNibbles = BuildUrlLowNibbles();
    private static readonly Vector128<byte> HighNibbleBits = Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);

    private static Vector128<byte> BuildUrlLowNibbles()
    {
        Span<byte> table = stackalloc byte[16];
        for (var c = 0; c < 128; c++)
        {
            if (!IkmDomain.Common.HttpUrl.IsPathChar((byte)c))
            {
                table[c & 0xF] |= (byte)(1 << (c >> 4));
            }
        }

        return Vector128.Create((ReadOnlySpan<byte>)table);
    }

    // NarrowAscii for Specials.Url: 16 chars (two vectors) to 16 bytes at a time, each vector's bytes then
    // looked up in the tables above; 8 to 15 chars as two overlapping halves; fewer one by one.
    private static int NarrowUrl(ReadOnlySpan<char> source, Span<byte> destination)
    {
        var length = source.Length;
        if (destination.Length < length)
        {
            return -1;
        }

        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref var dst = ref MemoryMarshal.GetReference(destination);
        if (Vector128.IsHardwareAccelerated && length >= Vector128<byte>.Count)
        {
            var found = Vector128<byte>.Zero;
            var last = (nuint)(length - Vector128<byte>.Count);
            for (nuint i = 0; i < last; i += (nuint)Vector128<byte>.Count)
            {
                if (!NarrowUrl16(ref src, ref dst, i, ref found))
                {
                    return -1;
                }
            }

            if (!NarrowUrl16(ref src, ref dst, last, ref found))
            {
                return -1;
            }

            return found == Vector128<byte>.Zero ? 0 : 1;
        }

        if (Vector128.IsHardwareAccelerated && length >= Vector128<ushort>.Count)
        {
            var found = Vector128<byte>.Zero;
            if (!NarrowUrl8(ref src, ref dst, 0, ref found) || !NarrowUrl8(ref src, ref dst, (nuint)(length - Vector128<ushort>.Count), ref found))
            {
                return -1;
            }

            return found == Vector128<byte>.Zero ? 0 : 1;
        }

        var result = 0;
        for (var i = 0; i < length; i++)
        {
            var c = Unsafe.Add(ref src, i);
            if (c >= 0x80)
            {
                return -1;
            }

            if (!IkmDomain.Common.HttpUrl.IsPathChar((byte)c))
            {
                result = 1;
            }

            Unsafe.Add(ref dst, i) = (byte)c;
        }

        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NarrowUrl16(ref ushort src, ref byte dst, nuint at, ref Vector128<byte> found)
    {
        var lower = Vector128.LoadUnsafe(ref src, at);
        var upper = Vector128.LoadUnsafe(ref src, at + (nuint)Vector128<ushort>.Count);
        if (((lower | upper) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        var bytes = Vector128.Narrow(lower, upper);
        bytes.StoreUnsafe(ref dst, at);
        found |= RefusedInUrl(bytes);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool NarrowUrl8(ref ushort src, ref byte dst, nuint at, ref Vector128<byte> found)
    {
        var chars = Vector128.LoadUnsafe(ref src, at);
        if ((chars & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        var bytes = Vector128.Narrow(chars, chars);
        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, at), bytes.AsUInt64().ToScalar());
        found |= RefusedInUrl(bytes);
        return true;
    }

    // Non-zero lanes: ASCII bytes a canonical URL does not hold as typed (the tables above).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> RefusedInUrl(Vector128<byte> ascii)
    {
        var low = ascii & Vector128.Create((byte)0x0F);
        var high = Vector128.ShiftRightLogical(ascii.AsUInt16(), 4).AsByte() & Vector128.Create((byte)0x0F);
        return Lookup(UrlLowNibbles, low) & Lookup(HighNibbleBits, high);
    }

    // table[index] for indices below 16: one instruction where the processor has it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> index)
    {
        if (System.Runtime.Intrinsics.X86.Ssse3.IsSupported)
        {
            return System.Runtime.Intrinsics.X86.Ssse3.Shuffle(table, index);
        }

        if (System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.IsSupported)
        {
            return System.Runtime.Intrinsics.Arm.AdvSimd.Arm64.VectorTableLookup(table, index);
        }

        return Vector128.Shuffle(table, index);
    }
}
