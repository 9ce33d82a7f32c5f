using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Cli.Tool;
using IkmDomain.Feeds;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Input;

/// <summary>An opened input file with the checker for its kind (given, or guessed from the CSV header or the first JSON record).</summary>
internal sealed class RecordStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<RawRecord> _records;
    private bool _peeked;

    private RecordStream(InputFile file, IAsyncEnumerator<RawRecord> records, bool peeked, RecordChecker checker)
    {
        File = file;
        _records = records;
        _peeked = peeked;
        Checker = checker;
    }

    public InputFile File { get; }

    public RecordChecker Checker { get; }

    public static async Task<RecordStream> OpenAsync(string path, RecordKind? kind, Marketplace? marketplace, string? delimiter, string? culture, CancellationToken cancellationToken)
    {
        var file = await InputFile.OpenAsync(path, delimiter, culture, cancellationToken).ConfigureAwait(false);
        var records = file.ReadAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            IEnumerable<string> names = file.Columns;
            var peeked = false;
            if (file.IsJson)
            {
                peeked = await records.MoveNextAsync().ConfigureAwait(false);
                names = peeked && records.Current.Problem is null ? records.Current.Json.EnumerateObject().Select(p => p.Name).ToList() : [];
            }

            var resolved = kind ?? RecordChecker.Guess(names)
                ?? (file.IsJson && !names.Any()
                    ? RecordKind.Product
                    : throw new ToolException(T(
                        $"{path}: cannot tell what the records are (no sku, nib, village or partner {(file.IsJson ? "property" : "column")}); pass --kind product|business|sentra|export.",
                        $"{path}: jenis rekaman tidak dapat ditentukan (tidak ada {(file.IsJson ? "properti" : "kolom")} sku, nib, village atau partner); pakai --kind product|business|sentra|export.") + OneColumnHint(file)));
            return new RecordStream(file, records, peeked, new RecordChecker(file, resolved, marketplace));
        }
        catch
        {
            await records.DisposeAsync().ConfigureAwait(false);
            file.Dispose();
            throw;
        }
    }

    // A header read as one column that holds another delimiter ("--delimiter tab" on a comma file): the delimiter is
    // the likelier fault than the kind, so it is said.
    private static string OneColumnHint(InputFile file)
    {
        if (file.IsJson || file.Columns.Count != 1)
        {
            return "";
        }

        var header = file.Columns[0];
        var other = new[] { ',', ';', '\t' }.Where(d => d != file.Delimiter && header.Contains(d, StringComparison.Ordinal)).Select(InputFile.Shown).FirstOrDefault();
        return other is null ? "" : T(
            $" The header was read as one column with the delimiter '{InputFile.Shown(file.Delimiter)}', but it holds '{other}': try --delimiter {(other == "tab" ? "tab" : "'" + other + "'")} or leave --delimiter out to sniff it.",
            $" Baris judul terbaca sebagai satu kolom dengan pemisah '{InputFile.Shown(file.Delimiter)}', padahal berisi '{other}': coba --delimiter {(other == "tab" ? "tab" : "'" + other + "'")} atau hilangkan --delimiter agar dideteksi.");
    }

    /// <summary>The records, the peeked first one included; read once.</summary>
    public async IAsyncEnumerable<RawRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_peeked)
        {
            _peeked = false;
            yield return _records.Current;
        }

        while (await _records.MoveNextAsync().ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return _records.Current;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _records.DisposeAsync().ConfigureAwait(false);
        File.Dispose();
    }
}
