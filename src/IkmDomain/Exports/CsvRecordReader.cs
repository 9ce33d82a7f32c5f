using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Exports;

/// <summary>
/// A small streaming RFC 4180 CSV reader: comma-separated fields, optional double-quoted fields in
/// which <c>""</c> is a quote and commas and line breaks are literal, records ending in CRLF or LF.
/// A UTF-8 byte order mark is skipped. It keeps no reflection and allocates one string per field.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private int _pos;
    private int _len;
    private bool _eof;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The 1-based line on which the last record read started.</summary>
    public int RecordStartLine { get; private set; }

    /// <summary>The current 1-based line.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    /// <exception cref="FormatException">A quoted field is not closed, or text follows a closing quote.</exception>
    public async ValueTask<bool> ReadRecordAsync(List<string> fields, CancellationToken cancellationToken)
    {
        fields.Clear();
        _field.Clear();
        RecordStartLine = Line;
        if (!await EnsureAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var quoted = false;
        var afterQuote = false;
        var fieldStarted = false;
        while (true)
        {
            if (_pos >= _len && !await EnsureAsync(cancellationToken).ConfigureAwait(false))
            {
                if (quoted)
                {
                    throw new FormatException($"A quoted field opened on line {RecordStartLine} is never closed (RFC 4180 section 2.5).");
                }

                fields.Add(_field.ToString());
                return true;
            }

            var c = _buffer[_pos++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (_pos >= _len && !await EnsureAsync(cancellationToken).ConfigureAwait(false))
                    {
                        quoted = false;
                        afterQuote = true;
                        continue;
                    }

                    if (_buffer[_pos] == '"')
                    {
                        _field.Append('"');
                        _pos++;
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        Line++;
                    }

                    _field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    afterQuote = false;
                    fieldStarted = false;
                    break;
                case '\r':
                    if (_pos >= _len)
                    {
                        await EnsureAsync(cancellationToken).ConfigureAwait(false);
                    }

                    if (_pos < _len && _buffer[_pos] == '\n')
                    {
                        _pos++;
                    }

                    Line++;
                    fields.Add(_field.ToString());
                    return true;
                case '\n':
                    Line++;
                    fields.Add(_field.ToString());
                    return true;
                case '"' when !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    break;
                default:
                    if (afterQuote)
                    {
                        throw new FormatException($"Line {Line}: text after the closing quote of a field (RFC 4180 section 2.7: a quote inside a quoted field is written \"\").");
                    }

                    if (c == '"')
                    {
                        throw new FormatException($"Line {Line}: a quote inside an unquoted field (RFC 4180 section 2.5: quote the whole field and double the quote).");
                    }

                    fieldStarted = true;
                    _field.Append(c);
                    break;
            }
        }
    }

    private async ValueTask<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        if (_pos < _len)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        _len = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        _pos = 0;
        if (_len == 0)
        {
            _eof = true;
            return false;
        }

        return true;
    }
}
