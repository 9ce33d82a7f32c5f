using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using IkmDomain.Validation;

namespace IkmDomain.Feeds;

/// <content>
/// Cells that start like a spreadsheet formula (OWASP "CSV Injection", ASVS 1.2.10): custom CSV
/// templates, which go to spreadsheets, prefix them with <c>'</c>; machine feeds write them unchanged
/// and only note them. Either way the cell is noted for <see cref="FeedWriteResult.FormulaCells"/>.
/// </content>
public sealed partial class FeedBufferWriter
{
    // The notes of the item being written; FeedWriter takes them after each item (or drops them with a skipped item).
    private List<(string Attribute, string Code)>? _formulaNotes;

    /// <summary>How many cells of the item being written were noted.</summary>
    internal int FormulaNoteCount => _formulaNotes?.Count ?? 0;

    /// <summary>The noted cells of the item being written.</summary>
    internal List<(string Attribute, string Code)>? FormulaNotes => _formulaNotes;

    /// <summary>
    /// Whether a cell starting with <paramref name="first"/> would be read as a formula by a spreadsheet:
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c> (OWASP "CSV Injection"), tab, CR (OWASP) or NUL (ASVS 1.2.10).
    /// </summary>
    /// <param name="first">The cell's first character.</param>
    /// <returns><see langword="true"/> for those characters.</returns>
    public static bool IsFormulaStart(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0';

    /// <summary>
    /// Machine feeds: notes <paramref name="value"/> when it starts like a formula (IKM480). The value is
    /// not changed: a marketplace reads it as data, and a prefix would change the product.
    /// </summary>
    /// <param name="value">The text about to be written.</param>
    /// <param name="attribute">The attribute as the feed spells it.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NoteFormulaCell(string? value, string attribute)
    {
        if (value is { Length: > 0 } && IsFormulaStart(value[0]))
        {
            NoteFormula(attribute, IkmErrorCodes.FeedCellStartsLikeFormula);
        }
    }

    /// <summary>
    /// Writes text as one spreadsheet-bound CSV cell: prefixed with <c>'</c> when it starts like a
    /// formula (IKM481), then quoted as <see cref="WriteCsvText(string?)"/> quotes.
    /// </summary>
    /// <param name="value">The text; <see langword="null"/> writes an empty cell.</param>
    /// <param name="column">The column header, for the report.</param>
    public void WriteSpreadsheetCsvText(string? value, string column)
    {
        var start = _written;
        WriteText(value.AsSpan());
        EndSpreadsheetCsvCell(start, column);
    }

    /// <summary>
    /// Finishes a spreadsheet-bound CSV cell written unescaped from <paramref name="start"/>: a leading
    /// <c>'</c> when it starts like a formula (IKM481), then RFC 4180 quoting as <see cref="EndCsvCell"/>.
    /// </summary>
    /// <param name="start">The buffered length before the cell was written.</param>
    /// <param name="column">The column header, for the report.</param>
    public void EndSpreadsheetCsvCell(int start, string column)
    {
        if (_written > start && IsFormulaStart((char)_buffer[start]))
        {
            Neutralise(start, column);
        }

        EndCsvCell(start);
    }

    /// <summary>
    /// As <see cref="EndSpreadsheetCsvCell"/> for a numeric member's cell: a number such as <c>-5</c>,
    /// <c>-0.25</c> or <c>-1E+20</c> is left as it is, so it stays a number in the spreadsheet; any
    /// other text starting like a formula (<c>-Infinity</c>) gets the <c>'</c>.
    /// </summary>
    /// <param name="start">The buffered length before the cell was written.</param>
    /// <param name="column">The column header, for the report.</param>
    public void EndSpreadsheetCsvNumberCell(int start, string column)
    {
        if (_written > start && IsFormulaStart((char)_buffer[start]) && !IsPlainNumber(_buffer.AsSpan(start, _written - start)))
        {
            Neutralise(start, column);
        }

        EndCsvCell(start);
    }

    /// <summary>Drops the notes of an item that was not written.</summary>
    internal void ClearFormulaNotes() => _formulaNotes?.Clear();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void NoteFormula(string attribute, string code) => (_formulaNotes ??= new()).Add((attribute, code));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Neutralise(int start, string column)
    {
        Ensure(1);
        _buffer.AsSpan(start, _written - start).CopyTo(_buffer.AsSpan(start + 1));
        _buffer[start] = (byte)'\'';
        _written++;
        NoteFormula(column, IkmErrorCodes.FeedCellNeutralised);
    }

    // -?digits[.digits][(E|e)[+|-]digits]: what invariant formatting of a number gives.
    private static bool IsPlainNumber(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (i < text.Length && text[i] == (byte)'-')
        {
            i++;
        }

        var digits = CountDigits(text, ref i);
        if (i < text.Length && text[i] == (byte)'.')
        {
            i++;
            digits += CountDigits(text, ref i);
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == (byte)'E' || text[i] == (byte)'e'))
        {
            i++;
            if (i < text.Length && (text[i] == (byte)'+' || text[i] == (byte)'-'))
            {
                i++;
            }

            if (CountDigits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static int CountDigits(ReadOnlySpan<byte> text, ref int i)
    {
        var from = i;
        while (i < text.Length && (uint)(text[i] - '0') <= 9)
        {
            i++;
        }

        return i - from;
    }
}
