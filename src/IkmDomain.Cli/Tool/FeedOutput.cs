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

        try
        {
            var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                var result = await write(file, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                return (result, (true, ""));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ToolException(T($"{path}: cannot write the feed: ", $"{path}: umpan tidak dapat ditulis: ") + Clip(ex.Message, 200));
        }
    }
}
