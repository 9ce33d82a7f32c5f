using System;
using System.IO;
using System.Linq;
using System.Text;

namespace IkmDomain.Tests.Feeds;

public class CraftProductFeedTests
{
    internal static CraftProduct Product(string sku = "KYU-001") =>
        new CraftProduct(
            sku,
            "Topeng kayu Malangan",
            "Topeng kayu ukir tangan dari Malang.",
            [CraftMaterial.Wood, CraftMaterial.Textiles],
            new Money(150000m, Currency.IDR),
            [new Uri("https://toko.example/img/1.jpg"), new Uri("https://toko.example/img/2.jpg"), new Uri("https://toko.example/img/3,4.jpg")],
            new Uri("https://toko.example/topeng"),
            "Sanggar Malangan")
        {
            Weight = Weight.FromKilograms(3m),
            Dimensions = new Dimensions(30m, 20m, 10.5m),
        };

    [Fact]
    public void CraftProduct_writes_a_Google_TSV_feed_out_of_the_box()
    {
        using var stream = new MemoryStream();

        var result = CraftProductFeeds.GoogleMerchantTsv.Write([Product()], stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        Assert.Equal(
            "id\ttitle\tdescription\tlink\timage_link\tadditional_image_link\tavailability\tavailability_date\tprice\tsale_price\tbrand\tgtin\tidentifier_exists\tcondition\tmaterial\tshipping_weight\tshipping_length\tshipping_width\tshipping_height",
            lines[0]);
        Assert.Equal(
            "KYU-001\tTopeng kayu Malangan\tTopeng kayu ukir tangan dari Malang.\thttps://toko.example/topeng\thttps://toko.example/img/1.jpg\thttps://toko.example/img/2.jpg,https://toko.example/img/3%2C4.jpg\tin_stock\t\t150000.00 IDR\t\tSanggar Malangan\t\tno\tnew\twood/textiles\t3 kg\t30 cm\t20 cm\t10.5 cm",
            lines[1]);
        Assert.Equal(1, result.ItemsWritten);
    }

    [Fact]
    public void Sale_price_gtin_and_availability_date_are_written_when_present()
    {
        using var stream = new MemoryStream();
        var product = Product() with
        {
            SalePrice = new Money(120000.5m, Currency.IDR),
            Gtin = Gtin.Parse("4006381333931"),
            Availability = Availability.Preorder,
            AvailabilityDate = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(7)),
        };

        CraftProductFeeds.GoogleMerchantTsv.Write([product], stream);

        var row = Encoding.UTF8.GetString(stream.ToArray()).Split('\n')[1].Split('\t');
        Assert.Equal("preorder", row[6]);
        Assert.Equal("2026-12-01T09:30+07:00", row[7]);
        Assert.Equal("120000.50 IDR", row[9]);
        Assert.Equal("4006381333931", row[11]);
        Assert.Equal("yes", row[12]);
    }

    [Theory]
    [InlineData(Availability.Preorder)]
    [InlineData(Availability.Backorder)]
    public void A_preorder_or_backorder_item_without_its_date_is_skipped_by_both_Google_writers_as_the_validator_says(Availability availability)
    {
        // Google refuses such items (answer/6324448); the readiness validator says IKM433, and so do the writers.
        var undated = Product("UNDATED") with { Availability = availability };
        var dated = Product("DATED") with { Availability = availability, AvailabilityDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(7)) };
        var inStock = Product("IN-STOCK");

        using var tsv = new MemoryStream();
        using var xml = new MemoryStream();
        var results = new[]
        {
            CraftProductFeeds.GoogleMerchantTsv.Write([undated, dated, inStock], tsv),
            CraftProductFeeds.GoogleMerchantXml.Write([undated, dated, inStock], xml),
        };

        foreach (var result in results)
        {
            Assert.Equal(2, result.ItemsWritten);
            var skipped = Assert.Single(result.Skipped);
            Assert.Equal(("UNDATED", "availability_date", "IKM433"), (skipped.Id, skipped.Attribute, skipped.Code));
        }

        Assert.DoesNotContain("UNDATED", Encoding.UTF8.GetString(tsv.ToArray()), StringComparison.Ordinal);
        Assert.DoesNotContain("UNDATED", Encoding.UTF8.GetString(xml.ToArray()), StringComparison.Ordinal);
        Assert.Contains(new IkmDomain.Validation.GoogleMerchantReadinessValidator().Validate(undated).Errors, e => e.ErrorCode == "IKM433");
        Assert.DoesNotContain(new IkmDomain.Validation.GoogleMerchantReadinessValidator().Validate(dated).Errors, e => e.ErrorCode == "IKM433");
    }

    [Fact]
    public void CraftProduct_title_over_Google_limit_is_skipped_though_the_type_allows_it()
    {
        using var stream = new MemoryStream();
        var product = Product("LONG") with { Title = new string('t', 200) };

        var result = CraftProductFeeds.GoogleMerchantXml.Write([product, Product()], stream);

        Assert.Equal(new FeedSkippedItem(0, "LONG", "title", "is longer than 150 characters") { Code = "IKM430" }, Assert.Single(result.Skipped));
        Assert.Equal(1, result.ItemsWritten);
    }

    [Fact]
    public void CraftProduct_XML_feed_repeats_additional_images()
    {
        using var stream = new MemoryStream();

        CraftProductFeeds.GoogleMerchantXml.Write([Product()], stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("<g:image_link>https://toko.example/img/1.jpg</g:image_link>\n<g:additional_image_link>https://toko.example/img/2.jpg</g:additional_image_link>\n<g:additional_image_link>https://toko.example/img/3,4.jpg</g:additional_image_link>", text);
        Assert.Contains("<g:material>wood/textiles</g:material>", text);
        Assert.Contains("<g:price>150000.00 IDR</g:price>", text);
        Assert.EndsWith("</channel>\n</rss>\n", text);
    }
}
