using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Cli.Tool;
using nietras.SeparatedValues;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Input;

/// <summary>One record of an input file, as read: a CSV row's cells or a JSON item.</summary>
internal sealed class RawRecord
{
    /// <summary>1-based position of the record in the file.</summary>
    public required int Number { get; init; }

    /// <summary>The CSV line the row starts on; null for JSON.</summary>
    public int? Line { get; init; }

    /// <summary>The CSV cells (trimmed), or null for JSON.</summary>
    public string[]? Cells { get; init; }

    /// <summary>The JSON item (default for CSV).</summary>
    public JsonElement Json { get; init; }

    /// <summary>Why the record cannot be read at all (wrong field count, not an object), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>"line 12" for CSV, "item 3" for JSON.</summary>
    public string Location => Line is { } line ? T("line ", "baris ") + line.ToString(CultureInfo.InvariantCulture) : T("item ", "butir ") + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// An input file opened for streaming: checked first (missing, a directory, empty, binary, UTF-16),
/// every byte checked to be UTF-8 as it is read (<see cref="Utf8CheckedStream"/>), then read record by record, never whole. CSV is read with Sep (RFC 4180; the delimiter sniffed
/// from the header among ',', ';' and tab unless given; BOM and CRLF accepted); JSON is an array of
/// objects read item by item (or a single object).
/// </summary>
internal sealed class InputFile : IDisposable
{
    private const int SniffLength = 64 * 1024;
    private readonly FileStream _file;
    private readonly Stream _stream;
    private SepReader? _csv;
    private readonly JsonElement? _single;

    private InputFile(string path, FileStream file, Stream stream, bool json)
    {
        Path = path;
        _file = file;
        _stream = stream;
        IsJson = json;
    }

    private InputFile(string path, FileStream file, Stream stream, JsonElement single)
        : this(path, file, stream, json: true)
    {
        _single = single;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>JSON (else CSV).</summary>
    public bool IsJson { get; }

    /// <summary>The CSV delimiter.</summary>
    public char Delimiter { get; private set; } = ',';

    /// <summary>Whether CSV numbers and dates are read the Indonesian way (decimal comma, dd/MM/yyyy).</summary>
    public bool IndonesianNumbers { get; private set; }

    /// <summary>The line of the CSV header: 1, or 2 after an Excel <c>sep=;</c> line.</summary>
    public int HeaderLine { get; private init; } = 1;

    /// <summary>The CSV header's column names (empty for JSON).</summary>
    public IReadOnlyList<string> Columns { get; private set; } = [];

    /// <summary>The file's length in bytes, or -1 when unknown (a pipe or device).</summary>
    public long Length => _file.CanSeek ? _file.Length : -1;

    /// <summary>How far the file has been read, in bytes (for progress).</summary>
    public long Position => _file.CanSeek ? _file.Position : 0;

    /// <summary>Opens and checks <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="delimiter">The CSV delimiter as given (<c>,</c> <c>;</c> <c>tab</c> or <c>\t</c>), or null to sniff it.</param>
    /// <param name="culture"><c>id-ID</c> for Indonesian numbers and dates, <c>invariant</c>, or null (Indonesian when the delimiter is ';').</param>
    /// <exception cref="ToolException">The file cannot be read or is not CSV/JSON text.</exception>
    public static async Task<InputFile> OpenAsync(string path, string? delimiter, string? culture, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            throw new ToolException(T($"{path}: is a directory, not a file.", $"{path}: adalah direktori, bukan berkas."));
        }

        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ToolException(T($"{path}: file not found.", $"{path}: berkas tidak ditemukan."));
        }
        catch (UnauthorizedAccessException)
        {
            throw new ToolException(T($"{path}: permission denied (the file cannot be read).", $"{path}: akses ditolak (berkas tidak dapat dibaca)."));
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            throw new ToolException(T($"{path}: cannot read the file: ", $"{path}: berkas tidak dapat dibaca: ") + Clip(ex.Message, 200));
        }

        try
        {
            var prefix = new byte[SniffLength];
            var length = 0;
            int read;
            while (length < prefix.Length && (read = await file.ReadAsync(prefix.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            var head = prefix.AsSpan(0, length);
            Check(path, head);

            // Excel's "sep=;" first line (written by exporters for Excel, and honoured by Excel) names the delimiter
            // and is not the header: it is read, then skipped; line numbers still count it.
            var skip = SepDirective(head, out var directive);
            if (directive is not (null or "," or ";" or "tab"))
            {
                throw new ToolException(T(
                    $"{path}: its first line 'sep={directive}' names '{directive}' as the delimiter; ikm reads ',', ';' or tab ('|' separates the items of a list cell).",
                    $"{path}: baris pertamanya 'sep={directive}' menyebut '{directive}' sebagai pemisah; ikm membaca ',', ';' atau tab ('|' memisahkan isi sel daftar)."));
            }

            // Every byte read, the sniffed prefix first, is checked to be UTF-8 (a Windows-1252 byte is an error, not a '?').
            var stream = new Utf8CheckedStream(new PrefixedStream(prefix, length, file, skip), path, firstLine: skip > 0 ? 2 : 1, firstByte: skip);
            var json = skip == 0 && IsJsonText(path, head);
            if (!json)
            {
                var input = new InputFile(path, file, stream, json: false) { HeaderLine = skip > 0 ? 2 : 1 };
                input.OpenCsv(head[skip..], delimiter ?? directive, culture);
                return input;
            }

            var first = FirstNonSpace(head);
            if (first == '{')
            {
                // One object: small by nature (a record), read whole.
                var document = await JsonDocument.ParseAsync(stream, JsonOptions, cancellationToken).ConfigureAwait(false);
                return new InputFile(path, file, stream, document.RootElement);
            }

            if (first != '[')
            {
                throw new ToolException(T($"{path}: expected a JSON array of records, found '{(char)first}'.", $"{path}: seharusnya larik JSON berisi rekaman, ditemukan '{(char)first}'."));
            }

            return new InputFile(path, file, stream, json: true);
        }
        catch (JsonException ex)
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw NotJson(path, ex);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private static readonly JsonSerializerOptions ElementOptions = new() { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    private static ToolException NotJson(string path, JsonException ex)
    {
        var where = ex.LineNumber is { } line ? T($" at line {line + 1}", $" pada baris {line + 1}") : "";
        return new ToolException(T($"{path}: not valid JSON{where} (truncated or malformed).", $"{path}: bukan JSON yang sah{where} (terpotong atau rusak)."));
    }

    private static void Check(string path, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new ToolException(T($"{path}: the file is UTF-16 text; save it as UTF-8 (in Excel: CSV UTF-8).", $"{path}: berkas berupa teks UTF-16; simpan sebagai UTF-8 (di Excel: CSV UTF-8)."));
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            throw new ToolException(T(
                $"{path}: an Excel workbook (.xlsx) or another zip file, not CSV or JSON text; in Excel use Save As, CSV UTF-8 (comma delimited).",
                $"{path}: buku kerja Excel (.xlsx) atau berkas zip lain, bukan teks CSV atau JSON; di Excel pakai Save As, CSV UTF-8 (comma delimited)."));
        }

        var zero = head.IndexOf((byte)0);
        if (zero >= 0)
        {
            var utf16 = head.Length >= 4 && (head[1] == 0 && head[3] == 0 && head[0] != 0 || head[0] == 0 && head[2] == 0 && head[1] != 0);
            throw new ToolException(utf16
                ? T($"{path}: the file looks like UTF-16 text; save it as UTF-8.", $"{path}: berkas tampaknya teks UTF-16; simpan sebagai UTF-8.")
                : T($"{path}: a binary file (it contains NUL bytes), not CSV or JSON text.", $"{path}: berkas biner (berisi byte NUL), bukan teks CSV atau JSON."));
        }

        if (FirstNonSpace(head) < 0)
        {
            throw new ToolException(T($"{path}: the file is empty; expected a CSV header row or a JSON array.", $"{path}: berkas kosong; seharusnya baris judul CSV atau larik JSON."));
        }
    }

    /// <summary>
    /// The length of an Excel <c>sep=X</c> first line (with a BOM before it and its line end), or 0; the delimiter it
    /// names is given as text for <see cref="ParseDelimiter"/> (so <c>sep=|</c> is refused as <c>--delimiter |</c> is).
    /// </summary>
    private static int SepDirective(ReadOnlySpan<byte> head, out string? delimiter)
    {
        delimiter = null;
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var rest = head[start..];
        if (rest.Length < 5 || !System.Text.Ascii.EqualsIgnoreCase(rest[..4], "sep="u8) || rest[4] is (byte)'\r' or (byte)'\n')
        {
            return 0;
        }

        var end = 5;
        if (end < rest.Length && rest[end] == '\r')
        {
            end++;
        }

        if (end >= rest.Length || rest[end] != '\n')
        {
            return 0; // not a line of its own
        }

        delimiter = rest[4] == '\t' ? "tab" : ((char)rest[4]).ToString();
        return start + end + 1;
    }

    private static int FirstNonSpace(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        foreach (var b in head[start..])
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return -1;
    }

    private static bool IsJsonText(string path, ReadOnlySpan<byte> head)
    {
        var extension = System.IO.Path.GetExtension(path);
        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || extension.Equals(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return FirstNonSpace(head) is '[' or '{';
    }

    private void OpenCsv(ReadOnlySpan<byte> head, string? delimiter, string? culture)
    {
        Delimiter = delimiter is null ? SniffDelimiter(head) : ParseDelimiter(delimiter);
        IndonesianNumbers = culture is null ? Delimiter == ';' : culture.Equals("id-ID", StringComparison.OrdinalIgnoreCase) || culture.Equals("id", StringComparison.OrdinalIgnoreCase);
        try
        {
            _csv = Sep.Reader(o => o with
            {
                Sep = new Sep(Delimiter),
                HasHeader = true,
                Unescape = true,
                DisableColCountCheck = true,
                Trim = SepTrim.All,
            }).From(_stream);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ToolException))
        {
            throw new ToolException(T($"{Path}: the CSV header cannot be read: ", $"{Path}: judul CSV tidak dapat dibaca: ") + Clip(ex.Message, 200));
        }

        var names = new string[_csv.Header.ColNames.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _csv.Header.ColNames[i].Trim().TrimStart('\uFEFF');
        }

        Columns = names;
    }

    /// <summary>
    /// <c>,</c> <c>;</c> or <c>tab</c>/<c>\t</c>/a tab character. Not <c>|</c>: it separates the items of a list
    /// cell (images, materials), so it cannot also separate the cells.
    /// </summary>
    public static char ParseDelimiter(string text) => text switch
    {
        "tab" or "\\t" or "\t" => '\t',
        "," or ";" => text[0],
        _ => throw new ToolException(T($"--delimiter must be ',', ';' or tab, not '{Clip(text)}' ('|' separates the items of a list cell).", $"--delimiter harus ',', ';' atau tab, bukan '{Clip(text)}' ('|' memisahkan isi sel daftar).")),
    };

    // The header line's most frequent of ',', ';' and tab, outside quotes; ',' when none.
    private static char SniffDelimiter(ReadOnlySpan<byte> head)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var b in head)
        {
            if (b == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (b is (byte)'\n' or (byte)'\r')
                {
                    break;
                }

                comma += b == ',' ? 1 : 0;
                semicolon += b == ';' ? 1 : 0;
                tab += b == '\t' ? 1 : 0;
            }
        }

        return semicolon > comma && semicolon >= tab ? ';' : tab > comma && tab > semicolon ? '\t' : ',';
    }

    /// <summary>The records, one at a time.</summary>
    /// <exception cref="ToolException">The JSON breaks off or is malformed part-way (the records before it were given).</exception>
    public async IAsyncEnumerable<RawRecord> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (_csv is not null)
        {
            var number = 0;
            while (NextCsv(ref number) is { } record)
            {
                yield return record;
            }

            yield break;
        }

        if (_single is { } single)
        {
            yield return FromJson(1, single);
            yield break;
        }

        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(_stream, ElementOptions, cancellationToken);
        var enumerator = items.GetAsyncEnumerator(cancellationToken);
        await using var _ = enumerator.ConfigureAwait(false);
        var index = 0;
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (JsonException ex)
            {
                throw NotJson(Path, ex);
            }

            index++;
            yield return FromJson(index, enumerator.Current);
        }
    }

    private static RawRecord FromJson(int number, JsonElement element) => new()
    {
        Number = number,
        Json = element,
        Problem = element.ValueKind == JsonValueKind.Object ? null : T($"expected a record (a JSON object), found {Kind(element)}.", $"seharusnya rekaman (objek JSON), ditemukan {Kind(element)}."),
    };

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.Array => T("an array", "larik"),
        JsonValueKind.String => T("a string", "teks"),
        JsonValueKind.Number => T("a number", "angka"),
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };

    private RawRecord? NextCsv(ref int number)
    {
        try
        {
            while (_csv!.MoveNext())
            {
                var row = _csv.Current;
                if (IsBlank(row))
                {
                    continue; // a blank line, or a row of empty cells (';;;;': Excel saves those for formatted but empty rows)
                }

                number++;
                var line = row.LineNumberFrom + HeaderLine - 1;
                if (row.ColCount != Columns.Count)
                {
                    return new RawRecord
                    {
                        Number = number,
                        Line = line,
                        Problem = T(
                            $"the row has {row.ColCount} field{(row.ColCount == 1 ? "" : "s")} but the header has {Columns.Count} (delimiter '{Shown(Delimiter)}').",
                            $"baris ini memiliki {row.ColCount} kolom padahal judul memiliki {Columns.Count} (pemisah '{Shown(Delimiter)}')."),
                    };
                }

                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = row[i].ToString();
                }

                return new RawRecord { Number = number, Line = line, Cells = cells };
            }

            return null;
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or ToolException))
        {
            throw new ToolException(T($"{Path}: the CSV cannot be read after record {number}: ", $"{Path}: CSV tidak dapat dibaca setelah rekaman {number}: ") + Clip(ex.Message, 200));
        }
    }

    private static bool IsBlank(SepReader.Row row)
    {
        for (var i = 0; i < row.ColCount; i++)
        {
            if (!row[i].Span.IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How a delimiter is shown in messages.</summary>
    public static string Shown(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();

    public void Dispose()
    {
        _csv?.Dispose();
        _file.Dispose();
    }
}

/// <summary>A stream that gives the sniffed first bytes again, then the rest of the file.</summary>
internal sealed class PrefixedStream(byte[] prefix, int prefixLength, Stream rest, int start = 0) : ForwardOnlyReadStream
{
    private int _offset = start;

    public override int Read(Span<byte> buffer)
    {
        if (_offset < prefixLength)
        {
            var n = Math.Min(buffer.Length, prefixLength - _offset);
            prefix.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_offset < prefixLength)
        {
            return new ValueTask<int>(Read(buffer.Span));
        }

        return rest.ReadAsync(buffer, cancellationToken);
    }
}
