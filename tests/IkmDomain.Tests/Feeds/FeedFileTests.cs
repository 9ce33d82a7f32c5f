using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace IkmDomain.Tests.Feeds;

/// <summary>A scratch folder per test, deleted afterwards.</summary>
internal sealed class FeedFileFolder : IDisposable
{
    public FeedFileFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ikm-feedfile-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => Path.Combine(Root, name);

    /// <summary>The names in the folder, sorted: proves no temporary file was left.</summary>
    public string[] Names() => Directory.GetFiles(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a scratch folder under the temp path.
        }
    }

    public static CraftProduct[] Products(int count) =>
        Enumerable.Range(0, count).Select(i => CraftProductFeedTests.Product("KYU-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    public static byte[] PlainTsv(IEnumerable<CraftProduct> products)
    {
        using var memory = new MemoryStream();
        CraftProductFeeds.GoogleMerchantTsv.Write(products, memory);
        return memory.ToArray();
    }
}

public sealed class FeedFileTests : IDisposable
{
    private readonly FeedFileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_generated_writer_publishes_through_the_synchronous_overload()
    {
        var products = FeedFileFolder.Products(3);
        var path = _folder.File("google.tsv");

        var result = FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(products, stream));

        Assert.True(result.Published);
        Assert.Equal(FeedPublishStatus.Published, result.Status);
        Assert.Null(result.Reason);
        Assert.Equal(Path.GetFullPath(path), result.Path);
        Assert.Equal(3, result.ItemsWritten);
        Assert.Equal(0, result.ItemsSkipped);
        Assert.Equal(FeedFileFolder.PlainTsv(products), File.ReadAllBytes(path));
        Assert.Equal(new FileInfo(path).Length, result.FileBytes);
        Assert.Equal(["google.tsv", "google.tsv.count"], _folder.Names());
    }

    [Fact]
    public async Task A_generated_writer_publishes_through_the_asynchronous_overload()
    {
        var products = FeedFileFolder.Products(5);
        var path = _folder.File("google.tsv");

        var result = await FeedFile.WriteAtomicallyAsync(
            path,
            (stream, ct) => CraftProductFeeds.GoogleMerchantTsv.WriteAsync(FeedTestData.ToAsync(products, ct), stream, ct));

        Assert.True(result.Published);
        Assert.Equal(5, result.ItemsWritten);
        Assert.Equal(FeedFileFolder.PlainTsv(products), await File.ReadAllBytesAsync(path));
        Assert.Equal(result.Write.BytesWritten, result.FileBytes);
        Assert.Equal(["google.tsv", "google.tsv.count"], _folder.Names());
    }

    [Fact]
    public void A_writer_that_throws_midway_leaves_the_old_feed_byte_identical_and_no_temporary_file()
    {
        var path = _folder.File("google.tsv");
        FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(FeedFileFolder.Products(4), stream));
        var old = File.ReadAllBytes(path);
        var oldCount = File.ReadAllBytes(FeedFile.ItemCountPath(path));
        long bytesBeforeTheCrash = 0;

        // 2000 products pass the writer's 64 KiB flush threshold many times before the source fails.
        var error = Assert.Throws<InvalidOperationException>(() => FeedFile.WriteAtomically(path, stream =>
        {
            try
            {
                return CraftProductFeeds.GoogleMerchantTsv.Write(FailingAfter(FeedFileFolder.Products(2000), 1500), stream);
            }
            finally
            {
                bytesBeforeTheCrash = stream.Length;
            }
        }));

        Assert.Equal("database connection lost", error.Message);
        Assert.True(bytesBeforeTheCrash > 65536, "the crash should come after bytes reached the temporary file");
        Assert.Equal(old, File.ReadAllBytes(path));
        Assert.Equal(oldCount, File.ReadAllBytes(FeedFile.ItemCountPath(path)));
        Assert.Equal(["google.tsv", "google.tsv.count"], _folder.Names());
    }

    [Fact]
    public async Task An_asynchronous_writer_that_throws_midway_leaves_the_old_feed_byte_identical_and_no_temporary_file()
    {
        var path = _folder.File("google.tsv");
        await File.WriteAllTextAsync(path, "id\ttitle\nOLD-1\tLama\n");
        var old = await File.ReadAllBytesAsync(path);

        await Assert.ThrowsAsync<InvalidOperationException>(() => FeedFile.WriteAtomicallyAsync(path, async (stream, ct) =>
        {
            await stream.WriteAsync("id\ttitle\nNEW-1\tBar"u8.ToArray(), ct);
            throw new InvalidOperationException("writer crashed");
        }));

        Assert.Equal(old, await File.ReadAllBytesAsync(path));
        Assert.Equal(["google.tsv"], _folder.Names());
    }

    [Fact]
    public void A_strict_writer_rejection_propagates_unwrapped_and_the_old_feed_stays()
    {
        var path = _folder.File("google.tsv");
        File.WriteAllText(path, "old");
        var bad = CraftProductFeedTests.Product() with { Title = new string('x', 151) };

        var error = Assert.Throws<FeedItemException>(() => FeedFile.WriteAtomically(
            path, stream => CraftProductFeeds.GoogleMerchantTsv.Write([bad], stream, new FeedWriterOptions { Strict = true })));

        Assert.Equal("title", error.Item?.Attribute);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["google.tsv"], _folder.Names());
    }

    [Fact]
    public void A_gz_path_is_gzip_compressed_and_decompresses_to_the_plain_feed()
    {
        var products = FeedFileFolder.Products(200);
        var path = _folder.File("google.tsv.gz");

        var result = FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(products, stream));

        var compressed = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0x1f, 0x8b }, compressed[..2]);
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        var expected = FeedFileFolder.PlainTsv(products);
        Assert.Equal(expected, plain.ToArray());
        Assert.Equal(expected.Length, result.Write.BytesWritten);
        Assert.Equal(compressed.Length, result.FileBytes);
        Assert.True(result.FileBytes < result.Write.BytesWritten / 5, "200 similar rows should compress at least five-fold");
    }

    [Fact]
    public async Task An_asynchronous_GZ_write_also_round_trips()
    {
        var products = FeedFileFolder.Products(50);
        var path = _folder.File("google.tsv.GZ");

        await FeedFile.WriteAtomicallyAsync(
            path,
            (stream, ct) => CraftProductFeeds.GoogleMerchantTsv.WriteAsync(FeedTestData.ToAsync(products, ct), stream, ct),
            new FeedPublishOptions { CompressionLevel = CompressionLevel.SmallestSize });

        await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain);
        Assert.Equal(FeedFileFolder.PlainTsv(products), plain.ToArray());
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_writes_nothing_and_never_calls_the_writer()
    {
        var path = _folder.File("google.tsv");
        await File.WriteAllTextAsync(path, "old");
        var called = false;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FeedFile.WriteAtomicallyAsync(
            path,
            (stream, ct) =>
            {
                called = true;
                return Task.FromResult(new FeedWriteResult(0, 0, 0, []));
            },
            cancellationToken: new CancellationToken(canceled: true)));

        Assert.False(called);
        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Equal(["google.tsv"], _folder.Names());
    }

    [Fact]
    public async Task Cancelling_midway_removes_the_temporary_file_and_keeps_the_old_feed()
    {
        var path = _folder.File("google.tsv");
        await FeedFile.WriteAtomicallyAsync(path, (s, ct) => CraftProductFeeds.GoogleMerchantTsv.WriteAsync(FeedTestData.ToAsync(FeedFileFolder.Products(3), ct), s, ct));
        var old = await File.ReadAllBytesAsync(path);
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FeedFile.WriteAtomicallyAsync(
            path,
            (stream, ct) => CraftProductFeeds.GoogleMerchantTsv.WriteAsync(FeedTestData.ToAsync(CancellingAfter(FeedFileFolder.Products(2000), 1000, cts), ct), stream, ct),
            cancellationToken: cts.Token));

        Assert.Equal(old, await File.ReadAllBytesAsync(path));
        Assert.Equal(["google.tsv", "google.tsv.count"], _folder.Names());
    }

    [Fact]
    public async Task A_writer_that_ignores_the_token_is_still_not_published_when_cancelled()
    {
        var path = _folder.File("google.tsv");
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FeedFile.WriteAtomicallyAsync(
            path,
            (stream, _) =>
            {
                var result = CraftProductFeeds.GoogleMerchantTsv.Write(FeedFileFolder.Products(2), stream);
                cts.Cancel();
                return Task.FromResult(result);
            },
            cancellationToken: cts.Token));

        Assert.Empty(_folder.Names());
    }

    [Fact]
    public void A_folder_path_gives_an_IOException_naming_it()
    {
        var error = Assert.Throws<FeedPublishException>(() => FeedFile.WriteAtomically(_folder.Root, stream => FeedResult(0)));

        Assert.IsAssignableFrom<IOException>(error);
        Assert.Equal(_folder.Root, error.Path);
        Assert.Contains(_folder.Root, error.Message, StringComparison.Ordinal);
        Assert.Contains("is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_gives_an_IOException_naming_the_folder()
    {
        var missing = _folder.File("no-such-folder");
        var path = Path.Combine(missing, "google.tsv");

        var error = Assert.Throws<FeedPublishException>(() => FeedFile.WriteAtomically(path, stream => FeedResult(0)));

        Assert.Equal(path, error.Path);
        Assert.Contains(missing + " does not exist", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void A_full_disk_while_writing_gives_an_IOException_naming_the_path_and_leaves_nothing_behind()
    {
        var path = _folder.File("google.tsv");
        File.WriteAllText(path, "old");
        var enospc = new IOException("No space left on device", OperatingSystem.IsWindows() ? unchecked((int)0x80070070) : 28);

        var error = Assert.Throws<FeedPublishException>(() => FeedFile.WriteAtomically(path, stream =>
        {
            stream.Write(new byte[100_000]);
            throw enospc;
        }));

        Assert.Same(enospc, error.InnerException);
        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("the disk is full", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["google.tsv"], _folder.Names());
    }

    [Fact]
    public void Access_denied_while_writing_is_wrapped_in_an_IOException()
    {
        var path = _folder.File("google.tsv");
        var denied = new UnauthorizedAccessException("Access to the path is denied.");

        var error = Assert.Throws<FeedPublishException>(() => FeedFile.WriteAtomically(path, stream => throw denied));

        Assert.Same(denied, error.InnerException);
        Assert.Contains("access was denied", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Names());
    }

    [Fact]
    public void A_writer_that_closes_the_stream_still_publishes_the_whole_feed()
    {
        var products = FeedFileFolder.Products(2);
        var path = _folder.File("google.tsv");

        var result = FeedFile.WriteAtomically(path, stream =>
        {
            using (stream)
            {
                return CraftProductFeeds.GoogleMerchantTsv.Write(products, stream);
            }
        });

        Assert.True(result.Published);
        Assert.Equal(FeedFileFolder.PlainTsv(products), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_writer_returning_null_is_an_error_and_publishes_nothing()
    {
        var path = _folder.File("google.tsv");

        var error = Assert.Throws<InvalidOperationException>(() => FeedFile.WriteAtomically(path, stream => null!));

        Assert.Contains("returned null", error.Message, StringComparison.Ordinal);
        Assert.Empty(_folder.Names());
    }

    [Fact]
    public void Null_and_blank_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => FeedFile.WriteAtomically(null!, stream => FeedResult(0)));
        Assert.Throws<ArgumentException>(() => FeedFile.WriteAtomically("  ", stream => FeedResult(0)));
        Assert.Throws<ArgumentNullException>(() => FeedFile.WriteAtomically(_folder.File("a.tsv"), null!));
        Assert.Empty(_folder.Names());
    }

    [Fact]
    public void On_Unix_the_new_file_keeps_the_old_files_permissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = _folder.File("google.tsv");
        File.WriteAllText(path, "old");
        const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, Mode);

        FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(FeedFileFolder.Products(1), stream));

        Assert.Equal(Mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public void The_result_reads_as_one_line()
    {
        var path = _folder.File("google.tsv");

        var result = FeedFile.WriteAtomically(path, stream => CraftProductFeeds.GoogleMerchantTsv.Write(FeedFileFolder.Products(2), stream));

        Assert.Equal(path + ": published, 2 items written, 0 skipped, " + result.FileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes", result.ToString());
    }

    internal static FeedWriteResult FeedResult(long items) => new(items, 0, 0, []);

    private static IEnumerable<T> FailingAfter<T>(IEnumerable<T> items, int count)
    {
        var n = 0;
        foreach (var item in items)
        {
            if (n++ == count)
            {
                throw new InvalidOperationException("database connection lost");
            }

            yield return item;
        }
    }

    private static IEnumerable<T> CancellingAfter<T>(IEnumerable<T> items, int count, CancellationTokenSource cts)
    {
        var n = 0;
        foreach (var item in items)
        {
            if (n++ == count)
            {
                cts.Cancel();
            }

            yield return item;
        }
    }
}
