using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Tests.Feeds;

internal static class FeedTestData
{
    public static Listing Batik(string sku = "BTK-001") => new(
        sku,
        "Batik tulis Pekalongan",
        "Kain batik tulis, pewarna alam.",
        new Uri("https://toko.example/batik/btk-001"),
        new Uri("https://toko.example/img/btk-001.jpg"),
        StockState.InStock,
        "350000.00 IDR")
    {
        Brand = "Sekar Jagad",
        Condition = ItemCondition.New,
        IdentifierExists = false,
        ShippingWeight = 0.5m,
    };

    public static string Utf8(this MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray());

    public static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }
    }
}
