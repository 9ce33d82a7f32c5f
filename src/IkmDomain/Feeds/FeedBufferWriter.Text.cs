using System;
using System.Globalization;
using System.Text.Unicode;

namespace IkmDomain.Feeds;

/// <content>UTF-8 text and invariant formatted values.</content>
public sealed partial class FeedBufferWriter
{
    /// <summary>Writes text as UTF-8 with no escaping (lone surrogates become U+FFFD).</summary>
    /// <param name="value">The text.</param>
    public void WriteUtf8(ReadOnlySpan<char> value) => WriteText(value);

    // Writes the text as UTF-8 and says what NarrowAscii says of it: 0 plain ASCII, 1 ASCII that may
    // need escaping for TSV, -1 not all ASCII (transcoded; the caller scans it if it must).
    private int WriteText(ReadOnlySpan<char> value)
    {
        // At most three UTF-8 bytes per UTF-16 code unit.
        Ensure(value.Length * 3);
        var plain = AsciiNarrowing.NarrowAscii(value, _buffer.AsSpan(_written), AsciiNarrowing.Specials.Tsv);
        if (plain >= 0)
        {
            _written += value.Length;
            return plain;
        }

        Utf8.FromUtf16(value, _buffer.AsSpan(_written), out _, out var bytes, replaceInvalidSequences: true);
        _written += bytes;
        return plain;
    }

    /// <summary>Formats a value with the invariant culture straight into the buffer, with no escaping and no boxing.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, or empty for the type's default.</param>
    /// <exception cref="InvalidOperationException">The value's <c>TryFormat</c> returns false even with 1 MiB of room.</exception>
    public void WriteFormatted<T>(T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        // A double or float of -0.0 is written as 0 (invariant formatting would give "-0": "-0 kg").
        if (typeof(T) == typeof(double))
        {
            value = (T)(object)((double)(object)value! + 0d);
        }
        else if (typeof(T) == typeof(float))
        {
            value = (T)(object)((float)(object)value! + 0f);
        }

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
}
