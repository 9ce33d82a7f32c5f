using System;
using System.Buffers;
using System.ComponentModel;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Feeds;

/// <summary>
/// A growable UTF-8 buffer on pooled arrays, with the escaping primitives generated feed writers use:
/// TSV cells (quoted with <c>"</c> doubled when they hold a tab, CR, LF or quote) and XML text
/// (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped, CR kept as <c>&amp;#xD;</c>, characters XML 1.0
/// forbids removed, W3C XML 1.0 §2.2). Scans use vectorised <see cref="SearchValues{T}"/>.
/// </summary>
/// <remarks>
/// Not thread-safe. Dispose it to return its array to the pool; do not use it afterwards.
/// Invalid UTF-16 (a lone surrogate) is written as U+FFFD, since it cannot be encoded in UTF-8.
/// Generated writers call it; it is hidden from IntelliSense. One partial per concern: this file
/// (buffer and flushing), .Text (UTF-8 text and formatted values), .Delimited (TSV/CSV cells),
/// .Xml, .Urls and .Money; the SIMD ASCII narrowing is <see cref="AsciiNarrowing"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class FeedBufferWriter : IBufferWriter<byte>, IDisposable
{
    /// <summary>Generated writers hand the bytes on once this many are buffered, between items.</summary>
    public const int FlushThreshold = 64 * 1024;

    private byte[] _buffer;
    private int _written;
    private long _flushed;

    /// <summary>Creates a writer with a pooled buffer of at least <paramref name="initialCapacity"/> bytes.</summary>
    /// <param name="initialCapacity">The first buffer size; it grows as needed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCapacity"/> is not positive.</exception>
    public FeedBufferWriter(int initialCapacity = 2 * FlushThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    /// <summary>
    /// The options of the write in progress, set by <see cref="FeedWriter"/> before the header, so that a
    /// generated <c>WriteItem</c> reads the caller's <see cref="FeedWriterOptions.MarketplaceOptions"/>
    /// (one field read per item, no allocation).
    /// </summary>
    public FeedWriterOptions Options { get; internal set; } = FeedWriterOptions.Default;

    /// <summary>The bytes buffered and not yet flushed.</summary>
    public int WrittenCount => _written;

    /// <summary>All bytes written so far, flushed or not.</summary>
    public long TotalBytesWritten => _flushed + _written;

    /// <summary>The buffered bytes.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <inheritdoc />
    public void Advance(int count)
    {
        if ((uint)count > (uint)(_buffer.Length - _written))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Cannot advance past the end of the buffer.");
        }

        _written += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_written);
    }

    /// <summary>Drops the buffered bytes after <paramref name="length"/>: how a writer takes back a half-written item.</summary>
    /// <param name="length">The buffered length to keep, at most <see cref="WrittenCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or past the buffered bytes.</exception>
    public void Truncate(int length)
    {
        if ((uint)length > (uint)_written)
        {
            throw new ArgumentOutOfRangeException(nameof(length), length, "Cannot truncate past the buffered bytes.");
        }

        _written = length;
    }

    /// <summary>Writes bytes as they are (pre-encoded headers, tags and separators).</summary>
    /// <param name="bytes">The UTF-8 bytes.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        var buffer = _buffer;
        var at = _written;
        if ((uint)bytes.Length <= (uint)(buffer.Length - at))
        {
            // Pre-encoded literals are short and constant: the copy is unrolled where this is inlined.
            bytes.CopyTo(new Span<byte>(buffer, at, bytes.Length));
            _written = at + bytes.Length;
            return;
        }

        WriteRawSlow(bytes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteRawSlow(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_written));
        _written += bytes.Length;
    }

    /// <summary>Writes one byte.</summary>
    /// <param name="value">The byte.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte value)
    {
        // Each field read once, one bounds check: generated writers call this between every two cells.
        var buffer = _buffer;
        var at = _written;
        if ((uint)at < (uint)buffer.Length)
        {
            buffer[at] = value;
            _written = at + 1;
            return;
        }

        WriteByteSlow(value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void WriteByteSlow(byte value)
    {
        Ensure(1);
        _buffer[_written++] = value;
    }

    /// <summary>Copies the buffered bytes to <paramref name="destination"/> and empties the buffer.</summary>
    /// <param name="destination">The stream.</param>
    public void FlushTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(_buffer, 0, _written);
        _flushed += _written;
        _written = 0;
    }

    /// <summary>Copies the buffered bytes to <paramref name="destination"/> and empties the buffer.</summary>
    /// <param name="destination">The buffer writer.</param>
    public void FlushTo(IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        destination.Write(WrittenSpan);
        _flushed += _written;
        _written = 0;
    }

    /// <summary>Copies the buffered bytes to <paramref name="destination"/> and empties the buffer.</summary>
    /// <param name="destination">The stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public async ValueTask FlushToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await destination.WriteAsync(_buffer.AsMemory(0, _written), cancellationToken).ConfigureAwait(false);
        _flushed += _written;
        _written = 0;
    }

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = Array.Empty<byte>();
        _written = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Ensure(int size)
    {
        if (_buffer.Length - _written >= size)
        {
            return;
        }

        Grow(size);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int size)
    {
        var needed = (long)_written + size;
        var newSize = Math.Max((long)_buffer.Length * 2, needed);
        if (newSize > Array.MaxLength)
        {
            newSize = Math.Max(needed, Array.MaxLength);
        }

        var next = ArrayPool<byte>.Shared.Rent(checked((int)newSize));
        _buffer.AsSpan(0, _written).CopyTo(next);
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = next;
    }
}
