using System;
using System.Globalization;
using System.IO;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Feeds;

/// <summary>Feeds are machine formats: byte-identical whatever the current culture (also run with InvariantGlobalization).</summary>
public class FeedFormattingTests
{
    private static CraftProduct Product() =>
        new CraftProduct(
            "KYU-001",
            "Topeng İstanbul ıi",
            "Ukiran, 1.5 kg",
            [CraftMaterial.Wood],
            new Money(1234567.5m, Currency.IDR),
            [new Uri("https://toko.example/1.jpg")],
            new Uri("https://toko.example/p"),
            "Sanggar")
        {
            SalePrice = new Money(1000000m, Currency.IDR),
            Weight = Weight.FromGrams(1250),
            Dimensions = new Dimensions(30.5m, 20m, 10m),
            AvailabilityDate = new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.FromHours(7)),
        };

    private static byte[] Write(bool xml)
    {
        using var stream = new MemoryStream();
        if (xml)
        {
            CraftProductFeeds.GoogleMerchantXml.Write([Product()], stream);
        }
        else
        {
            CraftProductFeeds.GoogleMerchantTsv.Write([Product()], stream);
        }

        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Tsv_feed_is_byte_identical_under_every_culture(string culture)
    {
        byte[] expected;
        using (new CultureScope(""))
        {
            expected = Write(xml: false);
        }

        using var _ = new CultureScope(culture);
        Assert.Equal(expected, Write(xml: false));
        Assert.Contains("\t1234567.50 IDR\t1000000.00 IDR\t", System.Text.Encoding.UTF8.GetString(expected));
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Xml_feed_is_byte_identical_under_every_culture(string culture)
    {
        byte[] expected;
        using (new CultureScope(""))
        {
            expected = Write(xml: true);
        }

        using var _ = new CultureScope(culture);
        Assert.Equal(expected, Write(xml: true));
        Assert.Contains("<g:shipping_length>30.5 cm</g:shipping_length>", System.Text.Encoding.UTF8.GetString(expected));
    }
}
