using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

using IkmDomain.Validation;

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
        // ASCII text (nearly all feed text) is copied once, one byte to the right of the cell's start,
        // where a quoted cell needs it, while the same pass looks for what CSV quotes: a cell with a
        // space then only gets its two quotes, and a plain one moves back one byte, a vector at a time.
        var length = value.Length;
        Ensure(length * 3 + 2 + ShiftSlack);
        var at = _written;
        var found = AsciiNarrowing.NarrowAscii(value, _buffer.AsSpan(at + 1), AsciiNarrowing.Specials.Csv);
        if (found >= 0 && TryPlaceAsciiCsvCell(at, length, found))
        {
            return;
        }

        // Quotes to double, or text that is not all ASCII.
        var special = value.IndexOfAny(CsvSpecialChars);
        if (special < 0)
        {
            WriteText(value);
            return;
        }

        WriteQuotedCsvText(value, special);
    }

    /// <summary>
    /// Checks and writes one text cell of a machine-read CSV feed (Meta) in one pass over the text:
    /// the same rules, problems and order as <see cref="FeedRules.HasText"/> (when
    /// <paramref name="required"/>), then <see cref="FeedRules.CheckText(string, string?, int, string)"/>,
    /// then <see cref="NoteFormulaCell"/> and <see cref="WriteCsvText(string?)"/>. ASCII text (nearly all
    /// feed text) is copied once while it is checked: it holds no surrogate, and its characters are its
    /// length. Other text takes the rules one by one.
    /// </summary>
    /// <param name="value">The text; <see langword="null"/> or empty writes an empty cell.</param>
    /// <param name="attribute">The attribute as the marketplace spells it, for the problem and the formula note.</param>
    /// <param name="maxCharacters">The length limit in characters (Unicode scalar values), or -1 for none.</param>
    /// <param name="lengthCode">The code of the length rule (<see langword="null"/>: IKM493).</param>
    /// <param name="required">Whether null, empty or white-space text is a problem (IKM491).</param>
    /// <returns><see cref="FeedItemProblem.None"/> when written; else the problem (the caller takes back the item).</returns>
    public FeedItemProblem WriteCheckedCsvText(string? value, string attribute, int maxCharacters, string? lengthCode, bool required)
    {
        if (string.IsNullOrEmpty(value))
        {
            return required ? FeedRules.Missing(attribute) : FeedItemProblem.None;
        }

        var length = value.Length;
        Ensure(length * 3 + 2 + ShiftSlack);
        var at = _written;
        var found = AsciiNarrowing.NarrowAscii(value, _buffer.AsSpan(at + 1), AsciiNarrowing.Specials.Csv);
        if (found < 0 || !PassesAsciiTextRules(value, attribute, maxCharacters, required))
        {
            return WriteCheckedTextSlow(value, attribute, maxCharacters, lengthCode, required, tsv: false);
        }

        if (!TryPlaceAsciiCsvCell(at, length, found))
        {
            WriteCsvText(value); // Quotes to double.
        }

        return FeedItemProblem.None;
    }

    // For ASCII text: whether it passes the rules of FeedRules.HasText (when required) and CheckText (it
    // holds no surrogate, and its characters are its length); if so, the formula note is taken.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool PassesAsciiTextRules(string value, string attribute, int maxCharacters, bool required)
    {
        // ASCII white space is all at or below the space: text starting above it has a character.
        var first = value[0];
        if ((required && first <= ' ' && string.IsNullOrWhiteSpace(value)) || ((uint)maxCharacters < (uint)value.Length))
        {
            return false;
        }

        if (IsFormulaStart(first))
        {
            NoteFormula(attribute, IkmErrorCodes.FeedCellStartsLikeFormula);
        }

        return true;
    }

    // ASCII text narrowed one byte right of at: closed as a quoted cell where it stands when it holds
    // what CSV quotes, else moved back over the reserved byte. False, with nothing placed, when it holds
    // a quote to double.
    private bool TryPlaceAsciiCsvCell(int at, int length, int found)
    {
        if (found != 0)
        {
            var cell = _buffer.AsSpan(at + 1, length);
            if (cell.IndexOf((byte)'"') >= 0)
            {
                return false;
            }

            if (cell.IndexOfAny(CsvSpecialBytes) >= 0)
            {
                _buffer[at] = (byte)'"';
                _buffer[at + 1 + length] = (byte)'"';
                _written = at + length + 2;
                return true;
            }

            // Only C0 controls that CSV does not quote.
        }

        ShiftLeftOne(at + 1, length);
        _written = at + length;
        return true;
    }

    /// <summary>
    /// As <see cref="WriteCheckedCsvText"/> for a TSV cell (Google): checked and written in one pass,
    /// quoted as <see cref="WriteTsvText(string?)"/> quotes.
    /// </summary>
    /// <param name="value">The text; <see langword="null"/> or empty writes an empty cell.</param>
    /// <param name="attribute">The attribute as the marketplace spells it, for the problem and the formula note.</param>
    /// <param name="maxCharacters">The length limit in characters (Unicode scalar values), or -1 for none.</param>
    /// <param name="lengthCode">The code of the length rule (<see langword="null"/>: IKM493).</param>
    /// <param name="required">Whether null, empty or white-space text is a problem (IKM491).</param>
    /// <returns><see cref="FeedItemProblem.None"/> when written; else the problem (the caller takes back the item).</returns>
    public FeedItemProblem WriteCheckedTsvText(string? value, string attribute, int maxCharacters, string? lengthCode, bool required)
    {
        if (string.IsNullOrEmpty(value))
        {
            return required ? FeedRules.Missing(attribute) : FeedItemProblem.None;
        }

        var length = value.Length;
        Ensure(length * 3);
        var at = _written;
        var found = AsciiNarrowing.NarrowAscii(value, _buffer.AsSpan(at), AsciiNarrowing.Specials.Tsv);
        if (found < 0 || !PassesAsciiTextRules(value, attribute, maxCharacters, required))
        {
            return WriteCheckedTextSlow(value, attribute, maxCharacters, lengthCode, required, tsv: true);
        }

        _written = at + length;
        if (found != 0)
        {
            EndTsvCell(at);
        }

        return FeedItemProblem.None;
    }

    // The rules one by one (text that is not all ASCII, or breaks a rule).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private FeedItemProblem WriteCheckedTextSlow(string value, string attribute, int maxCharacters, string? lengthCode, bool required, bool tsv)
    {
        if (required && !FeedRules.HasText(value))
        {
            return FeedRules.Missing(attribute);
        }

        if (FeedRules.CheckText(attribute, value, maxCharacters, lengthCode ?? IkmErrorCodes.FeedTextTooLong) is { IsProblem: true } problem)
        {
            return problem;
        }

        NoteFormulaCell(value, attribute);
        if (tsv)
        {
            WriteTsvText(value);
        }
        else
        {
            WriteCsvText(value);
        }

        return FeedItemProblem.None;
    }

    // Room past the written bytes that ShiftLeftOne may read and overwrite (one vector).
    private const int ShiftSlack = 32;

    // Moves length bytes at from one byte to the left. Vector by vector from the front: each load
    // reads bytes no earlier store has touched, and a vector may run past the cell into free room
    // (ShiftSlack). An overlapping Span copy would call the runtime's native memmove instead.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ShiftLeftOne(int from, int length)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(_buffer);
        if (Vector256.IsHardwareAccelerated)
        {
            for (var i = 0; i < length; i += Vector256<byte>.Count)
            {
                Vector256.LoadUnsafe(ref start, (nuint)(from + i)).StoreUnsafe(ref start, (nuint)(from + i - 1));
            }

            return;
        }

        for (var i = 0; i < length; i += Vector128<byte>.Count)
        {
            Vector128.LoadUnsafe(ref start, (nuint)(from + i)).StoreUnsafe(ref start, (nuint)(from + i - 1));
        }
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

    /// <summary>
    /// Starts a CSV cell whose bytes will be written unescaped: reserves one byte for an opening quote.
    /// Finish it with <see cref="EndQuotableCsvCell"/>.
    /// </summary>
    /// <returns>The cell's start, for <see cref="EndQuotableCsvCell"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int StartQuotableCsvCell()
    {
        var start = _written;
        WriteByte((byte)'"');
        return start;
    }

    /// <summary>
    /// Finishes a cell begun with <see cref="StartQuotableCsvCell"/>: when its bytes hold a comma, quote,
    /// space, tab, CR or LF it is closed as a quoted cell (inner quotes doubled), else it moves back over
    /// the reserved byte. A quoted cell is never moved; a plain one moves one byte, a vector at a time.
    /// </summary>
    /// <param name="start">What <see cref="StartQuotableCsvCell"/> returned.</param>
    public void EndQuotableCsvCell(int start)
    {
        // Room for the closing quote, or for the vectors of a move.
        Ensure(ShiftSlack);
        var length = _written - start - 1;
        var cell = _buffer.AsSpan(start + 1, length);
        if (cell.IndexOfAny(CsvSpecialBytes) < 0)
        {
            ShiftLeftOne(start + 1, length);
            _written = start + length;
            return;
        }

        if (cell.IndexOf((byte)'"') < 0)
        {
            WriteByte((byte)'"');
            return;
        }

        // Quotes to double: back to a cell written unescaped from start.
        ShiftLeftOne(start + 1, length);
        _written = start + length;
        QuoteCell(start);
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
