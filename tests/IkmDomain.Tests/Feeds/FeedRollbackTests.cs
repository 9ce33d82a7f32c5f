using System;
using System.IO;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// Items are checked field by field as they are written, so an item that breaks a rule late has
/// bytes in the buffer when the break is found: they must all be taken back.
/// </summary>
public class FeedRollbackTests
{
    public static TheoryData<string, string> LateBreaks => new()
    {
        { "additional_image_link", "is not an absolute http(s) URL of at most 2000 characters" },
        { "availability", "has a value Google does not define" },
        { "brand", "is longer than 70 characters" },
        { "image_link", "is not an absolute http(s) URL of at most 2000 characters" },
    };

    private static Listing Breaking(string attribute) => attribute switch
    {
        "additional_image_link" => FeedTestData.Batik("LATE") with
        {
            ImageLinks = [new Uri("https://toko.example/img/ok.jpg"), new Uri("ftp://toko.example/img/late.jpg")],
        },
        "availability" => FeedTestData.Batik("LATE") with { Availability = StockState.Unknown },
        "brand" => FeedTestData.Batik("LATE") with { Brand = new string('b', 71) },
        "image_link" => FeedTestData.Batik("LATE") with { ImageLink = new Uri("https://toko.example/" + new string('i', 2000)) },
        _ => throw new ArgumentOutOfRangeException(nameof(attribute)),
    };

    [Theory]
    [MemberData(nameof(LateBreaks))]
    public void Tsv_item_breaking_a_rule_late_leaves_no_bytes(string attribute, string reason)
    {
        var good = new[] { FeedTestData.Batik("A"), FeedTestData.Batik("B") };
        using var expected = new MemoryStream();
        ListingFeeds.GoogleMerchantTsv.Write(good, expected);
        using var actual = new MemoryStream();

        var result = ListingFeeds.GoogleMerchantTsv.Write([good[0], Breaking(attribute), good[1]], actual);

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(new FeedSkippedItem(1, "LATE", attribute, reason) { Code = skipped.Code }, skipped);
        Assert.NotNull(skipped.Code);
        Assert.Equal(expected.ToArray(), actual.ToArray());
        Assert.Equal(expected.Length, result.BytesWritten);
    }

    [Theory]
    [MemberData(nameof(LateBreaks))]
    public void Xml_item_breaking_a_rule_late_leaves_no_bytes(string attribute, string reason)
    {
        var good = new[] { FeedTestData.Batik("A"), FeedTestData.Batik("B") };
        using var expected = new MemoryStream();
        ListingFeeds.GoogleMerchantXml.Write(good, expected);
        using var actual = new MemoryStream();

        var result = ListingFeeds.GoogleMerchantXml.Write([good[0], Breaking(attribute), good[1]], actual);

        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(new FeedSkippedItem(1, "LATE", attribute, reason) { Code = skipped.Code }, skipped);
        Assert.NotNull(skipped.Code);
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    [Fact]
    public void Strict_mode_throws_on_a_late_break_and_keeps_the_items_before_it()
    {
        using var expected = new MemoryStream();
        ListingFeeds.GoogleMerchantTsv.Write([FeedTestData.Batik("A")], expected);
        using var actual = new MemoryStream();

        var ex = Assert.Throws<FeedItemException>(() => ListingFeeds.GoogleMerchantTsv.Write(
            [FeedTestData.Batik("A"), Breaking("availability")], actual, new FeedWriterOptions { Strict = true }));

        Assert.Equal("availability", ex.Item!.Attribute);

        // Nothing of the bad item reached the stream.
        Assert.DoesNotContain("LATE", System.Text.Encoding.UTF8.GetString(actual.ToArray()), StringComparison.Ordinal);
    }
}
