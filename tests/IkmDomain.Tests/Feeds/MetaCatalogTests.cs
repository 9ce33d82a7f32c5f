using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Crafts;
using IkmDomain.Feeds;
using nietras.SeparatedValues;

namespace IkmDomain.Tests.Feeds;

/// <summary>A user's own type with the three Meta catalog targets.</summary>
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Tsv)]
[MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Xml)]
public sealed record MetaListing(string Id, string Title, string Description, Uri Link, Uri ImageLink, StockState Availability, ItemCondition Condition, string Price)
{
    public IReadOnlyList<Uri>? ImageLinks { get; init; }

    public string? Brand { get; init; }
}

/// <summary>Meta catalog writers (issue 13 §2, FEEDS.md §2): one test per rule, CSV, TSV and RSS XML.</summary>
public class MetaCatalogTests
{
    private static MetaListing Item(string id = "M-1") =>
        new(id, "Tas anyaman pandan", "Anyaman pandan, Tasikmalaya.", new Uri("https://toko.example/p/1"), new Uri("https://toko.example/i/1.jpg"), StockState.InStock, ItemCondition.New, "450000.00 IDR");

    private static string Csv(IEnumerable<MetaListing> items, out FeedWriteResult result)
    {
        using var stream = new MemoryStream();
        result = MetaListingFeeds.MetaCatalogCsv.Write(items, stream);
        return stream.Utf8();
    }

    [Fact]
    public void CSV_has_Meta_header_and_quotes_cells_with_spaces_or_commas()
    {
        var text = Csv([Item() with { Brand = "Sanggar \"Mekar\"" }], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(
            "id,title,description,availability,condition,price,link,image_link,brand,additional_image_link\n"
            + "M-1,\"Tas anyaman pandan\",\"Anyaman pandan, Tasikmalaya.\",\"in stock\",new,\"450000.00 IDR\",https://toko.example/p/1,https://toko.example/i/1.jpg,\"Sanggar \"\"Mekar\"\"\",\n",
            text);
    }

    [Fact]
    public void TSV_and_XML_use_the_same_Meta_names_and_values()
    {
        using var tsv = new MemoryStream();
        using var xml = new MemoryStream();
        MetaListingFeeds.MetaCatalogTsv.Write([Item() with { Availability = StockState.Backorder }], tsv);
        MetaListingFeeds.MetaCatalogXml.Write([Item() with { Availability = StockState.Discontinued }], xml);

        Assert.Equal(
            "id\ttitle\tdescription\tavailability\tcondition\tprice\tlink\timage_link\tbrand\tadditional_image_link\n"
            + "M-1\tTas anyaman pandan\tAnyaman pandan, Tasikmalaya.\tavailable for order\tnew\t450000.00 IDR\thttps://toko.example/p/1\thttps://toko.example/i/1.jpg\t\t\n",
            tsv.Utf8());
        Assert.Contains("<g:availability>discontinued</g:availability>\n<g:condition>new</g:condition>\n<g:price>450000.00 IDR</g:price>", xml.Utf8(), StringComparison.Ordinal);
    }

    [Fact]
    public void Availability_is_written_with_spaces()
    {
        var text = Csv([Item("A"), Item("B") with { Availability = StockState.OutOfStock }, Item("C") with { Availability = StockState.PreOrder }], out _);

        Assert.Contains(",\"in stock\",", text, StringComparison.Ordinal);
        Assert.Contains(",\"out of stock\",", text, StringComparison.Ordinal);
        Assert.Contains(",preorder,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_HTML_is_stripped_and_entities_decoded()
    {
        using var stream = new MemoryStream();
        MetaListingFeeds.MetaCatalogTsv.Write([Item() with { Description = "<p>Anyaman <strong>pandan</strong> &amp; rotan.</p>" }], stream);

        Assert.Equal("Anyaman pandan & rotan.", stream.Utf8().Split('\n')[1].Split('\t')[2]);
    }

    [Fact]
    public void Title_over_200_characters_is_skipped()
    {
        Csv([Item() with { Title = new string('t', 201) }, Item("OK") with { Title = new string('t', 200) }], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(("title", "is longer than 200 characters"), (result.Skipped[0].Attribute, result.Skipped[0].Reason));
    }

    [Fact]
    public void Description_over_9999_characters_of_plain_text_is_skipped()
    {
        // 9,999 characters once the tags are stripped: written; one more: skipped.
        var fits = "<b>" + new string('d', 9_999) + "</b>";
        Csv([Item("A") with { Description = fits }, Item("B") with { Description = fits.Replace("</b>", "d</b>", StringComparison.Ordinal) }], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(("B", "description"), (result.Skipped[0].Id, result.Skipped[0].Attribute));
    }

    [Fact]
    public void Id_over_100_characters_is_skipped()
    {
        Csv([Item(new string('i', 101)), Item(new string('i', 100))], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(("id", "is longer than 100 characters"), (result.Skipped[0].Attribute, result.Skipped[0].Reason));
    }

    [Fact]
    public void Up_to_20_additional_images_are_written_and_21_are_skipped()
    {
        static List<Uri> Images(int n) => Enumerable.Range(0, n).Select(i => new Uri("https://toko.example/i/" + i + ".jpg")).ToList();

        var text = Csv([Item("A") with { ImageLinks = Images(20) }, Item("B") with { ImageLinks = Images(21) }], out var result);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(("B", "additional_image_link", "has more than 20 values"), (result.Skipped[0].Id, result.Skipped[0].Attribute, result.Skipped[0].Reason));
        Assert.Contains("\"https://toko.example/i/0.jpg,https://toko.example/i/1.jpg,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_sharing_an_id_are_all_skipped_and_reported()
    {
        var text = Csv([Item("A"), Item("B"), Item("A") with { Title = "Other title" }, Item("C"), Item("A")], out var result);

        Assert.Equal(2, result.ItemsWritten);
        Assert.Equal([0, 2, 4], result.Skipped.Select(s => s.Index));
        Assert.All(result.Skipped, s => Assert.Equal(("A", "id"), (s.Id, s.Attribute)));
        Assert.Contains("duplicated", result.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("\nA,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_of_collection_gives_the_same_bytes_and_skips()
    {
        // Arrays and List<T> are read as spans, other lists through a pooled copy, sequences gathered:
        // each way must find the same shared ids and write the same rows.
        MetaListing[] items = [Item("A"), Item("B"), Item("A") with { Title = "Other title" }, Item("C"), Item("D"), Item("A"), Item("C")];
        var expected = Csv(items, out var arrayResult);

        IEnumerable<MetaListing>[] kinds =
        [
            items.ToList(),
            items.ToList().AsReadOnly(),
            System.Collections.Immutable.ImmutableArray.Create(items),
            items.Select(i => i),
        ];
        foreach (var kind in kinds)
        {
            Assert.Equal(expected, Csv(kind, out var result));
            Assert.Equal((2L, 5L), (result.ItemsWritten, result.ItemsSkipped));
            Assert.Equal(arrayResult.Skipped.Select(s => (s.Index, s.Id)), result.Skipped.Select(s => (s.Index, s.Id)));
        }

        Assert.Equal([0, 2, 3, 5, 6], arrayResult.Skipped.Select(s => s.Index));
    }

    [Fact]
    public async Task Duplicates_are_found_in_asynchronous_sources_too()
    {
        using var stream = new MemoryStream();

        var result = await MetaListingFeeds.MetaCatalogXml.WriteAsync(FeedTestData.ToAsync([Item("A"), Item("A"), Item("B")]), stream);

        Assert.Equal(1, result.ItemsWritten);
        Assert.Equal(2, result.ItemsSkipped);
    }

    [Fact]
    public void A_missing_required_value_is_skipped()
    {
        Csv([Item() with { Description = "  " }], out var result);

        Assert.Equal(("description", "is missing"), (result.Skipped[0].Attribute, result.Skipped[0].Reason));
    }

    [Fact]
    public void CraftProduct_writes_Meta_feeds_out_of_the_box()
    {
        using var csv = new MemoryStream();
        using var xml = new MemoryStream();
        var product = CraftProductFeedTests.Product() with { Description = "<p>Topeng <em>kayu</em></p>" };

        var result = CraftProductFeeds.MetaCatalogCsv.Write([product], csv);
        CraftProductFeeds.MetaCatalogXml.Write([product], xml);

        Assert.Equal(1, result.ItemsWritten);
        var lines = csv.Utf8().Split('\n');
        Assert.Equal("id,title,description,availability,condition,price,link,image_link,brand,additional_image_link,sale_price,gtin,material,shipping_weight", lines[0]);
        Assert.Equal("KYU-001,\"Topeng kayu Malangan\",\"Topeng kayu\",\"in stock\",new,\"150000.00 IDR\",https://toko.example/topeng,https://toko.example/img/1.jpg,\"Sanggar Malangan\",\"https://toko.example/img/2.jpg,https://toko.example/img/3%2C4.jpg\",,,wood/textiles,\"3 kg\"", lines[1]);
        var doc = new XmlDocument();
        doc.LoadXml(xml.Utf8());
        Assert.Equal("in stock", doc.GetElementsByTagName("g:availability")[0]!.InnerText);
    }

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.Elements('\t', '\n', '\r', '"', ',', ' ', 'é', 'x', ';', '\''), ArbMap.Default.GeneratorFor<char>().Where(c => !char.IsSurrogate(c) && c != '<' && c != '&'))
            .ArrayOf()
            .Select(chars => "T" + new string(chars.Take(150).ToArray()));

    [Property(MaxTest = 200)]
    public Property CSV_read_back_with_Sep_gives_every_title_and_brand()
    {
        return Prop.ForAll(Text.ToArbitrary(), Text.ToArbitrary(), (title, brand) =>
        {
            var text = Csv([Item() with { Title = title, Brand = brand }], out var result);
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromText(text);
            var rows = new List<(string, string, string)>();
            foreach (var row in reader)
            {
                rows.Add((row["title"].ToString(), row["brand"].ToString(), row["availability"].ToString()));
            }

            return result.ItemsWritten == 1 && rows.Count == 1 && rows[0] == (title, brand, "in stock");
        });
    }
}
