using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using nietras.SeparatedValues;

namespace IkmDomain.Exports;

/// <summary>
/// CSV reading for the library, on Sep (nietras.SeparatedValues): RFC 4180 quoting (quotes removed,
/// doubled quotes undone), a UTF-8 byte order mark skipped, CRLF or LF line ends, rows of any field
/// count (the caller checks the count against the header).
/// </summary>
internal static class CsvSep
{
    /// <summary>Opens a reader over <paramref name="stream"/> with the first row as the header.</summary>
    public static ValueTask<SepReader> OpenAsync(Stream stream, char separator, CancellationToken cancellationToken) =>
        Sep.Reader(o => o with
        {
            Sep = new Sep(separator),
            HasHeader = true,
            Unescape = true,
            DisableColCountCheck = true,
        }).FromAsync(stream, cancellationToken);

    /// <summary>Copies the fields of <paramref name="row"/> into <paramref name="fields"/>; returns the line the row starts on (1-based).</summary>
    public static int ReadFields(SepReader.Row row, List<string> fields)
    {
        fields.Clear();
        for (var i = 0; i < row.ColCount; i++)
        {
            fields.Add(row[i].ToString());
        }

        return row.LineNumberFrom;
    }
}
