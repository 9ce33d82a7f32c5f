using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using IkmDomain.Common;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// The Google Merchant Center bytes, pinned: every Google writer run over products that reach each
/// branch (escaping, non-ASCII, lists, nulls, skipped items) must keep writing exactly the files in
/// Golden/. A change to Google's output fails here; refresh the files only for an intended change
/// (set IKM_UPDATE_GOLDEN=1 and run once).
/// </summary>
public class GoogleGoldenBytesTests
{
    public static TheoryData<string> Names => new()
    {
        "craft.tsv", "craft.xml", "listing.tsv", "listing.xml", "text.tsv", "text.xml", "url.tsv", "url.xml",
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Google_output_is_byte_identical_to_the_pinned_file(string name)
    {
        var actual = Write(name);
        var path = Path.Combine(GoldenFolder(), name);
        if (Environment.GetEnvironmentVariable("IKM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(path, actual);
        }

        Assert.True(File.Exists(path), "missing golden file " + path);
        Assert.Equal(File.ReadAllBytes(path), actual);
    }

    private static byte[] Write(string name)
    {
        using var stream = new MemoryStream();
        var options = new FeedWriterOptions { ChannelTitle = "Toko <Kayu> & Co", ChannelLink = new Uri("https://toko.example/?a=1&b=2") };
        _ = name switch
        {
            "craft.tsv" => CraftProductFeeds.GoogleMerchantTsv.Write(Crafts(), stream, options),
            "craft.xml" => CraftProductFeeds.GoogleMerchantXml.Write(Crafts(), stream, options),
            "listing.tsv" => ListingFeeds.GoogleMerchantTsv.Write(Listings(), stream, options),
            "listing.xml" => ListingFeeds.GoogleMerchantXml.Write(Listings(), stream, options),
            "text.tsv" => TextListingFeeds.GoogleMerchantTsv.Write(Texts(), stream, options),
            "text.xml" => TextListingFeeds.GoogleMerchantXml.Write(Texts(), stream, options),
            "url.tsv" => UrlListingFeeds.GoogleMerchantTsv.Write(Urls(), stream, options),
            "url.xml" => UrlListingFeeds.GoogleMerchantXml.Write(Urls(), stream, options),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return stream.ToArray();
    }

    private static IEnumerable<CraftProduct> Crafts()
    {
        var p = CraftProductFeedTests.Product();
        yield return p;
        yield return p with
        {
            Sku = "KYU-002",
            Title = "Tas \"anyaman\"\tpandan — Tasikmalaya 🧺",
            Description = "<p>Anyaman <strong>pandan</strong> &amp; rotan.</p>\r\nBaris dua\u0001",
            SalePrice = new Money(120000.5m, Currency.IDR),
            Gtin = Gtin.Parse("4006381333931"),
            Availability = Availability.Preorder,
            AvailabilityDate = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(7)),
            Condition = Condition.Used,
            Weight = Weight.FromKilograms(0.25m),
            Dimensions = null,
        };
        yield return p with { Sku = "KYU-003", Price = new Money(12.5m, Currency.USD), Weight = null };
        yield return p with { Sku = "KYU-004", Title = new string('x', 151) };
    }

    private static IEnumerable<Listing> Listings()
    {
        yield return FeedTestData.Batik();
        yield return FeedTestData.Batik("BTK-002") with
        {
            Title = "Quote \" and ,comma",
            Description = "Line\nbreak & <tag>",
            ImageLinks = [new Uri("https://toko.example/a,b.jpg"), new Uri("https://toko.example/ü.jpg")],
            ProductTypes = ["Home > Decor", "Gifts & crafts"], // A comma inside a value skips the item in TSV (IKM498, CommaJoinedListTests).
            Materials = ["kayu", "rotan"],
            Condition = ItemCondition.Used,
            IdentifierExists = true,
            AvailabilityDate = new DateOnly(2027, 1, 2),
            ShippingWeight = 1234.5678m,
            Availability = StockState.PreOrder,
        };
        yield return FeedTestData.Batik("BTK-003") with { Availability = StockState.Unknown };
        yield return FeedTestData.Batik("") with { Title = "no id" };
        yield return FeedTestData.Batik("BTK-005") with { Link = new Uri("ftp://toko.example/x") };
        yield return null!;
        yield return FeedTestData.Batik("BTK-007") with { Availability = StockState.Discontinued, Brand = null, Condition = null, ShippingWeight = null };
    }

    private static IEnumerable<TextListing> Texts()
    {
        yield return new TextListing { Id = "T1", Title = "Plain", Description = "Plain text", Brand = "B" };
        yield return new TextListing { Id = "T2", Title = "Çeşme ıİ", Description = "Tab\tCR\rLF\n\"q\"", Availability = StockState.OutOfStock };
        yield return new TextListing { Id = "T3", Title = new string('a', 40), Description = new string('é', 70) + "\uD800" };
    }

    private static IEnumerable<UrlListing> Urls()
    {
        yield return new UrlListing("U1", "Url", "d", new FeedUrl(new Uri("https://toko.example/p?x=1&y=2")), new FeedUrl(new Uri("https://toko.example/i.jpg")), StockState.InStock, "1.00 IDR")
        {
            ImageLinks = [new FeedUrl(new Uri("https://toko.example/a,b.jpg")), new FeedUrl(new Uri("https://toko.example/c.jpg"))],
        };
        yield return new UrlListing("U2", "No image", "d", new FeedUrl(new Uri("https://toko.example/p")), null, StockState.InStock, "1.00 IDR");
    }

    private static string GoldenFolder([CallerFilePath] string file = "") => Path.Combine(Path.GetDirectoryName(file)!, "Golden");
}
