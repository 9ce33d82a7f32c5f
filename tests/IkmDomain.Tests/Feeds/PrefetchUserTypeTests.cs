using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using IkmDomain.Feeds;
using Xunit;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// User types written from an array and a <see cref="List{T}"/> (read ahead through the generated
/// <c>Prefetch</c>) and from a lazy sequence (not read ahead): the bytes are the same, and code in a
/// user's getter runs exactly as often either way. The members are the shapes C# 12 to 14 give a
/// property: partial, <c>field</c>-backed, hiding, positional, in a struct.
/// </summary>
public class PrefetchUserTypeTests
{
    public static TheoryData<int> Counts() => new() { 0, 1, 2, 3, 4, 8, 9, 15, 16, 17, 40 };

    [Theory]
    [MemberData(nameof(Counts))]
    public void A_partial_property_backed_by_field_is_read_only_by_the_write(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => new PartialListing(i)).ToArray();

        AssertSameEitherWay(items, PartialListingFeeds.GoogleMerchantTsv.Write, () => PartialListing.Reads, () => PartialListing.Reads = 0);
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Field_keyword_and_hiding_properties_are_read_only_by_the_write(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => new HidingListing(i) { Price = "5000 IDR" }).ToArray();

        AssertSameEitherWay(items, HidingListingFeeds.GoogleMerchantTsv.Write, () => HidingListing.Reads, () => HidingListing.Reads = 0);
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void Lists_of_every_kind_with_nulls_are_written_the_same_with_the_read_ahead(int count)
    {
        var items = Enumerable.Range(0, count).Select(i => i % 7 == 6 ? null! : ListKinds.Make(i)).ToArray();

        AssertSameEitherWay(items, ListKindsFeeds.GoogleMerchantTsv.Write, () => 0, () => { });
        AssertSameEitherWay(items, ListKindsFeeds.GoogleMerchantXml.Write, () => 0, () => { });
    }

    [Theory]
    [MemberData(nameof(Counts))]
    public void A_struct_item_is_written_the_same_with_the_read_ahead(int count)
    {
        var items = Enumerable.Range(0, count).Select(StructListing.Make).ToArray();

        AssertSameEitherWay(items, StructListingFeeds.GoogleMerchantTsv.Write, () => 0, () => { });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(40)]
    public void A_list_of_the_callers_own_is_read_once_per_item_in_order(int count)
    {
        // Its indexer maps each item when asked: the writer must ask once per item, as a foreach would.
        var list = new MappingList(count);
        var lazy = Written(Enumerable.Range(0, count).Select(ListKinds.Make), ListKindsFeeds.GoogleMerchantTsv.Write);

        var written = Written(list, ListKindsFeeds.GoogleMerchantTsv.Write);

        Assert.Equal(lazy, written);
        Assert.Equal(Enumerable.Range(0, count), list.Asked);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public void An_ImmutableArray_of_items_is_written_as_the_same_items_lazily(int count)
    {
        var items = Enumerable.Range(0, count).Select(ListKinds.Make).ToImmutableArray();

        Assert.Equal(Written(items.Select(x => x), ListKindsFeeds.GoogleMerchantTsv.Write), Written(items, ListKindsFeeds.GoogleMerchantTsv.Write));
    }

    [Fact]
    public void A_default_ImmutableArray_is_written_as_no_list()
    {
        // ImmutableArray's default holds no array and throws when enumerated: an unset list member.
        var unset = ListKinds.Make(1) with { Materials = default };
        var empty = unset with { Materials = ImmutableArray<string>.Empty };

        Assert.Equal(Written(new[] { empty }, ListKindsFeeds.GoogleMerchantTsv.Write), Written(new[] { unset }, ListKindsFeeds.GoogleMerchantTsv.Write));
        Assert.Equal(Written(new[] { empty }, ListKindsFeeds.GoogleMerchantXml.Write), Written(new[] { unset }, ListKindsFeeds.GoogleMerchantXml.Write));
        Assert.Equal(Written(new[] { empty }, ListKindsFeeds.MetaCatalogCsv.Write), Written(new[] { unset }, ListKindsFeeds.MetaCatalogCsv.Write));
        Assert.Contains("1 written", Written(new[] { unset }, ListKindsFeeds.MetaCatalogCsv.Write));
    }

    private static void AssertSameEitherWay<T>(T[] items, Func<IEnumerable<T>, Stream, FeedWriteResult> write, Func<int> reads, Action reset)
    {
        reset();
        var array = Written(items, write);
        var arrayReads = reads();

        reset();
        var list = Written(new List<T>(items), write);
        var listReads = reads();

        reset();
        var lazy = Written(items.Select(x => x), write);
        var lazyReads = reads();

        Assert.Equal(lazy, array);
        Assert.Equal(lazy, list);
        Assert.Equal(lazyReads, arrayReads);
        Assert.Equal(lazyReads, listReads);
    }

    private static string Written<T>(IEnumerable<T> items, Func<IEnumerable<T>, Stream, FeedWriteResult> write)
    {
        using var stream = new MemoryStream();
        var result = write(items, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n" + result.ItemsWritten + " written, " + result.ItemsSkipped + " skipped";
    }
}

/// <summary>C# 13 partial properties whose implementing part computes through the C# 14 <c>field</c> keyword.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
public sealed partial class PartialListing
{
    public PartialListing(int i)
    {
        Id = "P" + i;
        Title = i % 3 == 0 ? null : "Title " + i;
        Link = new Uri("https://toko.example/p/" + i);
        AdditionalImageLinks = i % 2 == 0 ? null : new[] { new Uri("https://toko.example/i/" + i + ".jpg") };
    }

    public static int Reads { get; set; }

    public string Id { get; init; }

    public partial string? Title { get; set; }

    public string Description { get; init; } = "Batik tulis";

    public partial Uri Link { get; set; }

    public Uri ImageLink { get; init; } = new("https://toko.example/a.jpg");

    public StockState Availability { get; init; }

    public string Price { get; init; } = "10000 IDR";

    public partial IReadOnlyList<Uri>? AdditionalImageLinks { get; set; }

    public partial string? Title
    {
        get
        {
            Reads++;
            return field ?? "Untitled";
        }
        set => field = value;
    }

    public partial Uri Link
    {
        get
        {
            Reads++;
            return field;
        }
        set => field = value;
    }

    public partial IReadOnlyList<Uri>? AdditionalImageLinks
    {
        get
        {
            Reads++;
            return field;
        }
        set => field = value;
    }
}

public class HidingBase
{
    public string Title { get; init; } = "base";

    public virtual string Description { get; init; } = "base description";

    public Uri Link { get; init; } = new("https://toko.example/base");
}

/// <summary>Members hiding and overriding a base class's, and <c>field</c>-keyword properties.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
public sealed class HidingListing : HidingBase
{
    public HidingListing(int i)
    {
        Id = "H" + i;
        Brand = i % 2 == 0 ? null : " Brand ";
    }

    public static int Reads { get; set; }

    public string Id { get; }

    public new string Title
    {
        get
        {
            Reads++;
            return "Title " + Id;
        }
    }

    public override string Description
    {
        get
        {
            Reads++;
            return "described";
        }
        init { }
    }

    public new Uri Link
    {
        get
        {
            Reads++;
            return new Uri("https://toko.example/h/" + Id);
        }
    }

    // The C# 14 field keyword: a computed getter, and a plain getter with a computed setter.
    public Uri ImageLink
    {
        get
        {
            Reads++;
            return field ??= new Uri("https://toko.example/h.jpg");
        }
    }

    public string? Brand { get; set => field = value?.Trim(); }

    public StockState Availability { get; init; }

    public required string Price { get; init; } = "5000 IDR";
}

/// <summary>Every list shape a link or text list can have, with null lists and null elements.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
public sealed record ListKinds(string Id, string Title, string Description, Uri Link, Uri ImageLink, StockState Availability, string Price)
{
    public IReadOnlyList<Uri?>? AdditionalImageLinks { get; init; }

    public string[]? ProductTypes;

    public ImmutableArray<string> Materials { get; init; }

    public ItemCondition Condition { get; init; }

    public string Brand { get; init; } = "Tenun Lestari";

    public static ListKinds Make(int i)
    {
        IReadOnlyList<Uri?>? links = (i % 6) switch
        {
            0 => null,
            1 => Array.Empty<Uri?>(),
            2 => new Uri?[] { null, new("https://toko.example/x,y.jpg") },
            3 => new List<Uri?> { new("https://toko.example/l/" + i + ".jpg"), null },
            4 => new UriList { new("HTTPS://Toko.example/u/" + i + ".jpg") },
            _ => Enumerable.Range(0, i % 17).Select(j => (Uri?)new Uri("https://toko.example/r/" + j + ".jpg")).ToList(),
        };
        return new ListKinds("L" + i, "Title " + i, "Desc", new Uri("https://toko.example/l/" + i), new Uri("https://toko.example/l.jpg"), StockState.InStock, "1000 IDR")
        {
            AdditionalImageLinks = links,
            ProductTypes = i % 3 == 0 ? null : i % 3 == 1 ? new string[0] : new[] { "Batik", "Kain, tulis" },
            Materials = (i % 3) switch { 0 => default, 1 => ImmutableArray<string>.Empty, _ => ImmutableArray.Create("katun") },
        };
    }
}

/// <summary>A read-only list that makes each item when its indexer is asked, and records the asks.</summary>
public sealed class MappingList(int count) : IReadOnlyList<ListKinds>
{
    public List<int> Asked { get; } = new();

    public int Count => count;

    public ListKinds this[int index]
    {
        get
        {
            Asked.Add(index);
            return ListKinds.Make(index);
        }
    }

    public IEnumerator<ListKinds> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A list type of the user's own (a subclass of List: not read ahead).</summary>
public sealed class UriList : List<Uri?>
{
}

/// <summary>A struct item: nothing is read ahead, but its Prefetch must compile.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
public partial struct StructListing
{
    public string Id;

    public string Title { get; init; }

    public string Description { get; init; }

    public Uri Link { get; init; }

    public Uri ImageLink { get; init; }

    public StockState Availability { get; init; }

    public string Price { get; init; }

    public List<Uri>? AdditionalImageLinks { get; init; }

    public ImmutableArray<string> ProductTypes { get; init; }

    public static StructListing Make(int i) => new()
    {
        Id = "S" + i,
        Title = "T" + i,
        Description = "D",
        Link = new Uri("https://toko.example/s/" + i),
        ImageLink = new Uri("https://toko.example/s.jpg"),
        Price = "1 IDR",
        AdditionalImageLinks = i % 2 == 0 ? null : new List<Uri> { new("https://toko.example/s/" + i + ".jpg") },
        ProductTypes = ImmutableArray.Create("a"),
    };
}
