using System.Text;

namespace IkmDomain.Generators.Tests;

/// <summary>
/// A list column held as an <c>ImmutableArray&lt;T&gt;</c> that was never set (its default, which throws
/// when enumerated) is written by a custom CSV template as an empty cell, as a null list is. (The
/// marketplace writers are covered in IkmDomain.Tests, PrefetchUserTypeTests.)
/// </summary>
public class DefaultImmutableArrayTests
{
    [Fact]
    public void A_default_ImmutableArray_is_written_as_no_list_by_a_template()
    {
        var bytes = GeneratorRunner.CompileAndRun("""
            using System;
            using System.Collections.Immutable;
            using System.IO;
            using IkmDomain.Feeds;
            namespace Shop;
            [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
            public sealed class Row
            {
                [FeedColumn("t", "Nama")] public string Name { get; init; } = "a";
                [FeedColumn("t", "Ukuran")] public ImmutableArray<string> Sizes { get; init; }
            }
            public static class Runner
            {
                public static byte[] Run()
                {
                    using var stream = new MemoryStream();
                    var csv = RowFeeds.CustomCsv.T.Write([new Row(), new Row { Sizes = ["S", "M"] }], stream, new FeedWriterOptions { Utf8Bom = false });
                    return [.. stream.ToArray(), .. System.Text.Encoding.UTF8.GetBytes(csv.ItemsWritten.ToString())];
                }
            }
            """);

        Assert.Equal("Nama,Ukuran\na,\na,\"S,M\"\n2", Encoding.UTF8.GetString(bytes));
    }
}
