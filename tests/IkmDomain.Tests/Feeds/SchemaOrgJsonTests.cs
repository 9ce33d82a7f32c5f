using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Feeds;

/// <summary>A user's own type with the schema.org target.</summary>
[MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Json)]
public sealed record SchemaListing(string Id, string Title, Uri ImageLink, Money Price)
{
    public string? Description { get; init; }

    public string? Brand { get; init; }

    public StockState Availability { get; init; }
}

/// <summary>schema.org Product JSON-LD (issue 13 §2, FEEDS.md §5).</summary>
public class SchemaOrgJsonTests
{
    private static string Write(IEnumerable<CraftProduct> products, out FeedWriteResult result)
    {
        using var stream = new MemoryStream();
        result = CraftProductFeeds.SchemaOrgJson.Write(products, stream);
        return stream.Utf8();
    }

    [Fact]
    public void One_product_is_written_as_these_exact_bytes()
    {
        var text = Write([CraftProductFeedTests.Product()], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(
            "[\n"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Topeng kayu Malangan\",\"description\":\"Topeng kayu ukir tangan dari Malang.\",\"sku\":\"KYU-001\","
            + "\"brand\":{\"@type\":\"Brand\",\"name\":\"Sanggar Malangan\"},\"image\":\"https://toko.example/img/1.jpg\","
            + "\"offers\":{\"@type\":\"Offer\",\"price\":\"150000\",\"priceCurrency\":\"IDR\",\"availability\":\"https://schema.org/InStock\",\"itemCondition\":\"https://schema.org/NewCondition\",\"url\":\"https://toko.example/topeng\"}}\n"
            + "]\n",
            text);
    }

    [Fact]
    public void Gtin_sen_and_availability_are_written_and_items_are_comma_separated()
    {
        var second = CraftProductFeedTests.Product("KYU-002") with
        {
            Gtin = Gtin.Parse("4006381333931"),
            Price = new Money(1234567.5m, Currency.IDR),
            Availability = Availability.Preorder,
        };

        var text = Write([CraftProductFeedTests.Product(), second], out var result);

        Assert.Equal(2, result.ItemsWritten);
        using var doc = JsonDocument.Parse(text);
        var items = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal("4006381333931", items[1].GetProperty("gtin").GetString());
        Assert.Equal("1234567.5", items[1].GetProperty("offers").GetProperty("price").GetString());
        Assert.Equal("https://schema.org/PreOrder", items[1].GetProperty("offers").GetProperty("availability").GetString());
        Assert.False(items[0].TryGetProperty("gtin", out _));
    }

    [Fact]
    public void An_empty_feed_is_an_empty_array()
    {
        var text = Write([], out var result);

        Assert.Equal(0, result.ItemsWritten);
        Assert.Equal("[\n]\n", text);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(0, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Script_end_and_comment_open_never_appear_literally()
    {
        const string Title = "Topeng </script><script>alert('x')</script> <!-- & \"kayu\" \\ \u2028";
        var product = CraftProductFeedTests.Product() with { Title = Title, Brand = "A</B>" };

        var text = Write([product], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.DoesNotContain("</", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", text, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var item = doc.RootElement[0];
        Assert.Equal(Title, item.GetProperty("name").GetString());
        Assert.Equal("A</B>", item.GetProperty("brand").GetProperty("name").GetString());
    }

    [Fact]
    public void A_users_type_without_brand_writes_no_brand_object_and_an_unmapped_availability_is_skipped()
    {
        var ok = new SchemaListing("S-1", "Kain tenun", new Uri("https://toko.example/s.jpg"), new Money(99000m, Currency.IDR)) { Availability = StockState.InStock };
        var bad = ok with { Id = "S-2", Availability = StockState.Unknown };
        using var stream = new MemoryStream();

        var result = SchemaListingFeeds.SchemaOrgJson.Write([ok, bad], stream);

        Assert.Equal(1, result.ItemsWritten);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("S-2", skipped.Id);
        Assert.Equal("offers.availability", skipped.Attribute);
        Assert.Contains("schema.org", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal(
            "[\n{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Kain tenun\",\"sku\":\"S-1\",\"image\":\"https://toko.example/s.jpg\","
            + "\"offers\":{\"@type\":\"Offer\",\"price\":\"99000\",\"priceCurrency\":\"IDR\",\"availability\":\"https://schema.org/InStock\"}}\n]\n",
            stream.Utf8());
    }

    [Fact]
    public void The_writer_allocates_nothing_per_item()
    {
        var one = new[] { CraftProductFeedTests.Product() with { Price = new Money(150000.5m, Currency.IDR), Gtin = Gtin.Parse("4006381333931") } };
        var many = Enumerable.Repeat(one[0], 2000).ToArray();
        CraftProductFeeds.SchemaOrgJson.Write(many, Stream.Null); // warm up: JIT, pools, the product's URL cache

        long written = 0;
        var extra = AllocationProbe.ExtraBytes(() => CraftProductFeeds.SchemaOrgJson.Write(one, Stream.Null), () => written = CraftProductFeeds.SchemaOrgJson.Write(many, Stream.Null).ItemsWritten);

        Assert.Equal(2000, written);
        Assert.True(extra < 2000, "2,000 items allocated " + extra + " bytes more than one item");
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Bytes_are_the_same_in_every_culture(string culture)
    {
        CraftProduct[] products = [CraftProductFeedTests.Product() with { Price = new Money(1234567.25m, Currency.IDR), Title = "Iİıi topeng" }];
        var invariant = Write(products, out _);

        string actual;
        using (new CultureScope(culture))
        {
            actual = Write(products, out _);
        }

        Assert.Equal(invariant, actual);
        Assert.Contains("\"price\":\"1234567.25\"", actual, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property Random_products_read_back_with_JsonDocument()
    {
        return Prop.ForAll(IkmArbitraries.CraftProductGen.ArrayOf().Select(a => a.Take(5).ToArray()).ToArbitrary(), products =>
        {
            var text = Write(products, out var result);
            using var doc = JsonDocument.Parse(text);
            var items = doc.RootElement.EnumerateArray().ToArray();
            var skipped = result.Skipped.Select(s => s.Id).ToHashSet();
            var written = products.Where(p => !skipped.Contains(p.Sku)).ToArray();
            if (items.Length != result.ItemsWritten || written.Length != items.Length || result.ItemsWritten + result.ItemsSkipped != products.Length)
            {
                return false;
            }

            for (var i = 0; i < items.Length; i++)
            {
                var p = written[i];
                var item = items[i];
                var offers = item.GetProperty("offers");
                if (item.GetProperty("name").GetString() != p.Title
                    || item.GetProperty("sku").GetString() != p.Sku
                    || item.GetProperty("@type").GetString() != "Product"
                    || decimal.Parse(offers.GetProperty("price").GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) != p.Price.Amount
                    || offers.GetProperty("priceCurrency").GetString() != p.Price.Currency.Code
                    || item.GetProperty("image").GetString() != p.ImageLinks[0].AbsoluteUri)
                {
                    return false;
                }
            }

            return true;
        });
    }
}
