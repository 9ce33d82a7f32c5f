using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Feeds;

/// <summary>A condition as a seller's own sheet spells it (written as the member name).</summary>
public enum RowCondition
{
    Baru,
    Bekas,
}

/// <summary>
/// A user's own row type with two custom CSV templates. The header names are this test's own, not a
/// marketplace's (FEEDS.md gives no Shopee or Blibli column names: the seller downloads the sheet).
/// </summary>
[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
public sealed record MassUploadRow(
    [property: FeedColumn("mass-upload", "SKU Induk"), FeedColumn("kasir", "Kode", Order = 2)] string Sku,
    [property: FeedColumn("mass-upload", "Nama Produk"), FeedColumn("kasir", "Nama", Order = 1)] string Name)
{
    [FeedColumn("mass-upload", "Deskripsi")]
    public string? Description { get; init; }

    [FeedColumn("mass-upload", "Harga")]
    public Money? Price { get; init; }

    [FeedColumn("mass-upload", "Harga (angka)")]
    [FeedColumn("kasir", "Harga", Order = 3)]
    public decimal Amount { get; init; }

    [FeedColumn("mass-upload", "Berat (kg)")]
    public double Weight { get; init; }

    [FeedColumn("mass-upload", "Stok")]
    public int Stock { get; init; }

    [FeedColumn("mass-upload", "Kondisi")]
    public RowCondition Condition { get; init; }

    [FeedColumn("mass-upload", "Tersedia")]
    public DateTimeOffset? Available { get; init; }

    [FeedColumn("mass-upload", "Foto")]
    public IReadOnlyList<Uri>? Photos { get; init; }

    [FeedColumn("mass-upload", "Tag")]
    public string[]? Tags { get; init; }

    [FeedColumn("mass-upload", "Preorder")]
    public bool PreOrder { get; init; }
}

/// <summary>Custom CSV templates are byte-identical under id-ID, tr-TR, ar-SA and invariant globalization (this file also runs there).</summary>
public class TemplateFormattingTests
{
    internal static MassUploadRow Row() =>
        new("KYU-001", "İğne ıslık Iİ, topeng")
        {
            Description = "Ukiran \"halus\"\nkayu",
            Price = new Money(150000.5m, Currency.IDR),
            Amount = 1234567.5m,
            Weight = 1.25,
            Stock = -3,
            Condition = RowCondition.Bekas,
            Available = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(7)),
            Photos = [new Uri("https://toko.example/1.jpg"), new Uri("https://toko.example/2,3.jpg")],
            Tags = ["topeng", "kayu"],
            PreOrder = true,
        };

    // The byte order mark first: templates are spreadsheet-bound (FeedWriterOptions.Utf8Bom).
    internal const string Expected =
        "\uFEFF\"SKU Induk\",\"Nama Produk\",Deskripsi,Harga,\"Harga (angka)\",\"Berat (kg)\",Stok,Kondisi,Tersedia,Foto,Tag,Preorder\n"
        + "KYU-001,\"İğne ıslık Iİ, topeng\",\"Ukiran \"\"halus\"\"\nkayu\",\"150000.50 IDR\",1234567.5,1.25,-3,Bekas,2026-12-01T09:30+07:00,"
        + "\"https://toko.example/1.jpg,https://toko.example/2%2C3.jpg\",\"topeng,kayu\",yes\n";

    private static string Write()
    {
        using var stream = new MemoryStream();
        MassUploadRowFeeds.CustomCsv.MassUpload.Write([Row()], stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Cultures.All), MemberType = typeof(Cultures))]
    public void Template_bytes_are_the_same_in_every_culture(string culture)
    {
        using (new CultureScope(culture))
        {
            Assert.Equal(Expected, Write());
        }
    }
}
