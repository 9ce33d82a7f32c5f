using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Feeds;

/// <summary>
/// Publishes a feed file safely: the feed is written to a temporary file in the target's folder,
/// flushed to disk, and only then renamed over the target, so a crash, an exception or a cancellation
/// midway never leaves a truncated or partial feed where a marketplace fetches it (a truncated full
/// feed delists every product missing from it). A shrink guard refuses a feed that lost too many
/// items (<see cref="FeedPublishOptions.MinItemsRatio"/>), and a path ending in <c>.gz</c> is gzip-compressed.
/// </summary>
/// <remarks>
/// <para>Steps: (1) check the path; (2) create <c>.&lt;name&gt;.&lt;random&gt;.tmp</c> beside the target
/// (same folder, so the rename stays on one file system and is atomic); (3) run the writer into it
/// (through a <see cref="GZipStream"/> for <c>.gz</c>); (4) <see cref="FileStream.Flush(bool)"/> with
/// <c>flushToDisk: true</c> (fsync); (5) apply the shrink guard; (6) <see cref="File.Move(string, string, bool)"/>
/// with overwrite (POSIX <c>rename(2)</c>, Windows <c>MoveFileEx</c> with <c>MOVEFILE_REPLACE_EXISTING</c>);
/// (7) replace the item-count file the same way. On any failure before step 6 the temporary file is
/// deleted and the old feed is byte-identical.</para>
/// <para>Limits: the folder entry itself is not fsynced (.NET has no API for it), so after a power cut
/// the rename may be lost and the OLD feed found, never a partial one. A process killed outright
/// (SIGKILL, power) can leave its hidden <c>.tmp</c> file; it is safe to delete, and is not swept
/// automatically because another publisher may be writing it. On Unix the new file takes the old
/// file's permission bits; owner and ACLs are the writing process's. A symbolic link at the path is
/// replaced by a regular file, not followed. On Windows the rename fails while another process holds
/// the old file open without delete sharing. Two processes publishing the same path at once do not
/// corrupt it (the last rename wins) but the shrink guard may then compare with either.</para>
/// <para>The shrink guard needs the previous feed's item count. It comes from
/// <see cref="FeedPublishOptions.PreviousItemCount"/> when the caller keeps it, otherwise from a small
/// text file beside the feed (<see cref="ItemCountPath(string)"/>: <c>google.tsv.count</c>) that this
/// class writes after each publish, holding the item count and the feed's size in bytes. The feed is
/// not re-read and re-parsed by format: counting records needs a full reader per format (quoted TSV
/// cells may hold line breaks), costs a pass over a possibly large file, and cannot tell a record
/// from a skipped one. The price: the guard knows nothing on the first publish through this class,
/// and when the count file is missing, unreadable as a count, or its size no longer matches the feed
/// (something else replaced the feed); then it publishes and reports <see cref="FeedPublishResult.PreviousItemCount"/>
/// as <see langword="null"/>. If the count file is also served to the web from the feed's folder, it
/// reveals the item count.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe; publishing the same path from two threads at once is not coordinated (see remarks).</threadsafety>
public static class FeedFile
{
    private const string ItemCountExtension = ".count";

    /// <summary>
    /// Writes a feed to <paramref name="path"/> atomically: through a temporary file, flushed to disk,
    /// renamed over the target only when complete and when the shrink guard allows it.
    /// </summary>
    /// <param name="path">The feed file, for example <c>feeds/google.tsv</c>; a path ending in <c>.gz</c> (any case) is gzip-compressed. Its folder must exist.</param>
    /// <param name="write">
    /// Writes the feed to the stream it is given and returns the writer's result, for example
    /// <c>(stream, ct) =&gt; CraftProductFeeds.GoogleMerchantTsv.WriteAsync(products, stream, ct)</c>.
    /// It must not close the stream (a closed stream still works, at the cost of reopening the file to flush it).
    /// </param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedPublishOptions.Default"/>.</param>
    /// <param name="cancellationToken">Passed to <paramref name="write"/>, and checked before the rename; once the rename has happened the feed is published whatever the token says.</param>
    /// <returns>Published or refused by the shrink guard (with the reason), the writer's result, the file's size and the previous item count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, white space or not a valid path.</exception>
    /// <exception cref="FeedPublishException">
    /// The path is a folder, its folder does not exist, the disk is full, access is denied, or another
    /// I/O error (the message names the path; the cause is the inner exception). The old feed is unchanged.
    /// </exception>
    /// <exception cref="OperationCanceledException">Cancelled before the rename; the old feed is unchanged.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> returned <see langword="null"/>.</exception>
    /// <remarks>Any exception <paramref name="write"/> throws (a <see cref="FeedItemException"/> in strict mode, say) removes the temporary file and propagates; an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> from it comes wrapped in <see cref="FeedPublishException"/>.</remarks>
    public static async Task<FeedPublishResult> WriteAtomicallyAsync(
        string path,
        Func<Stream, CancellationToken, Task<FeedWriteResult>> write,
        FeedPublishOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = TargetPath(path);
        options ??= FeedPublishOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();

        var temp = TempPath(target);
        FileStream? file = null;
        GZipStream? gzip = null;
        try
        {
            file = OpenTemp(temp, FileOptions.Asynchronous);
            gzip = IsGzip(target) ? new GZipStream(file, options.CompressionLevel, leaveOpen: true) : null;
            var written = await write(gzip ?? (Stream)file, cancellationToken).ConfigureAwait(false) ?? throw NullResult();
            if (gzip is not null)
            {
                await gzip.DisposeAsync().ConfigureAwait(false);
                gzip = null;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var bytes = FlushToDisk(file, temp);
            await file.DisposeAsync().ConfigureAwait(false);
            file = null;
            cancellationToken.ThrowIfCancellationRequested();
            return Commit(target, temp, written, bytes, options);
        }
        catch (Exception e)
        {
            Discard(gzip, file, temp);
            if (IsIoError(e))
            {
                throw WriteFailed(target, e);
            }

            throw;
        }
    }

    /// <summary>
    /// Writes a feed to <paramref name="path"/> atomically, synchronously: through a temporary file,
    /// flushed to disk, renamed over the target only when complete and when the shrink guard allows it.
    /// </summary>
    /// <param name="path">The feed file; a path ending in <c>.gz</c> (any case) is gzip-compressed. Its folder must exist.</param>
    /// <param name="write">Writes the feed to the stream it is given, for example <c>stream =&gt; CraftProductFeeds.GoogleMerchantTsv.Write(products, stream)</c>. It must not close the stream.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedPublishOptions.Default"/>.</param>
    /// <returns>Published or refused by the shrink guard (with the reason), the writer's result, the file's size and the previous item count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="write"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, white space or not a valid path.</exception>
    /// <exception cref="FeedPublishException">The path is a folder, its folder does not exist, the disk is full, access is denied, or another I/O error; the old feed is unchanged.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="write"/> returned <see langword="null"/>.</exception>
    /// <remarks>See <see cref="WriteAtomicallyAsync"/> and the class remarks for the steps and their limits.</remarks>
    public static FeedPublishResult WriteAtomically(string path, Func<Stream, FeedWriteResult> write, FeedPublishOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = TargetPath(path);
        options ??= FeedPublishOptions.Default;

        var temp = TempPath(target);
        FileStream? file = null;
        GZipStream? gzip = null;
        try
        {
            file = OpenTemp(temp, FileOptions.None);
            gzip = IsGzip(target) ? new GZipStream(file, options.CompressionLevel, leaveOpen: true) : null;
            var written = write(gzip ?? (Stream)file) ?? throw NullResult();
            if (gzip is not null)
            {
                gzip.Dispose();
                gzip = null;
            }

            var bytes = FlushToDisk(file, temp);
            file.Dispose();
            file = null;
            return Commit(target, temp, written, bytes, options);
        }
        catch (Exception e)
        {
            Discard(gzip, file, temp);
            if (IsIoError(e))
            {
                throw WriteFailed(target, e);
            }

            throw;
        }
    }

    /// <summary>The item-count file the shrink guard keeps beside a feed: the feed's full path plus <c>.count</c>.</summary>
    /// <param name="path">The feed file's path.</param>
    /// <returns>For example <c>/srv/feeds/google.tsv.count</c>. Its text is <c>items=163</c> and <c>bytes=48213</c> on two lines (invariant digits) after a <c>#</c> comment line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, white space or not a valid path.</exception>
    public static string ItemCountPath(string path) => FullPath(path) + ItemCountExtension;

    private static FeedPublishResult Commit(string target, string temp, FeedWriteResult written, long bytes, FeedPublishOptions options)
    {
        var previous = options.PreviousItemCount ?? (options.UseItemCountFile ? ReadItemCount(target) : null);
        if (previous is long p)
        {
            // Decimal, not double: 0.55 * 100 is 55.00000000000001 in double and would demand 56 items.
            var required = (long)Math.Ceiling((decimal)options.MinItemsRatio * p);
            if (written.ItemsWritten < required)
            {
                File.Delete(temp);
                return new FeedPublishResult(FeedPublishStatus.RefusedShrink, target, written, bytes, previous, ShrinkReason(written.ItemsWritten, p, required, options.MinItemsRatio));
            }
        }

        var countTemp = options.UseItemCountFile ? WriteItemCountTemp(target, written.ItemsWritten, bytes) : null;
        try
        {
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            TryDelete(countTemp);
            throw;
        }

        if (countTemp is not null)
        {
            var countPath = target + ItemCountExtension;
            try
            {
                File.Move(countTemp, countPath, overwrite: true);
            }
            catch (Exception e) when (IsIoError(e))
            {
                TryDelete(countTemp);
                throw new FeedPublishException(
                    target,
                    "The feed " + target + " was published, but its item-count file " + countPath + " could not be replaced (" + e.Message
                    + "); the shrink guard will not know this feed's item count on the next publish.",
                    e);
            }
        }

        return new FeedPublishResult(FeedPublishStatus.Published, target, written, bytes, previous, null);
    }

    private static string ShrinkReason(long written, long previous, long required, double ratio)
    {
        var inv = CultureInfo.InvariantCulture;
        return "the new feed has " + IkmDomain.Common.EnglishCount.Of(written, "item", "items") + ", fewer than "
            + (ratio * 100).ToString("0.##", inv) + " % of the previous feed's " + previous.ToString(inv)
            + " (at least " + required.ToString(inv) + " needed); the old file was left unchanged. Lower FeedPublishOptions.MinItemsRatio (0 turns the guard off) to publish it anyway.";
    }

    // The previous count, or null when it cannot be told (see the class remarks).
    private static long? ReadItemCount(string target)
    {
        var countPath = target + ItemCountExtension;
        if (!File.Exists(target) || !File.Exists(countPath))
        {
            return null;
        }

        string[] lines;
        long feedLength;
        try
        {
            lines = File.ReadAllLines(countPath, Encoding.UTF8);
            feedLength = new FileInfo(target).Length;
        }
        catch (Exception e) when (IsIoError(e))
        {
            throw new FeedPublishException(
                target,
                "Cannot publish the feed " + target + ": its item-count file " + countPath + " could not be read (" + e.Message
                + "), so the shrink guard cannot check the new feed. Fix or delete that file, or set FeedPublishOptions.PreviousItemCount.",
                e);
        }

        long? items = null, bytes = null;
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("items=", StringComparison.Ordinal) && long.TryParse(line.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var i))
            {
                items = i;
            }
            else if (line.StartsWith("bytes=", StringComparison.Ordinal) && long.TryParse(line.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            {
                bytes = b;
            }
            else
            {
                return null;
            }
        }

        // A size that differs means something other than this class replaced the feed: the count is stale.
        return bytes == feedLength ? items : null;
    }

    private static string WriteItemCountTemp(string target, long items, long bytes)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = "# IkmDomain FeedFile: the item count of " + Path.GetFileName(target) + ", read by the shrink guard\n"
            + "items=" + items.ToString(inv) + "\nbytes=" + bytes.ToString(inv) + "\n";
        var temp = TempPath(target + ItemCountExtension);
        try
        {
            using var file = OpenTemp(temp, FileOptions.None);
            file.Write(Encoding.UTF8.GetBytes(text));
            file.Flush(flushToDisk: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return temp;
    }

    private static string FullPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException("'" + path + "' is not a valid file path: " + e.Message, nameof(path), e);
        }
    }

    private static string TargetPath(string path)
    {
        var full = FullPath(path);
        if (Path.EndsInDirectorySeparator(full) || Directory.Exists(full))
        {
            throw new FeedPublishException(full, "Cannot publish the feed to " + full + ": it is a folder; give a file path such as " + Path.Combine(full, "feed.tsv") + ".", null);
        }

        var folder = Path.GetDirectoryName(full);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            throw new FeedPublishException(full, "Cannot publish the feed to " + full + ": the folder " + folder + " does not exist.", null);
        }

        return full;
    }

    // Hidden, unique, and in the target's own folder so the final rename is atomic.
    private static string TempPath(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Path.GetRandomFileName() + ".tmp");

    private static FileStream OpenTemp(string temp, FileOptions fileOptions) =>
        new(temp, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 16384,
            Options = fileOptions,
        });

    private static bool IsGzip(string target) => target.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    private static long FlushToDisk(FileStream file, string temp)
    {
        if (file.CanWrite)
        {
            file.Flush(flushToDisk: true);
            return file.Length;
        }

        // The writer closed the stream: its bytes reached the OS but were not fsynced.
        using var again = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        again.Flush(flushToDisk: true);
        return again.Length;
    }

    private static void Discard(GZipStream? gzip, FileStream? file, string temp)
    {
        try
        {
            gzip?.Dispose();
        }
        catch (Exception e) when (IsIoError(e) || e is ObjectDisposedException or InvalidOperationException)
        {
            // The temporary file is deleted below; its last bytes do not matter.
        }

        try
        {
            file?.Dispose();
        }
        catch (Exception e) when (IsIoError(e))
        {
            // Same: a failed final flush of a file about to be deleted.
        }

        TryDelete(temp);
    }

    private static void TryDelete(string? path)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (IsIoError(e))
        {
            // Best effort: the original error is the one worth reporting.
        }
    }

    private static bool IsIoError(Exception e) => e is (IOException and not FeedPublishException) or UnauthorizedAccessException;

    private static FeedPublishException WriteFailed(string target, Exception e)
    {
        var cause = e is UnauthorizedAccessException ? "access was denied"
            : IsDiskFull(e) ? "the disk is full"
            : "an I/O error occurred";
        return new FeedPublishException(
            target,
            "Could not publish the feed " + target + ": " + cause + " (" + e.Message + "). The old feed, if any, is unchanged and the temporary file was removed.",
            e);
    }

    // ENOSPC (28) on Unix, where .NET puts errno in HResult; ERROR_DISK_FULL (112) or ERROR_HANDLE_DISK_FULL (39) on Windows.
    private static bool IsDiskFull(Exception e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 112 or 39 : e.HResult == 28;

    private static InvalidOperationException NullResult() =>
        new("The feed write delegate returned null instead of the writer's FeedWriteResult.");
}
