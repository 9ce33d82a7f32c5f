using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using IkmDomain.Crafts;

namespace IkmDomain.Tests.Feeds;

/// <summary>WriteAsync honours cancellation between items, and an ordinary sequence can be written with asynchronous writes only.</summary>
public class FeedWriteAsyncTests
{
    private static IEnumerable<CraftProduct> Products(int count) =>
        Enumerable.Range(0, count).Select(i => CraftProductFeedTests.Product("P-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A source that ignores the token, as many do, and counts what it hands out.</summary>
    private sealed class DeafSource(int count, Action<int>? onItem = null)
    {
        public int Pulled { get; private set; }

#pragma warning disable CS1998 // The source is synchronous on purpose.
        public async IAsyncEnumerable<CraftProduct> Items([EnumeratorCancellation] CancellationToken ignored = default)
#pragma warning restore CS1998
        {
            foreach (var product in Products(count))
            {
                Pulled++;
                onItem?.Invoke(Pulled);
                yield return product;
            }
        }
    }

    /// <summary>Like an ASP.NET response body: synchronous writes throw.</summary>
    private sealed class AsyncOnlyStream : Stream
    {
        private readonly MemoryStream _inner = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position { get => _inner.Position; set => throw new NotSupportedException(); }

        public byte[] ToArray() => _inner.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _inner.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_pulls_no_item()
    {
        var source = new DeafSource(163);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CraftProductFeeds.GoogleMerchantTsv.WriteAsync(source.Items(), stream, cts.Token));

        Assert.Equal(0, source.Pulled);
    }

    [Fact]
    public async Task A_token_cancelled_midway_stops_before_the_next_item_is_written()
    {
        using var cts = new CancellationTokenSource();
        var source = new DeafSource(163, pulled =>
        {
            if (pulled == 3)
            {
                cts.Cancel();
            }
        });
        using var stream = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CraftProductFeeds.GoogleMerchantXml.WriteAsync(source.Items(), stream, cts.Token));

        Assert.Equal(3, source.Pulled);
    }

    [Fact]
    public async Task An_ordinary_sequence_is_cancelled_between_items()
    {
        using var cts = new CancellationTokenSource();
        var pulled = 0;
        IEnumerable<CraftProduct> Counted()
        {
            foreach (var p in Products(100))
            {
                if (++pulled == 5)
                {
                    cts.Cancel();
                }

                yield return p;
            }
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CraftProductFeeds.MetaCatalogTsv.WriteAsync(Counted().ToList(), new MemoryStream(), cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CraftProductFeeds.GoogleMerchantTsv.WriteAsync(Counted(), new MemoryStream(), cts.Token));
    }

    [Theory]
    [InlineData("google-tsv")]
    [InlineData("meta-csv")]
    public async Task An_ordinary_sequence_streams_to_a_body_that_disallows_synchronous_writes(string target)
    {
        // Enough items to cross the 64 KiB flush threshold several times.
        var products = Products(2_000).ToList();
        using var expected = new MemoryStream();
        using var body = new AsyncOnlyStream();

        var (sync, written) = target == "google-tsv"
            ? (CraftProductFeeds.GoogleMerchantTsv.Write(products, expected), await CraftProductFeeds.GoogleMerchantTsv.WriteAsync(products, body))
            : (CraftProductFeeds.MetaCatalogCsv.Write(products, expected), await CraftProductFeeds.MetaCatalogCsv.WriteAsync(products, body));

        Assert.True(expected.Length > 3 * IkmDomain.Feeds.FeedBufferWriter.FlushThreshold);
        Assert.Equal(sync.ItemsWritten, written.ItemsWritten);
        Assert.Equal(expected.ToArray(), body.ToArray());
    }
}
