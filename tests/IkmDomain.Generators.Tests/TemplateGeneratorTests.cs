using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators.Tests;

/// <summary>Custom CSV templates ([FeedColumn]): generated source, compile-and-run bytes and IKMG013-IKMG016.</summary>
public class TemplateGeneratorTests
{
    private const string Types = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using IkmDomain;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum Kondisi { Baru, Bekas }
        [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]
        public sealed record Barang(
            [property: FeedColumn("toko-lokal", "SKU Induk")] string Sku,
            [property: FeedColumn("toko-lokal", "Nama Produk"), FeedColumn("blibli_v2", "Nama", Order = 2)] string Nama)
        {
            [FeedColumn("toko-lokal", "Harga")] public decimal Harga { get; init; }
            [FeedColumn("toko-lokal", "Stok")] public int? Stok { get; init; }
            [FeedColumn("toko-lokal", "Kondisi"), FeedColumn("blibli_v2", "Kondisi", Order = 1)] public Kondisi Kondisi { get; init; }
            [FeedColumn("toko-lokal", "Foto")] public List<Uri>? Foto { get; init; }
            [FeedColumn("toko-lokal", "Tersedia")] public DateOnly? Tersedia { get; init; }
            [FeedColumn("toko-lokal", "Harga Coret")] public Money? HargaCoret { get; init; }
        }
        public static class Runner
        {
            public static byte[] Run()
            {
                using var stream = new MemoryStream();
                WRITE
                return stream.ToArray();
            }
        }
        """;

    [Fact]
    public void Generated_source_for_two_templates()
    {
        Snapshot.Match("CustomCsvTemplates", GeneratorRunner.Generate(Types.Replace("WRITE", string.Empty)));
    }

    [Fact]
    public void Generated_template_writer_runs_and_writes_the_expected_bytes()
    {
        var bytes = GeneratorRunner.CompileAndRun(Types.Replace("WRITE", """
            var items = new[]
            {
                new Barang("A-1", "Tas, pandan") { Harga = 150000.5m, Stok = -3, Kondisi = Kondisi.Baru, Foto = [new Uri("https://t.example/a.jpg"), new Uri("https://t.example/b,c.jpg")], Tersedia = new DateOnly(2026, 12, 1), HargaCoret = new Money(175000m, Currency.IDR) },
                new Barang("=1+2", "-2+3") { Harga = -7.25m, Kondisi = Kondisi.Bekas },
            };
            var result = BarangFeeds.CustomCsv.TokoLokal.Write(items, stream);
            if (result.FormulaCellCount != 2 || result.FormulaCells[0].Attribute != "SKU Induk" || result.FormulaCells[1].Attribute != "Nama Produk" || result.FormulaCells[0].Code != "IKM481")
            {
                throw new InvalidOperationException(string.Join("; ", result.FormulaCells));
            }

            BarangFeeds.CustomCsv.BlibliV2.Write(items, stream);
            """));

        Assert.Equal(
            "\"SKU Induk\",\"Nama Produk\",Harga,Stok,Kondisi,Foto,Tersedia,\"Harga Coret\"\n"
            + "A-1,\"Tas, pandan\",150000.5,-3,Baru,\"https://t.example/a.jpg,https://t.example/b%2Cc.jpg\",2026-12-01,\"175000.00 IDR\"\n"
            + "'=1+2,'-2+3,-7.25,,Bekas,,,\n"
            + "Kondisi,Nama\n"
            + "Baru,\"Tas, pandan\"\n"
            + "Bekas,'-2+3\n",
            Encoding.UTF8.GetString(bytes));
    }
}
