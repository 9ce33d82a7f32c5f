using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Benchmarks;

/// <summary>
/// Google TSV for a type of the user's own whose links are <see cref="Uri"/> members (not
/// <c>FeedUrl</c>), written from a <see cref="List{T}"/> the user built, against CsvHelper 34's
/// generated writer on the same values (a row type with the same <see cref="Uri"/> members, so both
/// read each link's text through its <see cref="Uri"/> on every run).
/// </summary>
[MemoryDiagnoser]
public class FeedUriTsvBenchmarks
{
    private List<UriListing> _listings = [];
    private List<UriPeerRow> _rows = [];
    private MemoryStream _stream = new();

    [GlobalSetup]
    public void Setup()
    {
        // Each writer its own copy of the data (see FeedBenchmarkData), each written once before the run.
        _listings = FeedBenchmarkData.Products().Select(UriListing.From).ToList();
        _stream = new MemoryStream(64 * 1024 * 1024);
        IkmDomainTsv();
        var ours = _stream.Length;
        _rows = FeedBenchmarkData.Products().Select(UriPeerRow.From).ToList();
        CsvHelper34();
        Console.WriteLine($"// feed bytes: ours {ours}, CsvHelper {_stream.Length}");
    }

    [Benchmark(Baseline = true, Description = "IkmDomain generated TSV, Uri members")]
    public long IkmDomainTsv()
    {
        _stream.SetLength(0);
        UriListingFeeds.GoogleMerchantTsv.Write(_listings, _stream);
        return _stream.Length;
    }

    [Benchmark(Description = "CsvHelper 34 [CsvRecord], Uri members")]
    public long CsvHelper34()
    {
        _stream.SetLength(0);
        using (var csv = CsvWriter.Create(_stream, CsvWriterOptions.Default with { Separator = '\t', NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecords(_rows);
        }

        return _stream.Length;
    }
}

/// <summary>A user's own listing type with <see cref="Uri"/> links, as the README shows.</summary>
[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
public sealed partial record UriListing(
    [property: FeedField(FeedAttribute.Id)] string Sku,
    string Title,
    string Description,
    Uri Link,
    Uri ImageLink,
    Availability Availability,
    Money Price,
    string Brand,
    Condition Condition)
{
    public IReadOnlyList<Uri>? AdditionalImageLinks { get; init; }

    public static UriListing From(CraftProduct p) =>
        new(p.Sku, p.Title, p.Description, p.Link, p.ImageLink, p.Availability, p.Price, p.Brand, p.Condition)
        {
            AdditionalImageLinks = p.ImageLinks.Skip(1).ToArray(),
        };
}

/// <summary>The same values for CsvHelper 34: links as <see cref="Uri"/>, the price as a decimal and a code.</summary>
[CsvRecord]
public sealed partial class UriPeerRow
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public Uri Link { get; set; } = null!;

    public Uri ImageLink { get; set; } = null!;

    public Uri? AdditionalImageLink { get; set; }

    public string Availability { get; set; } = "";

    public decimal Price { get; set; }

    public string Currency { get; set; } = "";

    public string Brand { get; set; } = "";

    public string Condition { get; set; } = "";

    public static UriPeerRow From(CraftProduct p) => new()
    {
        Id = p.Sku,
        Title = p.Title,
        Description = p.Description,
        Link = p.Link,
        ImageLink = p.ImageLink,
        AdditionalImageLink = p.ImageLinks.Skip(1).FirstOrDefault(),
        Availability = "in_stock",
        Price = p.Price.Amount,
        Currency = p.Price.Currency.Code,
        Brand = p.Brand,
        Condition = "new",
    };
}
