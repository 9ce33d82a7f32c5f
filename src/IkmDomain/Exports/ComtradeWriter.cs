using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Classifications;

namespace IkmDomain.Exports;

/// <summary>
/// Writes export records in the UN Comtrade v1 shape that <see cref="ComtradeReader"/> reads, as CSV
/// or JSON, streaming.
/// </summary>
/// <remarks>
/// <para>Fields written, in this order: <c>freqCode</c> (A or M), <c>refYear</c>, <c>refMonth</c>
/// (52 for a whole year, as UN Comtrade does), <c>period</c>, <c>reporterCode</c>, <c>reporterISO</c>,
/// <c>reporterDesc</c>, <c>flowCode</c> (always X), <c>partnerCode</c>, <c>partnerISO</c>,
/// <c>partnerDesc</c>, <c>cmdCode</c> (<c>TOTAL</c> when there is no HS code), <c>qtyUnitAbbr</c>,
/// <c>qty</c>, <c>netWgt</c>, <c>primaryValue</c>, then the breakdown <c>motCode</c>, <c>customsCode</c>,
/// <c>mosCode</c>, <c>partner2Code</c> (empty or null when the record has none, so a breakdown row stays one
/// after a round trip). Country codes are UN Comtrade's (842 for the United
/// States). Numbers are invariant and exact; missing values are empty (CSV) or null (JSON).</para>
/// <para>The shape has no place for <see cref="ExportRecord.Source"/>, <see cref="ExportRecord.Reference"/>
/// or a material set by hand, so these are not written; reading gives the source chosen in
/// <see cref="ComtradeReadOptions.Source"/>.</para>
/// <para>CSV is RFC 4180 (CRLF line ends; fields with commas, quotes or line breaks are quoted), UTF-8
/// without a byte order mark. JSON is <c>{"data":[...],"count":n}</c>. The stream is left open.</para>
/// </remarks>
public static class ComtradeWriter
{
    private static readonly string[] Columns =
    [
        "freqCode", "refYear", "refMonth", "period", "reporterCode", "reporterISO", "reporterDesc", "flowCode",
        "partnerCode", "partnerISO", "partnerDesc", "cmdCode", "qtyUnitAbbr", "qty", "netWgt", "primaryValue",
        "motCode", "customsCode", "mosCode", "partner2Code",
    ];

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes records as UN Comtrade CSV.</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <returns>The number of records written.</returns>
    public static Task<long> WriteCsvAsync(IEnumerable<ExportRecord> records, Stream stream) => WriteCsvAsync(records, stream, CancellationToken.None);

    /// <summary>Writes records as UN Comtrade CSV.</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of records written.</returns>
    public static Task<long> WriteCsvAsync(IEnumerable<ExportRecord> records, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteCsvAsync(ToAsync(records), stream, cancellationToken);
    }

    /// <summary>Writes records as UN Comtrade CSV.</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <returns>The number of records written.</returns>
    public static Task<long> WriteCsvAsync(IAsyncEnumerable<ExportRecord> records, Stream stream) => WriteCsvAsync(records, stream, CancellationToken.None);

    /// <summary>Writes records in the UN Comtrade shape; see the class remarks.</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of records written.</returns>
    public static async Task<long> WriteCsvAsync(IAsyncEnumerable<ExportRecord> records, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);
        var writer = new StreamWriter(stream, Utf8NoBom, 16 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            writer.NewLine = "\r\n";
            await writer.WriteLineAsync(string.Join(',', Columns)).ConfigureAwait(false);
            long count = 0;
            var line = new StringBuilder(256);
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                line.Clear();
                var values = Values(record);
                for (var i = 0; i < values.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    AppendCsv(line, values[i]);
                }

                await writer.WriteLineAsync(line, cancellationToken).ConfigureAwait(false);
                count++;
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    /// <summary>Writes records as UN Comtrade JSON (<c>{"data":[...],"count":n}</c>).</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <returns>The number of records written.</returns>
    public static Task<long> WriteJsonAsync(IEnumerable<ExportRecord> records, Stream stream) => WriteJsonAsync(records, stream, CancellationToken.None);

    /// <summary>Writes records as UN Comtrade JSON (<c>{"data":[...],"count":n}</c>).</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of records written.</returns>
    public static Task<long> WriteJsonAsync(IEnumerable<ExportRecord> records, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        return WriteJsonAsync(ToAsync(records), stream, cancellationToken);
    }

    /// <summary>Writes records as UN Comtrade JSON (<c>{"data":[...],"count":n}</c>).</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <returns>The number of records written.</returns>
    public static Task<long> WriteJsonAsync(IAsyncEnumerable<ExportRecord> records, Stream stream) => WriteJsonAsync(records, stream, CancellationToken.None);

    /// <summary>Writes records in the UN Comtrade shape; see the class remarks.</summary>
    /// <param name="records">The records.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The number of records written.</returns>
    public static async Task<long> WriteJsonAsync(IAsyncEnumerable<ExportRecord> records, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(stream);
        var json = new Utf8JsonWriter(stream);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartArray("data"u8);
            long count = 0;
            await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(record, nameof(records));
                WriteJsonRow(json, record);
                count++;
                if (json.BytesPending > 16 * 1024)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteNumber("count"u8, count);
            json.WriteEndObject();
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            return count;
        }
    }

    private static void WriteJsonRow(Utf8JsonWriter json, ExportRecord r)
    {
        json.WriteStartObject();
        json.WriteString("freqCode"u8, r.Period.IsAnnual ? "A" : "M");
        json.WriteNumber("refYear"u8, r.Period.Year);
        json.WriteNumber("refMonth"u8, r.Period.Month ?? 52);
        json.WriteString("period"u8, r.Period.ToComtradeString());
        json.WriteNumber("reporterCode"u8, r.Reporter.ComtradeCode);
        json.WriteString("reporterISO"u8, r.Reporter.Alpha3);
        json.WriteString("reporterDesc"u8, r.Reporter.EnglishName);
        json.WriteString("flowCode"u8, "X");
        json.WriteNumber("partnerCode"u8, r.Partner.ComtradeCode);
        json.WriteString("partnerISO"u8, r.Partner.Alpha3);
        json.WriteString("partnerDesc"u8, r.Partner.EnglishName);
        json.WriteString("cmdCode"u8, r.HsCode?.ToCompactString() ?? "TOTAL");
        if (r.QuantityUnit is null)
        {
            json.WriteNull("qtyUnitAbbr"u8);
        }
        else
        {
            json.WriteString("qtyUnitAbbr"u8, r.QuantityUnit);
        }

        WriteNumberOrNull(json, "qty"u8, r.Quantity);
        WriteNumberOrNull(json, "netWgt"u8, r.NetWeightKg);
        json.WriteNumber("primaryValue"u8, r.Value.Amount);
        WriteNumberOrNull(json, "motCode"u8, r.TransportModeCode);
        if (r.CustomsProcedureCode is null)
        {
            json.WriteNull("customsCode"u8);
        }
        else
        {
            json.WriteString("customsCode"u8, r.CustomsProcedureCode);
        }

        WriteNumberOrNull(json, "mosCode"u8, r.SupplyModeCode);
        WriteNumberOrNull(json, "partner2Code"u8, r.SecondPartnerCode);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, ReadOnlySpan<byte> name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string?[] Values(ExportRecord r) =>
    [
        r.Period.IsAnnual ? "A" : "M",
        r.Period.Year.ToString(CultureInfo.InvariantCulture),
        (r.Period.Month ?? 52).ToString(CultureInfo.InvariantCulture),
        r.Period.ToComtradeString(),
        r.Reporter.ComtradeCode.ToString(CultureInfo.InvariantCulture),
        r.Reporter.Alpha3,
        r.Reporter.EnglishName,
        "X",
        r.Partner.ComtradeCode.ToString(CultureInfo.InvariantCulture),
        r.Partner.Alpha3,
        r.Partner.EnglishName,
        r.HsCode?.ToCompactString() ?? "TOTAL",
        r.QuantityUnit,
        r.Quantity?.ToString(CultureInfo.InvariantCulture),
        r.NetWeightKg?.ToString(CultureInfo.InvariantCulture),
        r.Value.Amount.ToString(CultureInfo.InvariantCulture),
        r.TransportModeCode?.ToString(CultureInfo.InvariantCulture),
        r.CustomsProcedureCode,
        r.SupplyModeCode?.ToString(CultureInfo.InvariantCulture),
        r.SecondPartnerCode?.ToString(CultureInfo.InvariantCulture),
    ];

    private static void AppendCsv(StringBuilder line, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(value);
            return;
        }

        line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static async IAsyncEnumerable<ExportRecord> ToAsync(IEnumerable<ExportRecord> records, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
