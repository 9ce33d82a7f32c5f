using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Feeds;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Tool;

/// <summary>Where a feed goes: stdout, or a file replaced atomically.</summary>
internal static class FeedOutput
{
    /// <summary>Writes the feed; returns the writer's result and whether the file was published (and why not).</summary>
    /// <exception cref="ToolException">The output cannot be written (disk full, a folder, no permission).</exception>
    public static async Task<(FeedWriteResult Result, (bool Ok, string Message) Published)> WriteAsync(
        string? path, double minItemsRatio, bool allowEmpty, Func<Stream, CancellationToken, Task<FeedWriteResult>> write, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            try
            {
                var stdout = Console.OpenStandardOutput();
                await using (stdout.ConfigureAwait(false))
                {
                    var result = await write(stdout, cancellationToken).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                    return (result, (true, ""));
                }
            }
            catch (IOException ex)
            {
                throw new ToolException(T("cannot write the feed to stdout: ", "umpan tidak dapat ditulis ke stdout: ") + Clip(ex.Message, 200));
            }
        }

        if (IsDevice(path))
        {
            // A device or kernel file (/dev/stdout, /dev/full): written in place, never renamed over.
            return (await WriteInPlaceAsync(path, write, cancellationToken).ConfigureAwait(false), (true, ""));
        }

        try
        {
            // FeedFile: temporary file beside the target, flushed, renamed over it only when complete and
            // when the shrink guard allows (the item count of the last publish is kept in OUT.count).
            var options = new FeedPublishOptions { MinItemsRatio = minItemsRatio };
            FeedWriteResult? empty = null;
            var guarded = allowEmpty ? write : async (Stream stream, CancellationToken ct) =>
            {
                // A feed with no items delists every product of a shop (a full feed replaces the catalogue), and with no
                // previous feed the shrink guard has nothing to compare: refuse it unless --allow-empty says so.
                var written = await write(stream, ct).ConfigureAwait(false);
                if (written.ItemsWritten == 0)
                {
                    empty = written;
                    throw new EmptyFeedException();
                }

                return written;
            };
            FeedPublishResult published;
            try
            {
                published = await FeedFile.WriteAtomicallyAsync(path, guarded, options, cancellationToken).ConfigureAwait(false);
            }
            catch (EmptyFeedException)
            {
                return (empty!, (false, File.Exists(path) ? T(
                    $"{path} was NOT replaced (the old feed is kept): the new feed has no products, and a marketplace deletes every product missing from a full feed. Check the input, or pass --allow-empty to publish an empty feed on purpose.",
                    $"{path} TIDAK diganti (umpan lama dipertahankan): umpan baru tidak berisi produk, dan marketplace menghapus setiap produk yang tidak ada dalam umpan penuh. Periksa masukan, atau beri --allow-empty untuk sengaja menerbitkan umpan kosong.") : T(
                    $"{path} was NOT written: the feed has no products, and a marketplace deletes every product missing from a full feed. Check the input, or pass --allow-empty to publish an empty feed on purpose.",
                    $"{path} TIDAK ditulis: umpan tidak berisi produk, dan marketplace menghapus setiap produk yang tidak ada dalam umpan penuh. Periksa masukan, atau beri --allow-empty untuk sengaja menerbitkan umpan kosong.")));
            }

            return published.Published
                ? (published.Write, (true, ""))
                : (published.Write, (false, T(
                    $"{path} was NOT replaced (the old feed is kept): {ForTool(published.Reason)} Check the input, or lower --min-items-ratio (0 turns the guard off) if the catalogue really shrank.",
                    $"{path} TIDAK diganti (umpan lama dipertahankan): {ForTool(published.Reason)} Periksa masukan, atau turunkan --min-items-ratio (0 mematikan pengaman) bila katalog memang menyusut.")));
        }
        catch (FeedPublishException ex)
        {
            throw new ToolException(T($"{path}: cannot write the feed: ", $"{path}: umpan tidak dapat ditulis: ") + Clip((ex.InnerException ?? ex).Message, 200));
        }
        catch (ArgumentException ex)
        {
            throw new ToolException(T($"{path}: not a usable file name: ", $"{path}: nama berkas tidak dapat dipakai: ") + Clip(ex.Message, 200));
        }
    }

    // FeedFile's reason ends with advice for library callers ("Lower FeedPublishOptions.MinItemsRatio ..."): the tool
    // gives its own option instead, so that sentence is dropped, not shown beside it.
    private static string? ForTool(string? reason)
    {
        var at = reason?.IndexOf(" Lower FeedPublishOptions.", StringComparison.Ordinal) ?? -1;
        return at < 0 ? reason : reason![..at];
    }

    private static bool IsDevice(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    private static async Task<FeedWriteResult> WriteInPlaceAsync(string path, Func<Stream, CancellationToken, Task<FeedWriteResult>> write, CancellationToken cancellationToken)
    {
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, 64 * 1024);
            await using (file.ConfigureAwait(false))
            {
                var result = await write(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ToolException(T($"{path}: cannot write the feed: ", $"{path}: umpan tidak dapat ditulis: ") + Clip(ex.Message, 200));
        }
    }

    private sealed class EmptyFeedException : Exception
    {
    }
}
