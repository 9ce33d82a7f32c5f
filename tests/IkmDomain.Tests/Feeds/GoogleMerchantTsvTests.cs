using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Tests.Feeds;

public class GoogleMerchantTsvTests
{
    private const string Header = "id\ttitle\tdescription\tlink\timage_link\tadditional_image_link\tavailability\tavailability_date\tprice\tbrand\tidentifier_exists\tcondition\tproduct_type\tmaterial\tshipping_weight\n";

    [Fact]
    public void Writes_header_and_one_row_per_item_in_specification_order()
    {
        using var stream = new MemoryStream();

        var result = ListingFeeds.GoogleMerchantTsv.Write([FeedTestData.Batik()], stream);

        Assert.Equal(
            Header + "BTK-001\tBatik tulis Pekalongan\tKain batik tulis, pewarna alam.\thttps://toko.example/batik/btk-001\thttps://toko.example/img/btk-001.jpg\t\tin_stock\t\t350000.00 IDR\tSekar Jagad\tno\tnew\t\t\t0.5 kg\n",
            stream.Utf8());
        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(stream.Length, result.BytesWritten);
    }

    [Fact]
    public void Output_has_no_byte_order_mark()
    {
        using var stream = new MemoryStream();

        ListingFeeds.GoogleMerchantTsv.Write([FeedTestData.Batik()], stream);

        Assert.Equal((byte)'i', stream.ToArray()[0]);
    }

    [Fact]
    public void Value_with_tab_newline_or_quote_is_quoted_with_quotes_doubled()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with { Title = "Taplak 12\" \tmeja\r\nbaru" };

        ListingFeeds.GoogleMerchantTsv.Write([item], stream);

        Assert.Contains("\t\"Taplak 12\"\" \tmeja\r\nbaru\"\t", stream.Utf8());
    }

    [Fact]
    public void Repeated_urls_are_comma_separated_with_commas_inside_encoded()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with
        {
            ImageLinks = [new Uri("https://toko.example/a,b.jpg"), new Uri("https://toko.example/c.jpg")],
        };

        ListingFeeds.GoogleMerchantTsv.Write([item], stream);

        Assert.Contains("\thttps://toko.example/a%2Cb.jpg,https://toko.example/c.jpg\t", stream.Utf8());
    }

    [Fact]
    public void Materials_are_joined_with_a_slash()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with { Materials = ["katun", "sutra"] };

        ListingFeeds.GoogleMerchantTsv.Write([item], stream);

        Assert.Contains("\tkatun/sutra\t", stream.Utf8());
    }

    [Fact]
    public void Item_with_a_title_over_150_characters_is_skipped_and_reported_and_the_rest_written()
    {
        using var stream = new MemoryStream();
        var bad = FeedTestData.Batik("BAD-1") with { Title = new string('x', 151) };

        var result = ListingFeeds.GoogleMerchantTsv.Write([FeedTestData.Batik("A"), bad, FeedTestData.Batik("B")], stream);

        Assert.Equal(2, result.ItemsWritten);
        Assert.Equal(1, result.ItemsSkipped);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(new FeedSkippedItem(1, "BAD-1", "title", "is longer than 150 characters") { Code = "IKM430" }, skipped);
        Assert.DoesNotContain("BAD-1", stream.Utf8());
        Assert.Equal(3, stream.Utf8().Count(c => c == '\n'));
    }

    [Theory]
    [InlineData("", "id", "is missing")]
    [InlineData("123456789012345678901234567890123456789012345678901", "id", "is longer than 50 characters")]
    public void Item_with_a_bad_id_is_skipped(string id, string attribute, string reason)
    {
        using var stream = new MemoryStream();

        var result = ListingFeeds.GoogleMerchantTsv.Write([FeedTestData.Batik(id)], stream);

        Assert.Equal(0, result.ItemsWritten);
        Assert.Equal(attribute, result.Skipped[0].Attribute);
        Assert.Equal(reason, result.Skipped[0].Reason);
        Assert.Equal(Header, stream.Utf8());
    }

    [Fact]
    public void Item_with_a_relative_or_ftp_link_is_skipped()
    {
        using var stream = new MemoryStream();
        var ftp = FeedTestData.Batik("FTP") with { Link = new Uri("ftp://toko.example/x") };
        var relative = FeedTestData.Batik("REL") with { Link = new Uri("/x", UriKind.Relative) };

        var result = ListingFeeds.GoogleMerchantTsv.Write([ftp, relative], stream);

        Assert.Equal(2, result.ItemsSkipped);
        Assert.All(result.Skipped, s => Assert.Equal("link", s.Attribute));
    }

    [Fact]
    public void Availability_value_Google_does_not_define_skips_the_item()
    {
        using var stream = new MemoryStream();
        var item = FeedTestData.Batik() with { Availability = StockState.Unknown };

        var result = ListingFeeds.GoogleMerchantTsv.Write([item], stream);

        Assert.Equal("availability", Assert.Single(result.Skipped).Attribute);
    }

    [Fact]
    public void Availability_enum_members_map_to_Google_values()
    {
        using var stream = new MemoryStream();
        var states = new[] { StockState.InStock, StockState.OutOfStock, StockState.PreOrder, StockState.Backorder, StockState.Discontinued };

        // Preorder and backorder need a date (answer/6324448), so every item has one.
        ListingFeeds.GoogleMerchantTsv.Write(states.Select(s => FeedTestData.Batik() with { Availability = s, AvailabilityDate = new DateOnly(2026, 12, 1) }), stream);

        var values = stream.Utf8().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')[6]);
        Assert.Equal(["in_stock", "out_of_stock", "preorder", "backorder", "out_of_stock"], values);
    }

    [Fact]
    public void Null_item_is_skipped_and_reported()
    {
        using var stream = new MemoryStream();

        var result = ListingFeeds.GoogleMerchantTsv.Write([null!, FeedTestData.Batik()], stream);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(0, Assert.Single(result.Skipped).Index);
    }

    [Fact]
    public void Strict_mode_throws_on_the_first_bad_item()
    {
        using var stream = new MemoryStream();
        var bad = FeedTestData.Batik("BAD") with { Description = " " };

        var ex = Assert.Throws<FeedItemException>(() =>
            ListingFeeds.GoogleMerchantTsv.Write([FeedTestData.Batik(), bad], stream, new FeedWriterOptions { Strict = true }));

        Assert.Equal("description", ex.Item!.Attribute);
        Assert.Equal("BAD", ex.Item.Id);
    }

    [Fact]
    public void MaxReportedSkips_caps_the_list_but_not_the_count()
    {
        using var stream = new MemoryStream();
        var bad = Enumerable.Range(0, 5).Select(i => FeedTestData.Batik("") );

        var result = ListingFeeds.GoogleMerchantTsv.Write(bad, stream, new FeedWriterOptions { MaxReportedSkips = 2 });

        Assert.Equal(5, result.ItemsSkipped);
        Assert.Equal(2, result.Skipped.Count);
    }

    [Fact]
    public void Buffer_writer_overload_writes_the_same_bytes_as_the_stream_overload()
    {
        var items = Enumerable.Range(0, 3000).Select(i => FeedTestData.Batik("S" + i)).ToArray();
        using var stream = new MemoryStream();
        var buffer = new ArrayBufferWriter<byte>();

        ListingFeeds.GoogleMerchantTsv.Write(items, stream);
        ListingFeeds.GoogleMerchantTsv.Write(items, buffer);

        Assert.Equal(stream.ToArray(), buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public async Task WriteAsync_writes_the_same_bytes_as_Write()
    {
        var items = Enumerable.Range(0, 3000).Select(i => FeedTestData.Batik("S" + i)).ToArray();
        using var expected = new MemoryStream();
        using var actual = new MemoryStream();

        ListingFeeds.GoogleMerchantTsv.Write(items, expected);
        var result = await ListingFeeds.GoogleMerchantTsv.WriteAsync(FeedTestData.ToAsync(items), actual);

        Assert.Equal(expected.ToArray(), actual.ToArray());
        Assert.Equal(3000, result.ItemsWritten);
    }

    [Fact]
    public async Task WriteAsync_stops_when_cancelled()
    {
        using var cts = new CancellationTokenSource();
        using var stream = new MemoryStream();
        var items = Enumerable.Range(0, 100).Select(i =>
        {
            if (i == 10)
            {
                cts.Cancel();
            }

            return FeedTestData.Batik("S" + i);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ListingFeeds.GoogleMerchantTsv.WriteAsync(FeedTestData.ToAsync(items), stream, cts.Token));
    }

    [Fact]
    public void Item_whose_member_throws_while_written_leaves_no_bytes_of_itself()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var items = new[] { FeedTestData.Batik("OK") }.Concat(Throwing());

        Assert.Throws<InvalidOperationException>(() => ListingFeeds.GoogleMerchantTsv.Write(items, buffer));

        Assert.Equal(0, buffer.WrittenCount);

        static System.Collections.Generic.IEnumerable<Listing> Throwing()
        {
            yield return FeedTestData.Batik("X");
            throw new InvalidOperationException("source failed");
        }
    }
}
