using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// Meta drops every item whose id another item shares, so the writer learns the ids before it writes.
/// Whatever the destination (a stream that can seek or not, a buffer writer, a stream written in the
/// middle) and wherever the shared ids sit, the bytes and the result are the same.
/// </summary>
public class MetaSharedIdPassTests
{
    private static MetaListing Item(string id, string title = "Tas anyaman pandan", string price = "450000.00 IDR") =>
        new(id, title, "Anyaman pandan, Tasikmalaya.", new Uri("https://toko.example/p/" + id), new Uri("https://toko.example/i/" + id + ".jpg"), StockState.InStock, ItemCondition.New, price);

    // Catalogues with and without shared ids, bad items among them, the shared ones first, last and apart.
    public static TheoryData<string> Catalogues() => new()
    {
        "A B C",
        "A B A",
        "A A",
        "A B C D E F G H A",
        "A B! A C B! D",
        "X! X Y Y Z",
        "",
        "A",
        "=A B =A",
    };

    private static List<MetaListing> Build(string spec) => spec.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select((token, i) => token.EndsWith('!')
            ? Item(token.TrimEnd('!'), price: " ") // A bad item: the price is missing.
            : Item(token, title: "Item " + i))
        .ToList();

    private static (byte[] Bytes, FeedWriteResult Result) Write(Func<Stream, FeedWriteResult> write, Stream stream)
    {
        var result = write(stream);
        var bytes = stream is MemoryStream memory ? memory.ToArray() : ((NonSeekableStream)stream).Inner.ToArray();
        return (bytes, result);
    }

    private static void AssertSame((byte[] Bytes, FeedWriteResult Result) expected, (byte[] Bytes, FeedWriteResult Result) actual)
    {
        Assert.Equal(expected.Bytes, actual.Bytes);
        Assert.Equal(expected.Result.ItemsWritten, actual.Result.ItemsWritten);
        Assert.Equal(expected.Result.ItemsSkipped, actual.Result.ItemsSkipped);
        Assert.Equal(expected.Result.BytesWritten, actual.Result.BytesWritten);
        Assert.Equal(expected.Result.Skipped.Select(s => (s.Index, s.Id, s.Attribute, s.Reason, s.Code)), actual.Result.Skipped.Select(s => (s.Index, s.Id, s.Attribute, s.Reason, s.Code)));
        Assert.Equal(expected.Result.FormulaCells.Select(f => (f.Index, f.Id, f.Attribute)), actual.Result.FormulaCells.Select(f => (f.Index, f.Id, f.Attribute)));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void A_seekable_stream_gets_the_bytes_and_result_of_a_stream_that_cannot_seek(string spec)
    {
        var items = Build(spec);
        foreach (var write in new Func<Stream, FeedWriteResult>[]
        {
            s => MetaListingFeeds.MetaCatalogCsv.Write(items, s),
            s => MetaListingFeeds.MetaCatalogTsv.Write(items, s),
            s => MetaListingFeeds.MetaCatalogXml.Write(items, s),
        })
        {
            var gathered = Write(write, new NonSeekableStream());
            var onePass = Write(write, new MemoryStream());

            AssertSame(gathered, onePass);
            var ids = items.Select(i => i.Id).ToList();
            Assert.Equal(items.Count(i => ids.Count(x => x == i.Id) > 1), onePass.Result.Skipped.Count(s => s.Code == IkmDomain.Validation.IkmErrorCodes.FeedIdShared));
        }
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void A_buffer_writer_and_a_stream_get_the_same_bytes(string spec)
    {
        var items = Build(spec);
        var buffer = new ArrayBufferWriter<byte>();
        var viaBuffer = MetaListingFeeds.MetaCatalogCsv.Write(items, buffer);
        var viaStream = Write(s => MetaListingFeeds.MetaCatalogCsv.Write(items, s), new MemoryStream());

        Assert.Equal(buffer.WrittenSpan.ToArray(), viaStream.Bytes);
        Assert.Equal(viaBuffer.ItemsSkipped, viaStream.Result.ItemsSkipped);
    }

    [Fact]
    public void Shared_ids_found_late_leave_no_byte_of_the_first_pass()
    {
        // 3,000 items (more than one flush of the buffer), the last one sharing the first one's id.
        var items = Enumerable.Range(0, 3000).Select(i => Item("ID-" + i)).Append(Item("ID-0", title: "Late copy")).ToList();
        using var stream = new MemoryStream();

        var result = MetaListingFeeds.MetaCatalogCsv.Write(items, stream);

        Assert.Equal(2999, result.ItemsWritten);
        Assert.Equal([0, 3000], result.Skipped.Select(s => s.Index));
        Assert.Equal(stream.Length, result.BytesWritten);
        var text = stream.Utf8();
        Assert.DoesNotContain("ID-0,", text, StringComparison.Ordinal);
        Assert.Equal(3000, text.Count(c => c == '\n')); // The header and 2,999 rows.
    }

    [Fact]
    public void A_stream_written_in_the_middle_is_never_cut()
    {
        // Positioned before its end: the writer overwrites from there and never cuts what follows.
        var items = Build("A B A");
        using var stream = new MemoryStream();
        stream.Write("keep this tail"u8);
        stream.Position = 4;

        var result = MetaListingFeeds.MetaCatalogCsv.Write(items, stream);

        Assert.Equal(1, result.ItemsWritten);
        Assert.True(stream.Length >= 14);
        Assert.StartsWith("keep", stream.Utf8(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_stops_at_the_shared_id_as_when_the_ids_are_gathered_first()
    {
        // The first item breaks a rule and shares its id: strict mode reports the shared id (checked
        // before the item is written), never the item's other fault.
        var items = Build("A! A B");
        using var stream = new MemoryStream();

        var thrown = Assert.Throws<FeedItemException>(() => MetaListingFeeds.MetaCatalogCsv.Write(items, stream, new FeedWriterOptions { Strict = true }));

        Assert.Equal(("id", IkmDomain.Validation.IkmErrorCodes.FeedIdShared), (thrown.Item!.Attribute, thrown.Item.Code));
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public async Task Known_shared_ids_give_the_bytes_and_result_of_gathering_them(string spec)
    {
        var items = Build(spec);
        var shared = items.GroupBy(i => i.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var known = new FeedWriterOptions { SharedIds = shared };

        var gathered = Write(s => MetaListingFeeds.MetaCatalogCsv.Write(items, s), new MemoryStream());
        var streamed = Write(s => MetaListingFeeds.MetaCatalogCsv.Write(items, s, known), new MemoryStream());
        using var asyncStream = new MemoryStream();
        var asyncResult = await MetaListingFeeds.MetaCatalogCsv.WriteAsync(FeedTestData.ToAsync(items), asyncStream, known);

        AssertSame(gathered, streamed);
        AssertSame(gathered, (asyncStream.ToArray(), asyncResult));
    }

    [Fact]
    public async Task A_shared_id_the_known_set_lacks_stops_the_write_naming_it()
    {
        var items = Build("A B A");
        var known = new FeedWriterOptions { SharedIds = new HashSet<string>(StringComparer.Ordinal) };

        var thrown = Assert.Throws<InvalidOperationException>(() => MetaListingFeeds.MetaCatalogCsv.Write(items.Select(i => i), new MemoryStream(), known));
        var thrownAsync = await Assert.ThrowsAsync<InvalidOperationException>(() => MetaListingFeeds.MetaCatalogCsv.WriteAsync(FeedTestData.ToAsync(items), new MemoryStream(), known));

        Assert.Contains("\"A\"", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("SharedIds", thrownAsync.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_finds_its_shared_ids_itself_whatever_set_is_given()
    {
        // A list is held by the caller already: the writer's own pooled pass is exact and faster than
        // checking a set, so a given set (here a wrong one) does not change the result.
        var items = Build("A B A C");
        var wrong = new FeedWriterOptions { SharedIds = new HashSet<string>(StringComparer.Ordinal) { "C" } };

        var result = Write(s => MetaListingFeeds.MetaCatalogCsv.Write(items, s, wrong), new MemoryStream());

        AssertSame(Write(s => MetaListingFeeds.MetaCatalogCsv.Write(items, s), new MemoryStream()), result);
    }

    [Fact]
    public async Task With_known_shared_ids_an_asynchronous_source_streams()
    {
        // Without the set the writer holds every item before writing one; with it, rows reach the
        // stream while the source is still producing.
        using var stream = new MemoryStream();
        long bytesWhileProducing = 0;

        async IAsyncEnumerable<MetaListing> Source()
        {
            for (var i = 0; i < 5000; i++)
            {
                if (i == 4000)
                {
                    bytesWhileProducing = stream.Length;
                }

                await Task.Yield();
                yield return Item("ID-" + i);
            }
        }

        var result = await MetaListingFeeds.MetaCatalogCsv.WriteAsync(Source(), stream, new FeedWriterOptions { SharedIds = new HashSet<string>() });

        Assert.Equal(5000, result.ItemsWritten);
        Assert.True(bytesWhileProducing > 0, "no row was written before the source finished");
    }

    private sealed class NonSeekableStream : Stream
    {
        public MemoryStream Inner { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Inner.Write(buffer, offset, count);
    }
}
