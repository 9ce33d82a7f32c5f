using System;
using System.IO;
using System.Linq;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// Meta's id pass reads each item's id once, read-ahead included: a computed id getter runs once more
/// per item than for a writer with no id pass (Google), not twice more.
/// </summary>
public class MetaIdPassReadTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(40)]
    public void The_id_pass_reads_each_id_once(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => new CountedIdListing("SKU-" + i)).ToArray();

        CountedIdListing.IdReads = 0;
        CountedIdListingFeeds.GoogleMerchantTsv.Write(items, new MemoryStream());
        var google = CountedIdListing.IdReads;
        CountedIdListing.IdReads = 0;
        var meta = CountedIdListingFeeds.MetaCatalogCsv.Write(items, new MemoryStream());

        Assert.Equal(count, meta.ItemsWritten);
        Assert.Equal(count, CountedIdListing.IdReads - google);
    }
}

/// <summary>A listing whose id getter counts its reads.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
public sealed partial class CountedIdListing(string id)
{
    public static int IdReads { get; set; }

    public string Id
    {
        get
        {
            IdReads++;
            return id;
        }
    }

    public string Title { get; init; } = "Tas anyaman pandan";

    public string Description { get; init; } = "Anyaman pandan, Tasikmalaya.";

    public Availability Availability { get; init; } = Availability.InStock;

    public Condition Condition { get; init; } = Condition.New;

    public Money Price { get; init; } = new(450_000m, Currency.IDR);

    public Uri Link { get; init; } = new("https://toko.example/p");

    public Uri ImageLink { get; init; } = new("https://toko.example/i.jpg");
}
