using System.Text;
using System.Text.RegularExpressions;

namespace IkmDomain.Generators.Tests;

/// <summary>
/// The generated <c>Prefetch</c> reads ahead only members whose reading runs no user code, so writing
/// reads a computed property exactly as often with the read-ahead as without it.
/// </summary>
public class PrefetchTests
{
    private const string Kinds = """
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using IkmDomain.Feeds;
        namespace Shop;
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
        public partial class Listing
        {
            public string Id = "";
            public string Title { get; init; } = "";
            public string Description => "computed";
            public string Brand { get { return "b"; } }
            public virtual Uri Link { get; init; } = new("https://x.example/p");
            public Uri ImageLink { get; init; } = new("https://x.example/i.jpg");
            public IReadOnlyList<Uri>? AdditionalImageLinks { get; init; }
            public ImmutableArray<string> ProductTypes { get; init; }
        }
        """;

    [Fact]
    public void Prefetch_reads_fields_and_auto_properties_only()
    {
        var prefetch = PrefetchMethod(GeneratorRunner.Generate(Kinds));

        Assert.Contains("FeedWriter.Prefetch(item.Id);", prefetch);
        Assert.Contains("FeedWriter.Prefetch(item.Title);", prefetch);
        Assert.Contains("FeedWriter.Prefetch(item.ImageLink);", prefetch);
        Assert.Contains("FeedWriter.PrefetchText(item.ImageLink);", prefetch);
        Assert.Contains("FeedWriter.PrefetchFirst(item.AdditionalImageLinks, 1);", prefetch);
        Assert.Contains("FeedWriter.PrefetchFirst(item.AdditionalImageLinks, 2);", prefetch);
        // Computed, virtual, or a list in a struct (boxed if read ahead).
        Assert.DoesNotContain("item.Description", prefetch);
        Assert.DoesNotContain("item.Brand", prefetch);
        Assert.DoesNotContain("item.Link", prefetch);
        Assert.DoesNotContain("item.ProductTypes", prefetch);
    }

    [Fact]
    public void A_type_with_only_computed_members_prefetches_nothing()
    {
        var prefetch = PrefetchMethod(GeneratorRunner.Generate("""
            using IkmDomain.Feeds;
            namespace Shop;
            [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
            public partial class Listing
            {
                public string Id => "1";
                public string Title => "T";
            }
            """));

        Assert.DoesNotContain("FeedWriter.", prefetch);
    }

    [Fact]
    public void Writing_reads_a_computed_member_as_often_with_the_read_ahead_as_without()
    {
        // An array is written with the read-ahead; the same items as a lazy sequence without it.
        var bytes = GeneratorRunner.CompileAndRun("""
            using System;
            using System.IO;
            using System.Linq;
            using IkmDomain.Feeds;
            namespace Shop;
            [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
            public sealed partial class Listing
            {
                public static int TitleReads;
                public string Id { get; init; } = "";
                public string Title { get { TitleReads++; return "T" + Id; } }
                public Uri Link { get; init; } = new("https://x.example/p");
            }
            public static class Runner
            {
                public static byte[] Run()
                {
                    var items = Enumerable.Range(0, 100).Select(i => new Listing { Id = i.ToString() }).ToArray();
                    using var first = new MemoryStream();
                    ListingFeeds.GoogleMerchantTsv.Write(items, first);
                    var withReadAhead = Listing.TitleReads;
                    Listing.TitleReads = 0;
                    using var second = new MemoryStream();
                    ListingFeeds.GoogleMerchantTsv.Write(items.Select(x => x), second);
                    var same = first.ToArray().AsSpan().SequenceEqual(second.ToArray());
                    return System.Text.Encoding.UTF8.GetBytes(withReadAhead + " " + Listing.TitleReads + " " + same);
                }
            }
            """);

        Assert.Equal("100 100 True", Encoding.UTF8.GetString(bytes));
    }

    private static string PrefetchMethod(string generated)
    {
        var match = Regex.Match(generated, @"public void Prefetch\(.*?(?=public global::IkmDomain\.Feeds\.FeedItemProblem WriteItem)", RegexOptions.Singleline);
        Assert.True(match.Success, "no Prefetch method in the generated source");
        return match.Value;
    }
}
