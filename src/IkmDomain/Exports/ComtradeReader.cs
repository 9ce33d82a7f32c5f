using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace IkmDomain.Exports;

/// <summary>
/// Reads UN Comtrade v1 data (CSV or JSON, as the Comtrade API and its bulk files give it) into
/// <see cref="ExportRecord"/>s, streaming: rows are read, checked and handed over one at a time.
/// </summary>
/// <remarks>
/// <para>Fields used (others are ignored): <c>period</c> (<c>2023</c> or <c>202301</c>),
/// <c>reporterCode</c> and <c>partnerCode</c> (UN Comtrade numbers, 0 = World, 842 = United States),
/// <c>flowCode</c> (only <c>X</c>, exports, becomes a record; rows of other flows such as <c>M</c> are
/// skipped), <c>cmdCode</c> (an HS code or <c>TOTAL</c>), <c>primaryValue</c> (US$),
/// <c>netWgt</c> (kg), <c>qty</c> (−1 = none) and <c>qtyUnitAbbr</c> (<c>N/A</c> = none).</para>
/// <para>A bad row never becomes a record: it throws a <see cref="ComtradeFormatException"/> naming
/// its row number, field and value, or, with <see cref="ComtradeReadOptions.OnError"/>, is reported
/// and skipped. Partner areas that are not countries (490 "Other Asia, nes", 899 "Areas, nes") are bad
/// rows. A broken document (unclosed CSV quote, malformed JSON, missing CSV column) always throws.</para>
/// <para>CSV: RFC 4180, comma-separated, first line a header naming the fields (any order, any case),
/// UTF-8. JSON: either an array of row objects or the API's object whose <c>data</c> property is that
/// array. Numbers are read with the invariant culture. No reflection is used (AOT and trim safe).</para>
/// </remarks>
public static class ComtradeReader
{
    private const int InitialBufferSize = 64 * 1024;

    // The known field names in UTF-8, so matching a property name does not transcode.
    private static readonly byte[][] KnownUtf8 = Array.ConvertAll(ComtradeRow.Known, Encoding.UTF8.GetBytes);

    /// <summary>Reads UN Comtrade CSV from a stream (UTF-8; the stream is left open).</summary>
    /// <param name="stream">The CSV.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The export records, in file order.</returns>
    /// <exception cref="ComtradeFormatException">A bad row (unless <see cref="ComtradeReadOptions.OnError"/> is set), a missing column or broken CSV.</exception>
    public static async IAsyncEnumerable<ExportRecord> ReadCsvAsync(
        Stream stream,
        ComtradeReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new ComtradeReadOptions();
        // CSV through Sep (RFC 4180 quoting, BOM and CRLF handled); one string per field of a row.
        using var reader = await CsvSep.OpenAsync(stream, ',', cancellationToken).ConfigureAwait(false);
        if (reader.Header.IsEmpty)
        {
            throw new ComtradeFormatException(0, null, null, "the file is empty: expected a header line naming the UN Comtrade fields.");
        }

        var names = reader.Header.ColNames;
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            header.TryAdd(names[i].Trim(), i);
        }

        foreach (var required in ComtradeRow.Required)
        {
            if (!header.ContainsKey(required))
            {
                throw new ComtradeFormatException(0, required, null, $"the header has no '{required}' column; it needs {string.Join(", ", ComtradeRow.Required)}.");
            }
        }

        var columnCount = names.Count;
        var row = 0;
        var fields = new List<string>();
        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var line = CsvSep.ReadFields(reader.Current, fields);
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // a blank line
            }

            row++;
            ExportRecord? record;
            ComtradeFormatException? error;
            if (fields.Count != columnCount)
            {
                record = null;
                error = new ComtradeFormatException(row, null, null, $"the row (line {line}) has {IkmDomain.Common.EnglishCount.Of(fields.Count, "field", "fields")} but the header has {columnCount}.");
            }
            else
            {
                var current = fields;
                ComtradeRow.TryConvert(
                    name => header.TryGetValue(name, out var index) ? current[index] : null,
                    row,
                    options.Source,
                    out record,
                    out error);
            }

            if (error is not null)
            {
                Report(options, error);
                continue;
            }

            if (record is not null)
            {
                yield return record;
            }
        }
    }

    /// <summary>Reads UN Comtrade JSON from a stream: an array of rows, or an object whose <c>data</c> is that array (the stream is left open).</summary>
    /// <param name="stream">The JSON (UTF-8).</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The export records, in document order.</returns>
    /// <exception cref="ComtradeFormatException">A bad row (unless <see cref="ComtradeReadOptions.OnError"/> is set) or malformed JSON.</exception>
    public static async IAsyncEnumerable<ExportRecord> ReadJsonAsync(
        Stream stream,
        ComtradeReadOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new ComtradeReadOptions();
        var buffer = new byte[InitialBufferSize];
        var length = 0;
        var final = false;
        var state = new JsonReaderState();
        var scan = new JsonScan();
        var rows = new List<string?[]?>();
        while (scan.Phase != JsonPhase.Done)
        {
            if (!final)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                length += read;
                final = read == 0;
            }

            rows.Clear();
            int consumed;
            try
            {
                consumed = Scan(buffer.AsSpan(0, length), final, ref state, ref scan, rows);
            }
            catch (JsonException ex)
            {
                throw new ComtradeFormatException(scan.Row + 1, null, null, "malformed JSON: " + ex.Message, ex);
            }

            foreach (var fields in rows)
            {
                scan.Emitted++;
                var row = scan.Emitted;
                ExportRecord? record = null;
                ComtradeFormatException? error;
                if (fields is null)
                {
                    error = new ComtradeFormatException(row, null, null, "expected a JSON object for the row.");
                }
                else
                {
                    ComtradeRow.TryConvert(name => fields[Array.IndexOf(ComtradeRow.Known, name)], row, options.Source, out record, out error);
                }

                if (error is not null)
                {
                    Report(options, error);
                    continue;
                }

                if (record is not null)
                {
                    yield return record;
                }
            }

            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (final && scan.Phase != JsonPhase.Done)
            {
                throw new ComtradeFormatException(scan.Row + 1, null, null, "the JSON ends before its array of rows is closed.");
            }
        }
    }

    private static void Report(ComtradeReadOptions options, ComtradeFormatException error)
    {
        if (options.OnError is null)
        {
            throw error;
        }

        options.OnError(error);
    }

    // Reads as many whole units (tokens before the array, whole row objects) as the buffer holds and
    // returns the bytes consumed; an incomplete unit is left for the next call, with more data.
    private static int Scan(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, ref JsonScan scan, List<string?[]?> rows)
    {
        var reader = new Utf8JsonReader(data, final, state);
        var committed = 0;
        var committedState = state;
        while (scan.Phase != JsonPhase.Done)
        {
            if (!reader.Read())
            {
                break;
            }

            switch (scan.Phase)
            {
                case JsonPhase.Start:
                    scan.Phase = reader.TokenType switch
                    {
                        JsonTokenType.StartArray => JsonPhase.InArray,
                        JsonTokenType.StartObject => JsonPhase.SeekData,
                        _ => throw new ComtradeFormatException(0, null, null, "expected a JSON array of rows or an object with a 'data' array."),
                    };
                    break;

                case JsonPhase.SeekData:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        throw new ComtradeFormatException(0, "data", null, "the JSON object has no 'data' array of rows.");
                    }

                    var isData = reader.ValueTextEquals("data"u8);
                    if (!reader.Read())
                    {
                        state = committedState;
                        return committed;
                    }

                    if (isData)
                    {
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            throw new ComtradeFormatException(0, "data", null, "'data' must be an array of rows.");
                        }

                        scan.Phase = JsonPhase.InArray;
                    }
                    else if (!reader.TrySkip())
                    {
                        state = committedState;
                        return committed;
                    }

                    break;

                case JsonPhase.InArray:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        scan.Phase = JsonPhase.Done;
                        break;
                    }

                    var start = (int)reader.TokenStartIndex;
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        if (!reader.TrySkip())
                        {
                            state = committedState;
                            return committed;
                        }

                        rows.Add(ReadRow(data[start..(int)reader.BytesConsumed]));
                    }
                    else
                    {
                        if (!reader.TrySkip())
                        {
                            state = committedState;
                            return committed;
                        }

                        rows.Add(null);
                    }

                    scan.Row++;
                    break;
            }

            committed = (int)reader.BytesConsumed;
            committedState = reader.CurrentState;
        }

        state = committedState;
        return committed;
    }

    // The known fields of one row object, by their index in ComtradeRow.Known (null when absent or null).
    private static string?[] ReadRow(ReadOnlySpan<byte> json)
    {
        var fields = new string?[ComtradeRow.Known.Length];
        var reader = new Utf8JsonReader(json);
        reader.Read(); // StartObject
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = -1;
            for (var i = 0; i < ComtradeRow.Known.Length; i++)
            {
                if (reader.ValueTextEquals(KnownUtf8[i]))
                {
                    index = i;
                    break;
                }
            }

            reader.Read();
            if (index < 0)
            {
                reader.Skip();
                continue;
            }

            fields[index] = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                JsonTokenType.True => "true",
                JsonTokenType.False => "false",
                JsonTokenType.Null => null,
                _ => "(nested JSON)",
            };
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return fields;
    }

    private enum JsonPhase
    {
        Start,
        SeekData,
        InArray,
        Done,
    }

    private struct JsonScan
    {
        public JsonPhase Phase;
        public int Row;
        public int Emitted;
    }
}
