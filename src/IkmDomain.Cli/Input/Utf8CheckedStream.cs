using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Cli.Tool;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Input;

/// <summary>
/// A read-only stream that checks, as the bytes go by, that they are UTF-8 (RFC 3629), and stops at the first
/// byte that is not with a <see cref="ToolException"/> naming the file, the line and the byte. Without it a CSV or
/// JSON reader replaces such a byte with U+FFFD, so a file saved as Windows-1252 ("ANSI", what Excel's plain "CSV"
/// writes on many Windows setups) would turn <c>é</c> or a curly quote into '?' in every feed, silently.
/// A sequence split between two reads is carried over (the decoder keeps its state); memory stays flat.
/// </summary>
internal sealed class Utf8CheckedStream(Stream inner, string path, long firstLine = 1, long firstByte = 0) : ForwardOnlyReadStream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] _chars = new char[8192];
    private long _line = firstLine;
    private long _offset = firstByte;

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        Check(buffer[..n]);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(buffer.Span[..n]);
        return n;
    }

    private void Check(ReadOnlySpan<byte> bytes)
    {
        var done = 0;
        try
        {
            // Convert (not GetCharCount, which leaves the decoder's state alone) keeps a sequence cut by the read's end
            // for the next read; flush at the end of the stream (a read of 0 bytes) catches one the file's end cut off.
            var flush = bytes.IsEmpty;
            do
            {
                _decoder.Convert(bytes[done..], _chars, flush, out var used, out _, out _);
                done += used;
            }
            while (done < bytes.Length);
        }
        catch (DecoderFallbackException ex)
        {
            var index = Math.Clamp(done + ex.Index, 0, bytes.Length);
            var line = _line + bytes[..index].Count((byte)'\n');
            var bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : index < bytes.Length ? bytes[index] : (byte)0;
            var at = (_offset + index + 1).ToString(CultureInfo.InvariantCulture);
            var hex = "0x" + bad.ToString("X2", CultureInfo.InvariantCulture);
            var lineText = line.ToString(CultureInfo.InvariantCulture);
            throw new ToolException(T(
                $"{path}: line {lineText} is not UTF-8 text (byte {hex} at byte {at}); the file was probably saved as Windows-1252 (ANSI). Save it as UTF-8 (in Excel: Save As, CSV UTF-8), or convert it: iconv -f WINDOWS-1252 -t UTF-8.",
                $"{path}: baris {lineText} bukan teks UTF-8 (byte {hex} pada byte ke-{at}); berkas kemungkinan disimpan sebagai Windows-1252 (ANSI). Simpan sebagai UTF-8 (di Excel: Save As, CSV UTF-8), atau ubah: iconv -f WINDOWS-1252 -t UTF-8."));
        }

        _line += bytes.Count((byte)'\n');
        _offset += bytes.Length;
    }
}
