using System;
using System.Collections;
using System.Collections.Generic;
using IkmDomain.Common;
using IkmDomain.Feeds;
using Xunit;

namespace IkmDomain.Tests.Feeds;

/// <summary>The read-ahead helpers generated code calls are hints: they never run a list's own code and never fail.</summary>
public class FeedWriterPrefetchTests
{
    [Fact]
    public void PrefetchFirst_leaves_a_list_of_another_kind_alone()
    {
        var list = new TrapList();

        FeedWriter.PrefetchFirst(list, 1);
        FeedWriter.PrefetchFirst(list, 2);

        Assert.Equal(0, list.Calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void PrefetchFirst_takes_empty_null_and_null_element_lists(int stage)
    {
        var thrown = Record.Exception(() =>
        {
            FeedWriter.PrefetchFirst<Uri>(null, stage);
            FeedWriter.PrefetchFirst(Array.Empty<Uri>(), stage);
            FeedWriter.PrefetchFirst(new Uri?[] { null }, stage);
            FeedWriter.PrefetchFirst(new List<Uri?> { null }, stage);
            FeedWriter.PrefetchFirst(new List<string>(), stage);
            FeedWriter.PrefetchText((Uri?)null);
            FeedWriter.PrefetchText(default(FeedUrl));
            FeedWriter.Prefetch(null);
            FeedWriter.Prefetch("text");

            // A covariant array (strings seen as objects) is not an object[]: left alone, no failure.
            FeedWriter.PrefetchFirst<object>(new[] { "a" }, stage);
        });

        Assert.Null(thrown);
    }

    // Counts every call a reader could make of it.
    private sealed class TrapList : IReadOnlyList<Uri>
    {
        public int Calls { get; private set; }

        public int Count
        {
            get
            {
                Calls++;
                return 1;
            }
        }

        public Uri this[int index]
        {
            get
            {
                Calls++;
                return new Uri("https://x.example/");
            }
        }

        public IEnumerator<Uri> GetEnumerator()
        {
            Calls++;
            yield return new Uri("https://x.example/");
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
