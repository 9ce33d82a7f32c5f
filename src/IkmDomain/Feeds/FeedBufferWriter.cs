using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Unicode;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Feeds;

/// <summary>
/// A growable UTF-8 buffer on pooled arrays, with the escaping primitives generated feed writers use:
/// TSV cells (quoted with <c>"</c> doubled when they hold a tab, CR, LF or quote) and XML text
/// (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped, CR kept as <c>&amp;#xD;</c>, characters XML 1.0
/// forbids removed, W3C XML 1.0 §2.2). Scans use vectorised <see cref="SearchValues{T}"/>.
/// </summary>
/// <remarks>
/// Not thread-safe. Dispose it to return its array to the pool; do not use it afterwards.
/// Invalid UTF-16 (a lone surrogate) is written as U+FFFD, since it cannot be encoded in UTF-8.
/// </remarks>
public sealed class FeedBufferWriter : IBufferWriter<byte>, IDisposable
{
    /// <summary>Generated writers hand the bytes on once this many are buffered, between items.</summary>
    public const int FlushThreshold = 64 * 1024;

    private static readonly SearchValues<byte> TsvSpecialBytes = SearchValues.Create("\t\r\n\""u8);
    private static readonly SearchValues<char> XmlSpecialChars = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    // Bytes that make formatted output need the careful XML path: the specials, C0 controls, and
    // 0xEF (the lead byte of U+FFFE/U+FFFF).
    private static readonly SearchValues<byte> XmlSpecialBytes = SearchValues.Create(BuildXmlSpecialBytes());

    private static readonly string[] FixedFormats =
    {
        "F0", "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12", "F13", "F14",
        "F15", "F16", "F17", "F18", "F19", "F20", "F21", "F22", "F23", "F24", "F25", "F26", "F27", "F28",
    };

    private byte[] _buffer;
    private int _written;
    private long _flushed;

    /// <summary>Creates a writer with a pooled buffer of at least <paramref name="initialCapacity"/> bytes.</summary>
    /// <param name="initialCapacity">The first buffer size; it grows as needed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCapacity"/> is not positive.</exception>
    public FeedBufferWriter(int initialCapacity = 2 * FlushThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>The bytes buffered and not yet flushed.</summary>
    public int WrittenCount => _written;

    /// <summary>All bytes written so far, flushed or not.</summary>
    public long TotalBytesWritten => _flushed + _written;

    /// <summary>The buffered bytes.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>The buffered bytes.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <inheritdoc />
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - _written))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Cannot advance past the end of the buffer.");
        }

        _written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_written);
    }

    /// <summary>Drops the buffered bytes after <paramref name="length"/>: how a writer takes back a half-written item.</summary>
    /// <param name="length">The buffered length to keep, at most <see cref="WrittenCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or past the buffered bytes.</exception>
    public void Truncate(int length)
    {
        if ((uint)length > (uint)_written)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "Cannot truncate past the buffered bytes.");
        }

        _written = length;
    }

    /// <summary>Writes bytes as they are (pre-encoded headers, tags and separators).</summary>
    /// <param name="bytes">The UTF-8 bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        var buffer = _buffer;
        var at = _written;
        if ((uint)bytes.Length <= (uint)(buffer.Length - at))
        {
            // Pre-encoded literals are short and constant: the copy is unrolled where this is inlined.
            bytes.CopyTo(new Span<byte>(buffer, at, bytes.Length));
            _written = at + bytes.Length;
            return;
        }

        WriteRawSlow(bytes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteRawSlow(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_written));
        _written += bytes.Length;
    }

    /// <summary>Writes one byte.</summary>
    /// <param name="value">The byte.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte value)
    {
        // Each field read once, one bounds check: generated writers call this between every two cells.
        var buffer = _buffer;
        var at = _written;
        if ((uint)at < (uint)buffer.Length)
        {
            buffer[at] = value;
            _written = at + 1;
            return;
        }

        WriteByteSlow(value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteByteSlow(byte value)
    {
        Ensure(1);
        _buffer[_written++] = value;
    }

    /// <summary>Writes text as UTF-8 with no escaping (lone surrogates become U+FFFD).</summary>
    /// <param name="value">The text.</param>
    public void WriteUtf8(ReadOnlySpan<char> value) => WriteText(value);

    // Writes the text as UTF-8 and says what NarrowAscii says of it: 0 plain ASCII, 1 ASCII that may
    // need escaping for TSV, -1 not all ASCII (transcoded; the caller scans it if it must).
    private int WriteText(ReadOnlySpan<char> value)
    {
        // At most three UTF-8 bytes per UTF-16 code unit.
        Ensure(value.Length * 3);
        var plain = NarrowAscii(value, _buffer.AsSpan(_written), xml: false);
        if (plain >= 0)
        {
            _written += value.Length;
            return plain;
        }

        Utf8.FromUtf16(value, _buffer.AsSpan(_written), out _, out var bytes, replaceInvalidSequences: true);
        _written += bytes;
        return plain;
    }

    /// <summary>
    /// Copies ASCII text to bytes, one vector of chars at a time, and says whether it may hold a
    /// character the format escapes. Most feed text is ASCII and plain, so this one pass replaces a
    /// transcode and a scan.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">At least as many bytes as <paramref name="source"/> has chars.</param>
    /// <param name="xml">Look for what XML escapes (<c>&amp; &lt; &gt;</c>) instead of what TSV quotes (<c>"</c>).</param>
    /// <returns>
    /// -1 when the text is not all ASCII (the destination then holds nothing usable); 0 when copied and
    /// plain; 1 when copied and holding a C0 control character or the format's special characters.
    /// </returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NarrowAscii(ReadOnlySpan<char> source, Span<byte> destination, bool xml)
    {
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
                if (!Narrow256(ref src, ref dst, i, xml, ref found))
                {
                    return -1;
                }
            }

            if (!Narrow256(ref src, ref dst, last, xml, ref found))
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
                if (!Narrow128(ref src, ref dst, i, xml, ref found))
                {
                    return -1;
                }
            }

            if (!Narrow128(ref src, ref dst, last, xml, ref found))
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

            if (c < 0x20 || c == (xml ? '&' : '"') || (xml && (c == '<' || c == '>')))
            {
                result = 1;
            }

            Unsafe.Add(ref dst, i) = (byte)c;
        }

        return result;
    }

    // 16 chars to 16 bytes; false at a non-ASCII char. found collects C0 controls and the format's specials.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Narrow256(ref ushort src, ref byte dst, nuint at, bool xml, ref Vector256<ushort> found)
    {
        var chars = Vector256.LoadUnsafe(ref src, at);
        if ((chars & Vector256.Create((ushort)0xFF80)) != Vector256<ushort>.Zero)
        {
            return false;
        }

        found |= Vector256.LessThan(chars, Vector256.Create((ushort)0x20)) | Vector256.Equals(chars, Vector256.Create((ushort)(xml ? '&' : '"')));
        if (xml)
        {
            found |= Vector256.Equals(chars, Vector256.Create((ushort)'<')) | Vector256.Equals(chars, Vector256.Create((ushort)'>'));
        }

        Vector256.Narrow(chars, chars).GetLower().StoreUnsafe(ref dst, at);
        return true;
    }

    // 8 chars to 8 bytes; as Narrow256.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Narrow128(ref ushort src, ref byte dst, nuint at, bool xml, ref Vector128<ushort> found)
    {
        var chars = Vector128.LoadUnsafe(ref src, at);
        if ((chars & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
        {
            return false;
        }

        found |= Vector128.LessThan(chars, Vector128.Create((ushort)0x20)) | Vector128.Equals(chars, Vector128.Create((ushort)(xml ? '&' : '"')));
        if (xml)
        {
            found |= Vector128.Equals(chars, Vector128.Create((ushort)'<')) | Vector128.Equals(chars, Vector128.Create((ushort)'>'));
        }

        Unsafe.WriteUnaligned(ref Unsafe.Add(ref dst, at), Vector128.Narrow(chars, chars).AsUInt64().ToScalar());
        return true;
    }

    /// <summary>Formats a value with the invariant culture straight into the buffer, with no escaping and no boxing.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, or empty for the type's default.</param>
    /// <exception cref="InvalidOperationException">The value's <c>TryFormat</c> returns false even with 1 MiB of room.</exception>
    public void WriteFormatted<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var size = 64;
        while (true)
        {
            Ensure(size);
            if (value.TryFormat(_buffer.AsSpan(_written), out var bytes, format, CultureInfo.InvariantCulture))
            {
                _written += bytes;
                return;
            }

            size = Math.Max(size, _buffer.Length - _written) * 2;
            if (size > 1 << 20)
            {
                throw new InvalidOperationException("A feed value of type " + typeof(T).Name + " could not be formatted: its TryFormat returned false even with 1 MiB of room (a format it does not take, or text too long for a feed).");
            }
        }
    }

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

    /// <summary>Writes a URL's text (absolute URLs in their escaped RFC 3986 form), with no further escaping.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="escapeCommas">Write commas as <c>%2C</c>, as Google asks for URLs in a comma-separated TSV list.</param>
    public void WriteUri(Uri value, bool escapeCommas)
    {
        ArgumentNullException.ThrowIfNull(value);
        ReadOnlySpan<char> text = value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString;
        if (!escapeCommas)
        {
            WriteUtf8(text);
            return;
        }

        WriteCommaEscaped(text);
    }

    private void WriteCommaEscaped(ReadOnlySpan<char> text)
    {
        int comma;
        while ((comma = text.IndexOf(',')) >= 0)
        {
            WriteUtf8(text[..comma]);
            WriteRaw("%2C"u8);
            text = text[(comma + 1)..];
        }

        WriteUtf8(text);
    }

    /// <summary>Writes text as one TSV cell: quoted, with quotes doubled, when it holds a tab, CR, LF or <c>"</c>.</summary>
    /// <param name="value">The text; <see langword="null"/> writes an empty cell.</param>
    public void WriteTsvText(string? value) => WriteTsvText(value.AsSpan());

    /// <summary>Writes text as one TSV cell: quoted, with quotes doubled, when it holds a tab, CR, LF or <c>"</c>.</summary>
    /// <param name="value">The text.</param>
    public void WriteTsvText(ReadOnlySpan<char> value)
    {
        var start = _written;
        if (WriteText(value) != 0)
        {
            EndTsvCell(start);
        }
    }

    /// <summary>
    /// Finishes a TSV cell whose bytes were written unescaped from <paramref name="start"/>: when they
    /// hold a tab, CR, LF or <c>"</c>, the cell is rewritten quoted with inner quotes doubled.
    /// </summary>
    /// <param name="start">The buffered length before the cell was written.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EndTsvCell(int start)
    {
        // Most cells are short and plain: one scan, no call out of the generated writer.
        var length = _written - start;
        if (length != 0 && _buffer.AsSpan(start, length).IndexOfAny(TsvSpecialBytes) >= 0)
        {
            QuoteTsvCell(start);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void QuoteTsvCell(int start)
    {
        var cell = _buffer.AsSpan(start, _written - start);
        var copy = ArrayPool<byte>.Shared.Rent(cell.Length);
        try
        {
            var rest = copy.AsSpan(0, cell.Length);
            cell.CopyTo(rest);
            _written = start;
            WriteByte((byte)'"');
            int quote;
            while ((quote = rest.IndexOf((byte)'"')) >= 0)
            {
                WriteRaw(rest[..(quote + 1)]);
                WriteByte((byte)'"');
                rest = rest[(quote + 1)..];
            }

            WriteRaw(rest);
            WriteByte((byte)'"');
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(copy);
        }
    }

    /// <summary>Writes text as XML character data: escaped, CR kept as a reference, forbidden characters removed.</summary>
    /// <param name="value">The text; <see langword="null"/> writes nothing.</param>
    public void WriteXmlText(string? value) => WriteXmlText(value.AsSpan());

    /// <summary>Writes text as XML character data: escaped, CR kept as a reference, forbidden characters removed.</summary>
    /// <param name="value">The text.</param>
    public void WriteXmlText(ReadOnlySpan<char> value)
    {
        // Plain ASCII, the usual case, in one pass; anything else takes the careful path below.
        Ensure(value.Length * 3);
        if (NarrowAscii(value, _buffer.AsSpan(_written), xml: true) == 0)
        {
            _written += value.Length;
            return;
        }

        int special;
        while ((special = value.IndexOfAny(XmlSpecialChars)) >= 0)
        {
            WriteUtf8(value[..special]);
            switch (value[special])
            {
                case '&':
                    WriteRaw("&amp;"u8);
                    break;
                case '<':
                    WriteRaw("&lt;"u8);
                    break;
                case '>':
                    WriteRaw("&gt;"u8);
                    break;
                case '\r':
                    // A literal CR would be normalised away by every XML reader.
                    WriteRaw("&#xD;"u8);
                    break;
                default:
                    // A character XML 1.0 forbids (C0 control, U+FFFE, U+FFFF): removed.
                    break;
            }

            value = value[(special + 1)..];
        }

        WriteUtf8(value);
    }

    /// <summary>
    /// Writes an absolute http or https URL in its escaped RFC 3986 form, after checking it: the
    /// check and the write read the URL's text once. Writes nothing when the URL breaks the rule.
    /// </summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <param name="escapeCommas">Write commas as <c>%2C</c>, as Google asks for URLs in a comma-separated TSV list.</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is relative, not http(s), or longer than <paramref name="maxLength"/>.</returns>
    public bool TryWriteHttpUrl(Uri value, int maxLength, bool escapeCommas)
    {
        if (HttpUrlText(value, maxLength) is not { } text)
        {
            return false;
        }

        if (escapeCommas)
        {
            WriteCommaEscaped(text);
        }
        else
        {
            WriteUtf8(text);
        }

        return true;
    }

    /// <summary>As <see cref="TryWriteHttpUrl"/>, written as XML character data.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is relative, not http(s), or longer than <paramref name="maxLength"/>.</returns>
    public bool TryWriteXmlHttpUrl(Uri value, int maxLength)
    {
        if (HttpUrlText(value, maxLength) is not { } text)
        {
            return false;
        }

        WriteXmlText(text);
        return true;
    }

    /// <summary>Writes a checked feed URL's text when it is not empty and at most <paramref name="maxLength"/> long.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <param name="escapeCommas">Write commas as <c>%2C</c>, as Google asks for URLs in a comma-separated TSV list.</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is empty or too long.</returns>
    public bool TryWriteFeedUrl(FeedUrl value, int maxLength, bool escapeCommas)
    {
        var text = value.TextOrNull;
        if (text is null || text.Length > maxLength)
        {
            return false;
        }

        if (escapeCommas && value.HasComma)
        {
            WriteCommaEscaped(text);
        }
        else
        {
            WriteUtf8(text);
        }

        return true;
    }

    /// <summary>As <see cref="TryWriteFeedUrl"/>, written as XML character data.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is empty or too long.</returns>
    public bool TryWriteXmlFeedUrl(FeedUrl value, int maxLength)
    {
        var text = value.TextOrNull;
        if (text is null || text.Length > maxLength)
        {
            return false;
        }

        WriteXmlText(text);
        return true;
    }

    // The text of an absolute http(s) URL of at most maxLength characters, else null (FeedRules.IsHttpUrl's rule).
    private static string? HttpUrlText(Uri value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!HttpUrl.IsAbsoluteHttp(value))
        {
            return null;
        }

        var text = value.AbsoluteUri;
        return text.Length <= maxLength ? text : null;
    }

    /// <summary>Writes a URL as XML character data (absolute URLs in their escaped RFC 3986 form).</summary>
    /// <param name="value">The URL.</param>
    public void WriteXmlUri(Uri value)
    {
        ArgumentNullException.ThrowIfNull(value);
        WriteXmlText(value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString);
    }

    /// <summary>
    /// Finishes XML character data whose bytes were written unescaped from <paramref name="start"/>
    /// (a formatted value): escapes and removes what <see cref="WriteXmlText(ReadOnlySpan{char})"/> would.
    /// </summary>
    /// <param name="start">The buffered length before the value was written.</param>
    public void EndXmlText(int start)
    {
        var bytes = _buffer.AsSpan(start, _written - start);
        if (bytes.IndexOfAny(XmlSpecialBytes) < 0)
        {
            return;
        }

        // Rare (numbers and dates never get here): decode and write through the text path.
        var text = Encoding.UTF8.GetString(bytes);
        _written = start;
        WriteXmlText(text);
    }

    /// <summary>Writes a formatted value as one TSV cell.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, or empty for the type's default.</param>
    public void WriteTsvValue<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var start = _written;
        WriteFormatted(value, format);
        EndTsvCell(start);
    }

    /// <summary>Writes a formatted value as XML character data.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, or empty for the type's default.</param>
    public void WriteXmlValue<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var start = _written;
        WriteFormatted(value, format);
        EndXmlText(start);
    }

    /// <summary>Copies the buffered bytes to <paramref name="destination"/> and empties the buffer.</summary>
    /// <param name="destination">The stream.</param>
    public void FlushTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(_buffer, 0, _written);
        _flushed += _written;
        _written = 0;
    }

    /// <summary>Copies the buffered bytes to <paramref name="destination"/> and empties the buffer.</summary>
    /// <param name="destination">The buffer writer.</param>
    public void FlushTo(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(WrittenSpan);
        _flushed += _written;
        _written = 0;
    }

    /// <summary>Copies the buffered bytes to <paramref name="destination"/> and empties the buffer.</summary>
    /// <param name="destination">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public async ValueTask FlushToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(_buffer.AsMemory(0, _written), cancellationToken).ConfigureAwait(false);
        _flushed += _written;
        _written = 0;
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] BuildXmlSpecialBytes()
    {
        var bytes = new byte[36];
        var n = 0;
        for (var b = 0; b < 0x20; b++)
        {
            if (b is not ('\t' or '\n'))
            {
                bytes[n++] = (byte)b;
            }
        }

        bytes[n++] = (byte)'&';
        bytes[n++] = (byte)'<';
        bytes[n++] = (byte)'>';
        bytes[n++] = 0xEF;
        return bytes.AsSpan(0, n).ToArray();
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int size)
    {
        if (_buffer.Length - _written >= size)
        {
            return;
        }

        Grow(size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int size)
    {
        var needed = (long)_written + size;
        var newSize = Math.Max((long)_buffer.Length * 2, needed);
        if (newSize > Array.MaxLength)
        {
            newSize = Math.Max(needed, Array.MaxLength);
        }

        var next = ArrayPool<byte>.Shared.Rent(checked((int)newSize));
        _buffer.AsSpan(0, _written).CopyTo(next);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = next;
    }
}
