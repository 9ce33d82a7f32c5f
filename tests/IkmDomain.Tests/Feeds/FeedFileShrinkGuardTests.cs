using System;
using System.IO;

namespace IkmDomain.Tests.Feeds;

public sealed class FeedFileShrinkGuardTests : IDisposable
{
    private readonly FeedFileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static FeedPublishResult Publish(string path, int items, FeedPublishOptions? options = null) =>
        FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(FeedFileFolder.Products(items), stream), options);

    [Fact]
    public void The_first_publish_with_no_old_file_is_accepted_and_records_the_count()
    {
        var path = _folder.File("google.tsv");

        var result = Publish(path, 10);

        Assert.True(result.Published);
        Assert.Null(result.PreviousItemCount);
        var count = File.ReadAllText(FeedFile.ItemCountPath(path));
        Assert.Contains("\nitems=10\n", count, StringComparison.Ordinal);
        Assert.Contains("\nbytes=" + new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n", count, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_below_half_the_previous_count_is_refused_and_the_old_file_stays_byte_identical()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 10);
        var old = File.ReadAllBytes(path);
        var oldCount = File.ReadAllBytes(FeedFile.ItemCountPath(path));

        var result = Publish(path, 4);

        Assert.False(result.Published);
        Assert.Equal(FeedPublishStatus.RefusedShrink, result.Status);
        Assert.Equal(10, result.PreviousItemCount);
        Assert.Equal(4, result.ItemsWritten);
        Assert.Equal(
            "the new feed has 4 items, fewer than 50 % of the previous feed's 10 (at least 5 needed); the old file was left unchanged. Lower FeedPublishOptions.MinItemsRatio (0 turns the guard off) to publish it anyway.",
            result.Reason);
        Assert.Equal(path + ": not published: " + result.Reason, result.ToString());
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal(oldCount, File.ReadAllBytes(FeedFile.ItemCountPath(path)));
        Assert.Equal(["google.tsv", "google.tsv.count"], _folder.Names());
    }

    [Theory]
    [InlineData(1, "1 item", "1 item written")]
    [InlineData(0, "0 items", "0 items written")]
    public void Counts_of_one_read_in_the_singular(int items, string shrinkCount, string publishedCount)
    {
        var path = _folder.File("google.tsv");
        Publish(path, 10);

        var refused = Publish(path, items);
        var published = Publish(path, items, new FeedPublishOptions { MinItemsRatio = 0 });

        Assert.StartsWith("the new feed has " + shrinkCount + ", fewer than", refused.Reason, StringComparison.Ordinal);
        Assert.Contains(": published, " + publishedCount + ", 0 skipped, ", published.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_at_exactly_the_ratio_is_accepted()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 10);

        var result = Publish(path, 5);

        Assert.True(result.Published);
        Assert.Equal(10, result.PreviousItemCount);
        Assert.Equal(FeedFileFolder.PlainTsv(FeedFileFolder.Products(5)), File.ReadAllBytes(path));
        Assert.Contains("\nitems=5\n", File.ReadAllText(FeedFile.ItemCountPath(path)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.55, 100, 55, true)] // 0.55 * 100 is 55.00000000000001 in double: the guard must still accept 55
    [InlineData(0.55, 100, 54, false)]
    [InlineData(0.07, 100, 7, true)]  // 0.07 * 100 is 7.000000000000001 in double
    [InlineData(0.7, 10, 6, false)]
    [InlineData(0.5, 3, 2, true)]    // half of 3 is 1.5: 2 items are enough
    [InlineData(0.5, 3, 1, false)]
    [InlineData(1.0, 4, 4, true)]
    [InlineData(1.0, 4, 3, false)]
    [InlineData(0.0, 10, 0, true)]   // 0 turns the guard off
    public void The_ratio_is_compared_exactly(double ratio, int previous, int next, bool published)
    {
        var path = _folder.File("google.tsv");
        Publish(path, previous);

        var result = Publish(path, next, new FeedPublishOptions { MinItemsRatio = ratio });

        Assert.Equal(published, result.Published);
    }

    [Fact]
    public void Growing_feeds_are_always_accepted()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 2);

        Assert.True(Publish(path, 20).Published);
    }

    [Fact]
    public void An_empty_feed_replacing_an_empty_one_is_accepted()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 0);

        Assert.True(Publish(path, 0).Published);
    }

    [Fact]
    public void Skipped_items_do_not_count_towards_the_new_feed()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 4);
        var products = FeedFileFolder.Products(4);
        for (var i = 1; i < 4; i++)
        {
            products[i] = products[i] with { Title = new string('x', 151) };
        }

        var result = FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(products, stream));

        Assert.False(result.Published);
        Assert.Equal(3, result.ItemsSkipped);
    }

    [Fact]
    public void An_old_feed_without_a_count_file_cannot_be_judged_and_is_replaced()
    {
        var path = _folder.File("google.tsv");
        File.WriteAllText(path, "id\ttitle\n" + string.Concat(System.Linq.Enumerable.Repeat("A\tB\n", 100)));

        var result = Publish(path, 1);

        Assert.True(result.Published);
        Assert.Null(result.PreviousItemCount);
    }

    [Fact]
    public void A_count_file_whose_size_no_longer_matches_the_feed_is_ignored_as_stale()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 10);
        File.AppendAllText(path, "REPLACED-BY-ANOTHER-TOOL\n");

        var result = Publish(path, 1);

        Assert.True(result.Published);
        Assert.Null(result.PreviousItemCount);
    }

    [Fact]
    public void A_count_file_that_is_not_a_count_is_ignored()
    {
        var path = _folder.File("google.tsv");
        Publish(path, 10);
        File.WriteAllText(FeedFile.ItemCountPath(path), "items=ten\n");

        Assert.True(Publish(path, 1).Published);
    }

    [Fact]
    public void The_callers_previous_count_is_used_instead_of_the_count_file()
    {
        var path = _folder.File("google.tsv");

        var result = Publish(path, 3, new FeedPublishOptions { PreviousItemCount = 100, UseItemCountFile = false });

        Assert.False(result.Published);
        Assert.Equal(100, result.PreviousItemCount);
        Assert.Contains("at least 50 needed", result.Reason, StringComparison.Ordinal);
        Assert.Empty(_folder.Names());
    }

    [Fact]
    public void Without_the_count_file_and_a_callers_count_the_guard_does_not_apply()
    {
        var path = _folder.File("google.tsv");
        var options = new FeedPublishOptions { UseItemCountFile = false };
        Publish(path, 10, options);

        var result = Publish(path, 1, options);

        Assert.True(result.Published);
        Assert.Equal(["google.tsv"], _folder.Names());
    }

    [Fact]
    public void The_guard_works_for_gz_feeds_too()
    {
        var path = _folder.File("google.tsv.gz");
        Publish(path, 10);
        var old = File.ReadAllBytes(path);

        var result = Publish(path, 2);

        Assert.False(result.Published);
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal(["google.tsv.gz", "google.tsv.gz.count"], _folder.Names());
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void A_ratio_outside_zero_to_one_is_rejected(double ratio)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FeedPublishOptions { MinItemsRatio = ratio });

        Assert.Contains("between 0 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_previous_count_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FeedPublishOptions { PreviousItemCount = -1 });
    }

    [Fact]
    public void The_defaults_are_half_with_the_count_file_and_optimal_gzip()
    {
        Assert.Equal(0.5, FeedPublishOptions.Default.MinItemsRatio);
        Assert.True(FeedPublishOptions.Default.UseItemCountFile);
        Assert.Null(FeedPublishOptions.Default.PreviousItemCount);
        Assert.Equal(System.IO.Compression.CompressionLevel.Optimal, FeedPublishOptions.Default.CompressionLevel);
    }
}
