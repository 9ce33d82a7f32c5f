using System;
using System.Buffers;
using System.Text;
using IkmDomain.Common;

namespace IkmDomain.Feeds;

/// <content>
/// JSON (RFC 8259): strings, the array framing of a JSON feed, prices. Strings are safe inside an
/// HTML <c>&lt;script&gt;</c> block: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and <c>'</c> are written as
/// <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>, <c>\u0027</c>, so <c>&lt;/</c> and <c>&lt;!--</c> never
/// appear literally; U+2028 and U+2029 (line ends to JavaScript) are escaped too.
/// </content>
public sealed partial class FeedBufferWriter
{
    private static readonly SearchValues<char> JsonSpecialChars = SearchValues.Create(
        "\"\\<>&'\u2028\u2029\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    // A JSON array feed has written an item: the next one is preceded by a comma.
    private bool _jsonItemWritten;

    /// <summary>Opens a JSON array feed (<c>[</c>).</summary>
    public void WriteJsonArrayStart()
    {
        _jsonItemWritten = false;
        WriteByte((byte)'[');
    }

    /// <summary>Starts an item of a JSON array feed: a line break, after a comma unless it is the first item.</summary>
    public void WriteJsonArrayItemStart() => WriteRaw(_jsonItemWritten ? ",\n"u8 : "\n"u8);

    /// <summary>Marks the item started by <see cref="WriteJsonArrayItemStart"/> as written whole (called after its last byte).</summary>
    public void EndJsonArrayItem() => _jsonItemWritten = true;

    /// <summary>Closes a JSON array feed (<c>]</c> on its own line, then a line break).</summary>
    public void WriteJsonArrayEnd() => WriteRaw("\n]\n"u8);

    /// <summary>Writes text as a JSON string, quotes included, escaped as this type's remarks say.</summary>
    /// <param name="value">The text; <see langword="null"/> writes <c>""</c>.</param>
    public void WriteJsonString(string? value) => WriteJsonString(value.AsSpan());

    /// <summary>Writes text as a JSON string, quotes included, escaped as this type's remarks say.</summary>
    /// <param name="value">The text (lone surrogates become U+FFFD).</param>
    public void WriteJsonString(ReadOnlySpan<char> value)
    {
        WriteByte((byte)'"');
        WriteJsonText(value);
        WriteByte((byte)'"');
    }

    /// <summary>Writes a formatted value (invariant) as a JSON string, quotes included.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, or empty for the type's default.</param>
    public void WriteJsonFormattedString<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        WriteByte((byte)'"');
        var start = _written;
        WriteFormatted(value, format);
        var bytes = _buffer.AsSpan(start, _written - start);
        if (bytes.IndexOfAny(JsonSpecialBytes) >= 0)
        {
            // Rare (numbers, dates and codes never get here): decode and write through the text path.
            var text = Encoding.UTF8.GetString(bytes);
            _written = start;
            WriteJsonText(text);
        }

        WriteByte((byte)'"');
    }

    /// <summary>Writes a URL as a JSON string when it is absolute http(s) and at most <paramref name="maxLength"/> long.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed.</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is relative, not http(s), or too long.</returns>
    public bool TryWriteJsonHttpUrl(Uri value, int maxLength)
    {
        if ((TryNarrowCanonical(value, maxLength, false, out var original, out _) ? original : HttpUrlText(value, maxLength)) is not { } text)
        {
            return false;
        }

        WriteJsonString(text);
        return true;
    }

    /// <summary>Writes a checked feed URL as a JSON string when it is not empty and at most <paramref name="maxLength"/> long.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed.</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is empty or too long.</returns>
    public bool TryWriteJsonFeedUrl(FeedUrl value, int maxLength)
    {
        var text = value.TextOrNull;
        if (text is null || text.Length > maxLength)
        {
            return false;
        }

        WriteJsonString(text);
        return true;
    }

    /// <summary>
    /// Writes a price's amount as a JSON string of ASCII digits with <c>.</c> as the decimal mark, no
    /// grouping and no trailing fraction zeros (<c>"150000"</c>, <c>"150000.5"</c>; schema.org/price).
    /// </summary>
    /// <param name="value">The price.</param>
    public void WriteJsonAmountString(Money value)
    {
        WriteByte((byte)'"');
        WriteFormatted(value.Amount, "0.############################");
        WriteByte((byte)'"');
    }

    /// <summary>Writes a price's ISO 4217 code as a JSON string (<c>"IDR"</c>).</summary>
    /// <param name="value">The price.</param>
    public void WriteJsonCurrencyString(Money value)
    {
        WriteByte((byte)'"');
        WriteUtf8(value.Currency.CodeSpan);
        WriteByte((byte)'"');
    }

    private static readonly SearchValues<byte> JsonSpecialBytes = SearchValues.Create(BuildJsonSpecialBytes());

    private void WriteJsonText(ReadOnlySpan<char> value)
    {
        int special;
        while ((special = value.IndexOfAny(JsonSpecialChars)) >= 0)
        {
            WriteUtf8(value[..special]);
            var c = value[special];
            switch (c)
            {
                case '"':
                    WriteRaw("\\\""u8);
                    break;
                case '\\':
                    WriteRaw("\\\\"u8);
                    break;
                case '\n':
                    WriteRaw("\\n"u8);
                    break;
                case '\r':
                    WriteRaw("\\r"u8);
                    break;
                case '\t':
                    WriteRaw("\\t"u8);
                    break;
                default:
                    // <, >, &, ', U+2028, U+2029 and the other C0 controls: \u and four hex digits.
                    Ensure(6);
                    var buffer = _buffer;
                    var at = _written;
                    buffer[at] = (byte)'\\';
                    buffer[at + 1] = (byte)'u';
                    buffer[at + 2] = HexDigits[(c >> 12) & 0xF];
                    buffer[at + 3] = HexDigits[(c >> 8) & 0xF];
                    buffer[at + 4] = HexDigits[(c >> 4) & 0xF];
                    buffer[at + 5] = HexDigits[c & 0xF];
                    _written = at + 6;
                    break;
            }

            value = value[(special + 1)..];
        }

        WriteUtf8(value);
    }

    private static byte[] BuildJsonSpecialBytes()
    {
        // The ASCII specials and C0 controls, and 0xE2 (the lead byte of U+2028 and U+2029).
        var bytes = new byte[0x20 + 7];
        for (var b = 0; b < 0x20; b++)
        {
            bytes[b] = (byte)b;
        }

        bytes[0x20] = (byte)'"';
        bytes[0x21] = (byte)'\\';
        bytes[0x22] = (byte)'<';
        bytes[0x23] = (byte)'>';
        bytes[0x24] = (byte)'&';
        bytes[0x25] = (byte)'\'';
        bytes[0x26] = 0xE2;
        return bytes;
    }
}
