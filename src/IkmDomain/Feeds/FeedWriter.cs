using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
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
        return await WriteAsyncStreaming<T, TFormatter>(items, destination, options ?? FeedWriterOptions.Default, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<FeedWriteResult> WriteAsyncStreaming<T, TFormatter>(IAsyncEnumerable<T> items, Stream destination, FeedWriterOptions options, IReadOnlySet<string>? shared, CancellationToken cancellationToken)
        where TFormatter : struct, IFeedFormatter<T>
    {
        using var buffer = new FeedBufferWriter();
        var state = new State(options) { Shared = shared, Seen = Verifying(shared, options) };
        buffer.Options = options;
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

    /// <summary>
    /// Writes a sequence to <paramref name="destination"/> with asynchronous writes only (as ASP.NET
    /// response bodies require), flushing as it goes; the token is checked before each item.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The stream; it is written to, not flushed or closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked before each item; cancels the writes.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static Task<FeedWriteResult> WriteAsync<T, TFormatter>(IEnumerable<T> items, Stream destination, FeedWriterOptions? options, CancellationToken cancellationToken)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        return WriteSequenceAsync<T, TFormatter>(items, destination, options ?? FeedWriterOptions.Default, null, cancellationToken);
    }

    /// <summary>
    /// As <see cref="Write{T, TFormatter}(IEnumerable{T}, Stream, FeedWriterOptions?)"/> for a marketplace
    /// that drops every item whose id another item shares (Meta): all such items are skipped and
    /// reported, none written. To know the ids before writing, it holds the items (a list the caller
    /// passes is used as it is; any other sequence is copied into one: one reference per item) and a
    /// set of their ids (each id string, plus about 30 bytes per entry) until the end.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The stream; it is written to, not flushed or closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    public static FeedWriteResult WriteUniqueIds<T, TFormatter>(IEnumerable<T> items, Stream destination, FeedWriterOptions? options)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        var (list, shared) = options?.SharedIds is { } known && items is not IReadOnlyList<T> ? (items, known) : Gather<T, TFormatter>(items);
        using var buffer = new FeedBufferWriter();
        var result = Run<T, TFormatter>(list, buffer, destination, null, options ?? FeedWriterOptions.Default, shared);
        buffer.FlushTo(destination);
        return result with { BytesWritten = buffer.TotalBytesWritten };
    }

    /// <summary>As <see cref="WriteUniqueIds{T, TFormatter}(IEnumerable{T}, Stream, FeedWriterOptions?)"/>, to a buffer writer.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The buffer writer.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    public static FeedWriteResult WriteUniqueIds<T, TFormatter>(IEnumerable<T> items, IBufferWriter<byte> destination, FeedWriterOptions? options)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        var (list, shared) = options?.SharedIds is { } known && items is not IReadOnlyList<T> ? (items, known) : Gather<T, TFormatter>(items);
        using var buffer = new FeedBufferWriter();
        var result = Run<T, TFormatter>(list, buffer, null, destination, options ?? FeedWriterOptions.Default, shared);
        buffer.FlushTo(destination);
        return result with { BytesWritten = buffer.TotalBytesWritten };
    }

    /// <summary>As <see cref="WriteUniqueIds{T, TFormatter}(IEnumerable{T}, Stream, FeedWriterOptions?)"/>, with asynchronous writes.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The stream; it is written to, not flushed or closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Checked before each item; cancels the writes.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static Task<FeedWriteResult> WriteAsyncUniqueIds<T, TFormatter>(IEnumerable<T> items, Stream destination, FeedWriterOptions? options, CancellationToken cancellationToken)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        cancellationToken.ThrowIfCancellationRequested();
        var (list, shared) = options?.SharedIds is { } known && items is not IReadOnlyList<T> ? (items, known) : Gather<T, TFormatter>(items);
        return WriteSequenceAsync<T, TFormatter>(list, destination, options ?? FeedWriterOptions.Default, shared, cancellationToken);
    }

    /// <summary>As <see cref="WriteUniqueIds{T, TFormatter}(IEnumerable{T}, Stream, FeedWriterOptions?)"/>, for an asynchronous sequence (gathered first, then written).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <typeparam name="TFormatter">The generated formatter.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="destination">The stream; it is written to, not flushed or closed.</param>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="FeedWriterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the enumeration and the writes; checked before each item.</param>
    /// <returns>What was written and skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FeedItemException">Strict mode, and an item broke a rule.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static async Task<FeedWriteResult> WriteAsyncUniqueIds<T, TFormatter>(IAsyncEnumerable<T> items, Stream destination, FeedWriterOptions? options, CancellationToken cancellationToken)
        where TFormatter : struct, IFeedFormatter<T>
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(destination);
        cancellationToken.ThrowIfCancellationRequested();
        if (options?.SharedIds is { } known)
        {
            // The caller knows the shared ids: the items stream through, none is held.
            return await WriteAsyncStreaming<T, TFormatter>(items, destination, options, known, cancellationToken).ConfigureAwait(false);
        }

        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            cancellationToken.ThrowIfCancellationRequested();
            list.Add(item);
        }

        var (_, shared) = Gather<T, TFormatter>(list);
        return await WriteSequenceAsync<T, TFormatter>(list, destination, options ?? FeedWriterOptions.Default, shared, cancellationToken).ConfigureAwait(false);
    }

    // The caller's own set of shared ids is checked as the items go by; a set the writer gathered is complete.
    private static HashSet<string>? Verifying(IReadOnlySet<string>? shared, FeedWriterOptions options) =>
        shared is not null && ReferenceEquals(shared, options.SharedIds) ? new HashSet<string>(StringComparer.Ordinal) : null;

    private const string SharedIdReason = "is shared with another item; Meta drops every item whose id is duplicated";

    // The items as a list (the caller's own when it is one) and the ids more than one item has.
    // The ids go into an open-addressing table of (hash, index + 1) pairs in one pooled array sized
    // once (at least twice the item count, so probes stay short): nothing is allocated per run once
    // the pool holds the array, no id is copied, and an id's text is compared only when its 32-bit
    // hash matches another's. Only ids that are in fact shared make a set.
    private static (IEnumerable<T> Items, IReadOnlySet<string>? Shared) Gather<T, TFormatter>(IEnumerable<T> items)
        where TFormatter : struct, IFeedFormatter<T>
    {
        var list = items as IReadOnlyList<T> ?? new List<T>(items);
        var count = list.Count;
        if (count > 1 << 28)
        {
            return (list, GatherLarge<T, TFormatter>(list));
        }

        // An array or List<T> is read as a span; a list of another kind is copied into a pooled array
        // for this pass (returned, cleared, at the end), so that no interface call is made per item.
        T[]? copy = null;
        if (!TryGetSpan(list, out var span))
        {
            copy = ArrayPool<T>.Shared.Rent(count);
            for (var i = 0; i < count; i++)
            {
                copy[i] = list[i];
            }

            span = new ReadOnlySpan<T>(copy, 0, count);
        }

        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count) * 2);
        var slots = ArrayPool<ulong>.Shared.Rent(capacity);
        HashSet<string>? shared = null;
        try
        {
            var table = slots.AsSpan(0, capacity);
            table.Clear();
            var mask = capacity - 1;
            for (var i = 0; i < span.Length; i++)
            {
                // The ids live in objects all over the heap: fetching the items 16 ahead and their ids 8
                // ahead keeps several cache misses in flight instead of waiting on one per item.
                if (i + 2 * PrefetchDistance < span.Length)
                {
                    PrefetchObject(span[i + 2 * PrefetchDistance]);
                }

                if (i + PrefetchDistance < span.Length && span[i + PrefetchDistance] is { } ahead)
                {
                    PrefetchObject(default(TFormatter).IdOf(ahead));
                }

                var item = span[i];
                if (item is null || default(TFormatter).IdOf(item) is not { } id)
                {
                    continue;
                }

                var hash = (uint)string.GetHashCode(id.AsSpan());
                var entry = ((ulong)hash << 32) | (uint)(i + 1);
                var slot = (int)hash & mask;
                while (true)
                {
                    var held = table[slot];
                    if (held == 0)
                    {
                        table[slot] = entry;
                        break;
                    }

                    if ((uint)(held >> 32) == hash
                        && string.Equals(default(TFormatter).IdOf(span[(int)(uint)held - 1]!), id, StringComparison.Ordinal))
                    {
                        (shared ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(slots);
            if (copy is not null)
            {
                ArrayPool<T>.Shared.Return(copy, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            }
        }

        return (list, shared);
    }

    private const int PrefetchDistance = 8;

    // An array's or a List<T>'s items as a span: read by index with no interface call per item. A
    // covariant array (a string[] passed as object[]) is read through a read-only span, which allows it.
    private static bool TryGetSpan<T>(IEnumerable<T> items, out ReadOnlySpan<T> span)
    {
        if (items is T[] array)
        {
            span = new ReadOnlySpan<T>(array);
            return true;
        }

        if (items is List<T> list)
        {
            span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);
            return true;
        }

        span = default;
        return false;
    }

    // A hint to the processor to bring an object's first cache line in; no effect on what runs. The
    // address is read from the reference as it is now: if the collector moves the object meanwhile,
    // the hint is merely wasted. Value types are not objects here and are not fetched.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void PrefetchObject<TObject>(TObject value)
    {
        if (!typeof(TObject).IsValueType && System.Runtime.Intrinsics.X86.Sse.IsSupported && value is not null)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0((void*)Unsafe.As<TObject, nint>(ref value));
        }
    }

    // Beyond 2^28 items the table's index would not fit its slot array: a plain set.
    private static HashSet<string>? GatherLarge<T, TFormatter>(IReadOnlyList<T> list)
        where TFormatter : struct, IFeedFormatter<T>
    {
        var seen = new HashSet<string>(list.Count, StringComparer.Ordinal);
        HashSet<string>? shared = null;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (item is not null && default(TFormatter).IdOf(item) is { } id && !seen.Add(id))
            {
                (shared ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
            }
        }

        return shared;
    }

    private static async Task<FeedWriteResult> WriteSequenceAsync<T, TFormatter>(IEnumerable<T> items, Stream destination, FeedWriterOptions options, IReadOnlySet<string>? shared, CancellationToken cancellationToken)
        where TFormatter : struct, IFeedFormatter<T>
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var buffer = new FeedBufferWriter();
        var state = new State(options) { Shared = shared, Seen = Verifying(shared, options) };
        buffer.Options = options;
        default(TFormatter).WriteHeader(buffer, options);
        foreach (var item in items)
        {
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

    private static FeedWriteResult Run<T, TFormatter>(IEnumerable<T> items, FeedBufferWriter buffer, Stream? stream, IBufferWriter<byte>? bufferWriter, FeedWriterOptions options, IReadOnlySet<string>? shared = null)
        where TFormatter : struct, IFeedFormatter<T>
    {
        var state = new State(options) { Shared = shared, Seen = Verifying(shared, options) };
        buffer.Options = options;
        default(TFormatter).WriteHeader(buffer, options);
        if (TryGetSpan(items, out var span))
        {
            // By index, with each item's object fetched a few items ahead: its members' references are
            // then at hand when its turn comes, and their own cache misses overlap.
            for (var i = 0; i < span.Length; i++)
            {
                if (i + PrefetchDistance < span.Length)
                {
                    PrefetchObject(span[i + PrefetchDistance]);
                }

                WriteOne<T, TFormatter>(span[i], buffer, ref state);
                FlushIfFull(buffer, stream, bufferWriter);
            }
        }
        else if (items is IReadOnlyList<T> list)
        {
            // As above, through the list's indexer.
            var count = list.Count;
            for (var i = 0; i < count; i++)
            {
                if (i + PrefetchDistance < count)
                {
                    PrefetchObject(list[i + PrefetchDistance]);
                }

                WriteOne<T, TFormatter>(list[i], buffer, ref state);
                FlushIfFull(buffer, stream, bufferWriter);
            }
        }
        else
        {
            foreach (var item in items)
            {
                WriteOne<T, TFormatter>(item, buffer, ref state);
                FlushIfFull(buffer, stream, bufferWriter);
            }
        }

        default(TFormatter).WriteFooter(buffer, options);
        return state.ToResult(0);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void FlushIfFull(FeedBufferWriter buffer, Stream? stream, IBufferWriter<byte>? bufferWriter)
    {
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

    private static void WriteOne<T, TFormatter>(T item, FeedBufferWriter buffer, ref State state)
        where TFormatter : struct, IFeedFormatter<T>
    {
        var index = state.Index++;
        if (item is null)
        {
            state.Skip(new FeedSkippedItem(index, null, "item", "is null") { Code = IkmDomain.Validation.IkmErrorCodes.FeedRequiredValueMissing });
            return;
        }

        if (state.Shared is { } shared && default(TFormatter).IdOf(item) is { } id)
        {
            if (shared.Contains(id))
            {
                state.Skip(new FeedSkippedItem(index, id, "id", SharedIdReason) { Code = IkmDomain.Validation.IkmErrorCodes.FeedIdShared });
                return;
            }

            if (state.Seen is { } seen && !seen.Add(id))
            {
                throw new InvalidOperationException(
                    "Item " + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + " has the id \"" + id + "\", which an earlier item has too, but FeedWriterOptions.SharedIds does not list it: the set must hold every id more than one item has (the items before this one are already written).");
            }
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
            buffer.ClearFormulaNotes();
            throw;
        }

        if (problem.IsProblem)
        {
            buffer.Truncate(mark);
            buffer.ClearFormulaNotes();
            state.Skip(new FeedSkippedItem(index, default(TFormatter).IdOf(item), problem.Attribute ?? "item", problem.Reason!) { Code = problem.Code ?? IkmDomain.Validation.IkmErrorCodes.FeedItemRejected });
            return;
        }

        if (buffer.FormulaNoteCount != 0)
        {
            state.NoteFormulaCells(index, default(TFormatter).IdOf(item), buffer);
        }

        state.Written++;
    }

    private struct State(FeedWriterOptions options)
    {
        /// <summary>Ids more than one item has (unique-id writers only): every such item is skipped.</summary>
        public IReadOnlySet<string>? Shared;

        /// <summary>The ids seen so far, when <see cref="Shared"/> is the caller's <see cref="FeedWriterOptions.SharedIds"/>: a second sighting it lacks is an error.</summary>
        public HashSet<string>? Seen;
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

        public long FormulaCount;
        private List<FeedFormulaCell>? _formulaCells;

        // The cells of a written item that start like a formula (FeedBufferWriter's notes), then cleared.
        public void NoteFormulaCells(int index, string? id, FeedBufferWriter buffer)
        {
            foreach (var (attribute, code) in buffer.FormulaNotes!)
            {
                FormulaCount++;
                if ((_formulaCells?.Count ?? 0) < options.MaxReportedFormulaCells)
                {
                    (_formulaCells ??= new List<FeedFormulaCell>()).Add(new FeedFormulaCell(index, id, attribute, code));
                }
            }

            buffer.ClearFormulaNotes();
        }

        public readonly FeedWriteResult ToResult(long bytes) =>
            new(Written, SkippedCount, bytes, _skipped is null ? Array.Empty<FeedSkippedItem>() : _skipped.AsReadOnly())
            {
                FormulaCellCount = FormulaCount,
                FormulaCells = _formulaCells is null ? Array.Empty<FeedFormulaCell>() : _formulaCells.AsReadOnly(),
            };
    }
}
