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
        string? path, double minItemsRatio, Func<Stream, CancellationToken, Task<FeedWriteResult>> write, CancellationToken cancellationToken)
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
            var published = await FeedFile.WriteAtomicallyAsync(path, write, options, cancellationToken).ConfigureAwait(false);
            return published.Published
                ? (published.Write, (true, ""))
                : (published.Write, (false, T(
                    $"{path} was NOT replaced (the old feed is kept): {published.Reason} Check the input, or lower --min-items-ratio if the catalogue really shrank.",
                    $"{path} TIDAK diganti (umpan lama dipertahankan): {published.Reason} Periksa masukan, atau turunkan --min-items-ratio bila katalog memang menyusut.")));
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
}
