using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Feeds;

/// <summary>
/// Runs a generated <see cref="IFeedFormatter{T}"/> over a sequence: header, then each item checked
/// as it is written (a bad item's bytes are taken back and it is skipped and reported, or throws in
/// strict mode: never written in part), then footer. Bytes go through a pooled <see cref="FeedBufferWriter"/> and are handed on
/// between items, so memory stays constant whatever the item count.
/// </summary>
/// <remarks>Generated writers call these methods; call them directly only with a generated formatter.</remarks>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class FeedWriter
{
    /// <summary>Writes <paramref name="items"/> to <paramref name="destination"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The stream; it is written to, not flushed or closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    public static FeedWriteResult Write<T, TFormatter>(IEnumerable<T> items, Stream destination, FeedWriterOptions? options)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new FeedBufferWriter();
        var result = Run<T, TFormatter>(items, buffer, destination, null, options ?? FeedWriterOptions.Default);
        buffer.FlushTo(destination);
        return result with { BytesWritten = buffer.TotalBytesWritten };
    }

    /// <summary>Writes <paramref name="items"/> to <paramref name="destination"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The buffer writer.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    public static FeedWriteResult Write<T, TFormatter>(IEnumerable<T> items, IBufferWriter<byte> destination, FeedWriterOptions? options)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        using var buffer = new FeedBufferWriter();
        var result = Run<T, TFormatter>(items, buffer, null, destination, options ?? FeedWriterOptions.Default);
        buffer.FlushTo(destination);
        return result with { BytesWritten = buffer.TotalBytesWritten };
    }

    /// <summary>Writes an asynchronous sequence to <paramref name="destination"/>, flushing as it goes, in constant memory.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The stream; it is written to, not flushed or closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the writes.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task<FeedWriteResult> WriteAsync<T, TFormatter>(IAsyncEnumerable<T> items, Stream destination, FeedWriterOptions? options, CancellationToken cancellationToken)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        options ??= FeedWriterOptions.Default;
        using var buffer = new FeedBufferWriter();
        var state = new State(options);
        default(TFormatter).WriteHeader(buffer, options);
        cancellationToken.ThrowIfCancellationRequested();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Between items, whatever the source does with the token.
            cancellationToken.ThrowIfCancellationRequested();
            WriteOne<T, TFormatter>(item, buffer, ref state);
            if (buffer.WrittenCount >= FeedBufferWriter.FlushThreshold)
            {
                await buffer.FlushToAsync(destination, cancellationToken).ConfigureAwait(false);
            }
        }

        default(TFormatter).WriteFooter(buffer, options);
        await buffer.FlushToAsync(destination, cancellationToken).ConfigureAwait(false);
        return state.ToResult(buffer.TotalBytesWritten);
    }

    private static FeedWriteResult Run<T, TFormatter>(IEnumerable<T> items, FeedBufferWriter buffer, Stream? stream, IBufferWriter<byte>? bufferWriter, FeedWriterOptions options)
        where TFormatter : struct, IFeedFormatter<T>
    {
        var state = new State(options);
        default(TFormatter).WriteHeader(buffer, options);
        foreach (var item in items)
        {
            WriteOne<T, TFormatter>(item, buffer, ref state);
            if (buffer.WrittenCount >= FeedBufferWriter.FlushThreshold)
            {
                if (stream is not null)
                {
                    buffer.FlushTo(stream);
                }
                else
                {
                    buffer.FlushTo(bufferWriter!);
                }
            }
        }

        default(TFormatter).WriteFooter(buffer, options);
        return state.ToResult(0);
    }

    private static void WriteOne<T, TFormatter>(T item, FeedBufferWriter buffer, ref State state)
        where TFormatter : struct, IFeedFormatter<T>
    {
        var index = state.Index++;
        if (item is null)
        {
            state.Skip(new FeedSkippedItem(index, null, "item", "is null"));
            return;
        }

        // Bytes are handed on only between items, so taking back a half-written item is a truncate.
        var mark = buffer.WrittenCount;
        FeedItemProblem problem;
        try
        {
            problem = default(TFormatter).WriteItem(buffer, item);
        }
        catch
        {
            buffer.Truncate(mark);
            throw;
        }

        if (problem.IsProblem)
        {
            buffer.Truncate(mark);
            state.Skip(new FeedSkippedItem(index, default(TFormatter).IdOf(item), problem.Attribute ?? "item", problem.Reason!));
            return;
        }

        state.Written++;
    }

    private struct State(FeedWriterOptions options)
    {
        public int Index;
        public long Written;
        public long SkippedCount;
        private List<FeedSkippedItem>? _skipped;

        public void Skip(FeedSkippedItem item)
        {
            if (options.Strict)
            {
                throw new FeedItemException(item);
            }

            SkippedCount++;
            if ((_skipped?.Count ?? 0) < options.MaxReportedSkips)
            {
                (_skipped ??= new List<FeedSkippedItem>()).Add(item);
            }
        }

        public readonly FeedWriteResult ToResult(long bytes) =>
            new(Written, SkippedCount, bytes, _skipped is null ? Array.Empty<FeedSkippedItem>() : _skipped.AsReadOnly());
    }
}
