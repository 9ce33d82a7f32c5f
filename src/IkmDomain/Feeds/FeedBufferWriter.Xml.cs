using System;
using System.Buffers;
using System.Text;

namespace IkmDomain.Feeds;

/// <content>XML character data: escaping and forbidden characters.</content>
public sealed partial class FeedBufferWriter
{
    private static readonly SearchValues<char> XmlSpecialChars = SearchValues.Create(
        "&<>\r\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\uFFFE\uFFFF");

    // Bytes that make formatted output need the careful XML path: the specials, C0 controls, and
    // 0xEF (the lead byte of U+FFFE/U+FFFF).
    private static readonly SearchValues<byte> XmlSpecialBytes = SearchValues.Create(BuildXmlSpecialBytes());

    /// <summary>Writes text as XML character data: escaped, CR kept as a reference, forbidden characters removed.</summary>
    /// <param name="value">The text; <see langword="null"/> writes nothing.</param>
    public void WriteXmlText(string? value) => WriteXmlText(value.AsSpan());

    /// <summary>Writes text as XML character data: escaped, CR kept as a reference, forbidden characters removed.</summary>
    /// <param name="value">The text.</param>
    public void WriteXmlText(ReadOnlySpan<char> value)
    {
        // Plain ASCII, the usual case, in one pass; anything else takes the careful path below.
        Ensure(value.Length * 3);
        if (AsciiNarrowing.NarrowAscii(value, _buffer.AsSpan(_written), AsciiNarrowing.Specials.Xml) == 0)
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
}
