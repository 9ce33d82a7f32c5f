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

    /// <summary>Writes text as one CSV cell: quoted, with quotes doubled, when it holds a comma, quote, space, tab, CR or LF (RFC 4180; Meta's catalog rule).</summary>
    /// <param name="value">The text; <see langword="null"/> writes an empty cell.</param>
    public void WriteCsvText(string? value) => WriteCsvText(value.AsSpan());

    /// <summary>Writes text as one CSV cell: quoted, with quotes doubled, when it holds a comma, quote, space, tab, CR or LF (RFC 4180; Meta's catalog rule).</summary>
    /// <param name="value">The text.</param>
    public void WriteCsvText(ReadOnlySpan<char> value)
    {
        var start = _written;
        WriteText(value);
        EndCsvCell(start);
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
            // moves one byte right inside the buffer and gets its two quotes, with no copy elsewhere.
            Ensure(2);
            var buffer = _buffer;
            buffer.AsSpan(start, length).CopyTo(buffer.AsSpan(start + 1));
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
