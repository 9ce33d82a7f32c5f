using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace IkmDomain.Feeds;

/// <content>Delimited cells (TSV, CSV): quoting and escaping.</content>
public sealed partial class FeedBufferWriter
{
    private static readonly SearchValues<byte> TsvSpecialBytes = SearchValues.Create("\t\r\n\""u8);

    // Meta's CSV rule: "a field containing whitespace or a comma is wrapped in double quotes"; RFC 4180 adds quote, CR and LF.
    private static readonly SearchValues<byte> CsvSpecialBytes = SearchValues.Create(",\" \t\r\n"u8);

    // The same characters in UTF-16: a cell's text is scanned before its copy, so a quoted cell is
    // written once, quotes included, instead of written and then moved to make room for its quote.
    // Every one is ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII: scanning the chars
    // finds exactly what scanning the written bytes would.
    private static readonly SearchValues<char> CsvSpecialChars = SearchValues.Create(",\" \t\r\n");

    /// <summary>Writes text as one CSV cell: quoted, with quotes doubled, when it holds a comma, quote, space, tab, CR or LF (RFC 4180; Meta's catalog rule).</summary>
    /// <param name="value">The text; <see langword="null"/> writes an empty cell.</param>
    public void WriteCsvText(string? value) => WriteCsvText(value.AsSpan());

    /// <summary>Writes text as one CSV cell: quoted, with quotes doubled, when it holds a comma, quote, space, tab, CR or LF (RFC 4180; Meta's catalog rule).</summary>
    /// <param name="value">The text.</param>
    public void WriteCsvText(ReadOnlySpan<char> value)
    {
        var special = value.IndexOfAny(CsvSpecialChars);
        if (special < 0)
        {
            WriteText(value);
            return;
        }

        WriteQuotedCsvText(value, special);
    }

    // The cell quoted, its quotes doubled: one copy of the text, split only at each quote.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteQuotedCsvText(ReadOnlySpan<char> value, int special)
    {
        WriteByte((byte)'"');
        var quote = value[special..].IndexOf('"');
        while (quote >= 0)
        {
            var end = special + quote + 1;
            WriteText(value[..end]);
            WriteByte((byte)'"');
            value = value[end..];
            special = 0;
            quote = value.IndexOf('"');
        }

        WriteText(value);
        WriteByte((byte)'"');
    }

    /// <summary>
    /// Finishes a CSV cell whose bytes were written unescaped from <paramref name="start"/>: when they
    /// hold a comma, quote, space, tab, CR or LF, the cell is rewritten quoted with inner quotes doubled.
    /// </summary>
    /// <param name="start">The buffered length before the cell was written.</param>
    public void EndCsvCell(int start)
    {
        var length = _written - start;
        if (length != 0 && _buffer.AsSpan(start, length).IndexOfAny(CsvSpecialBytes) >= 0)
        {
            QuoteCell(start);
        }
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
            QuoteCell(start);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void QuoteCell(int start)
    {
        var length = _written - start;
        if (_buffer.AsSpan(start, length).IndexOf((byte)'"') < 0)
        {
            // No quote to double (Meta quotes every cell with a space: most quoted cells): the cell
            // moves one byte right and gets its two quotes. The move goes through the free room after
            // the cell (two copies that do not overlap): an overlapping copy leaves managed code for
            // the runtime's native memmove, which cost more than the rest of a Meta row together.
            Ensure(length + 2);
            var buffer = _buffer;
            var room = buffer.AsSpan(start + length + 2, length);
            buffer.AsSpan(start, length).CopyTo(room);
            room.CopyTo(buffer.AsSpan(start + 1, length));
            buffer[start] = (byte)'"';
            buffer[start + 1 + length] = (byte)'"';
            _written = start + length + 2;
            return;
        }

        var cell = _buffer.AsSpan(start, length);
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
}
