using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using FluentValidation;
using IkmDomain.Cli.Input;
using IkmDomain.Cli.Tool;
using IkmDomain.Crafts;
using IkmDomain.Feeds;
using Spectre.Console;
using Spectre.Console.Cli;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Commands;

/// <summary>
/// <c>ikm feed PRODUCTS --marketplace M [--format F] [-o OUT] [--min-items-ratio 0.5]</c>: writes a
/// marketplace feed of the products in a CSV or JSON file with the generated <see cref="CraftProductFeeds"/>
/// writers, streaming (one product at a time). With <c>-o</c> the file is replaced atomically, and not
/// at all when the feed lost too many items (the shrink guard); <c>.gz</c> compresses it. What was
/// skipped, and why, goes to stderr. Exit codes: 0 every product written, 1 some skipped or the
/// shrink guard refused, 2 bad usage, unreadable input or unwritable output.
/// </summary>
internal sealed class FeedCommand : AsyncCommand<FeedCommand.Settings>
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    internal sealed class Settings : ToolSettings
    {
        [CommandArgument(0, "<PRODUCTS>")]
        [Description("Products as CSV or a JSON array (the files ikm validate reads).")]
        public string File { get; init; } = "";

        [CommandOption("-m|--marketplace <MARKETPLACE>")]
        [Description("The marketplace: one of the writers CraftProduct has, listed in the description above (default google).")]
        [DefaultValue("google")]
        public string Marketplace { get; init; } = "google";

        [CommandOption("-f|--format <FORMAT>")]
        [Description("The feed format of that marketplace, as listed above; default its first.")]
        public string? Format { get; init; }

        [CommandOption("-o|--output <OUT>")]
        [Description("Replace this file atomically (a .gz name is gzip-compressed) instead of writing to stdout.")]
        public string? Output { get; init; }

        [CommandOption("--min-items-ratio <RATIO>")]
        [Description("With -o: refuse to replace a feed when the new one has fewer than this share of the old one's items (0 to 1, default 0.5).")]
        [DefaultValue(0.5)]
        public double MinItemsRatio { get; init; } = 0.5;

        [CommandOption("--allow-empty")]
        [Description("With -o: publish a feed that holds no products. Refused by default, because a marketplace deletes every product missing from a full feed.")]
        public bool AllowEmpty { get; init; }

        [CommandOption("--channel-title <TEXT>")]
        [Description("XML feeds: the RSS channel title (default 'Products').")]
        public string? ChannelTitle { get; init; }

        [CommandOption("--channel-link <URL>")]
        [Description("XML feeds: the RSS channel link, your shop's home page (absolute http or https). Default: the site of the first product's link.")]
        public string? ChannelLink { get; init; }

        [CommandOption("-d|--delimiter <CHAR>")]
        [Description("CSV delimiter: ',' ';' or tab. Default: sniffed from the header line.")]
        public string? Delimiter { get; init; }

        [CommandOption("--culture <CULTURE>")]
        [Description("id-ID reads decimal commas and dates 15/12/2026. Default: id-ID for ';' files, else invariant.")]
        public string? Culture { get; init; }

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } bad)
            {
                return bad;
            }

            var names = FeedWriters.MarketplaceNames.ToArray();
            var writers = FeedWriters.For(Marketplace);
            if (writers.Count == 0)
            {
                return NotOneOf("--marketplace", Marketplace, names);
            }

            if (Format is not null && writers.All(w => w.FormatName != Format.ToLowerInvariant()))
            {
                return NotOneOf("--format", Format, writers.Select(w => w.FormatName).ToArray());
            }

            var xml = (Format is null ? writers[0] : writers.First(w => w.FormatName == Format.ToLowerInvariant())).HasChannel;
            if (!xml && (ChannelTitle ?? ChannelLink) is not null)
            {
                return ValidationResult.Error(T(
                    $"--{(ChannelLink is null ? "channel-title" : "channel-link")} applies to XML feeds only (--format xml).",
                    $"--{(ChannelLink is null ? "channel-title" : "channel-link")} hanya berlaku untuk umpan XML (--format xml)."));
            }

            if (ChannelLink is not null && !FeedChannel.IsHttpUrl(ChannelLink))
            {
                return ValidationResult.Error(T(
                    $"--channel-link must be an absolute http or https URL such as https://shop.example.id/, not '{Clip(ChannelLink)}'.",
                    $"--channel-link harus URL http atau https lengkap seperti https://shop.example.id/, bukan '{Clip(ChannelLink)}'."));
            }

            if (ChannelTitle is { } title && string.IsNullOrWhiteSpace(title))
            {
                return ValidationResult.Error(T("--channel-title cannot be empty.", "--channel-title tidak boleh kosong."));
            }

            if (MinItemsRatio is < 0 or > 1 || double.IsNaN(MinItemsRatio))
            {
                return ValidationResult.Error(T("--min-items-ratio must be between 0 and 1.", "--min-items-ratio harus antara 0 dan 1."));
            }

            if (Culture is not null && Culture is not ("id-ID" or "id" or "invariant"))
            {
                return NotOneOf("--culture", Culture, "id-ID", "invariant");
            }

            return ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ValidatorOptions.Global.LanguageManager.Culture = Indonesian ? CultureInfo.GetCultureInfo("id-ID", predefinedOnly: false) : CultureInfo.InvariantCulture;
        if (settings.Output is { } outputPath && !outputPath.StartsWith("/dev/", StringComparison.Ordinal))
        {
            // Before reading: -o naming the products file itself would replace the products with the feed (the
            // folder checks are FeedFile's, which runs them before writing too).
            OutputPath.NotTheInput(outputPath, "-o", settings.File);
        }

        var writers = FeedWriters.For(settings.Marketplace);
        var writer = settings.Format is null ? writers[0] : writers.First(w => w.FormatName == settings.Format.ToLowerInvariant());
        var input = await RecordStream.OpenAsync(settings.File, null, writer.Marketplace, settings.Delimiter, settings.Culture, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            if (input.Checker.Kind != RecordKind.Product)
            {
                throw new ToolException(T(
                    $"{settings.File}: the file holds {ValidateCommand.KindName(input.Checker.Kind)} records, not products; a feed is written from products (sku, title, price, ...).",
                    $"{settings.File}: berkas berisi rekaman {ValidateCommand.KindName(input.Checker.Kind)}, bukan produk; umpan ditulis dari produk (sku, title, price, ...)."));
            }

            var error = Console.Error;
            var counts = new Counts();
            var products = Products(input, counts, error, cancellationToken);
            FeedWriterOptions? options = null;
            if (writer.Marketplace == Marketplace.MetaCatalog && await SharedIdsAsync(settings, writer.Marketplace, cancellationToken).ConfigureAwait(false) is { } shared)
            {
                // Meta drops every item sharing an id: a first read of the file finds those ids, so the
                // products then stream through the writer instead of being held until the end.
                options = new FeedWriterOptions { SharedIds = shared };
            }

            Peeked<CraftProduct>? peeked = null;
            if (writer.HasChannel)
            {
                // The RSS channel needs a link (RSS 2.0): the option, else the site of the first product's link.
                Uri? link = settings.ChannelLink is { } given ? new Uri(given) : null;
                if (link is null)
                {
                    peeked = await Peeked<CraftProduct>.StartAsync(products, cancellationToken).ConfigureAwait(false);
                    products = peeked.Items();
                    link = FeedChannel.SiteOf(peeked.First?.Link);
                }

                options = FeedChannel.Options(settings.ChannelTitle, link, options?.SharedIds);
            }

            FeedWriteResult result;
            (bool Ok, string Message) published;
            try
            {
                (result, published) = await FeedOutput.WriteAsync(settings.Output, settings.MinItemsRatio, settings.AllowEmpty, (stream, ct) => writer.WriteAsync(products, stream, options, ct), cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex) when (options?.SharedIds is not null && ex.Message.Contains("SharedIds", StringComparison.Ordinal))
            {
                throw new ToolException(T(
                    $"{settings.File}: the file changed while it was read (an id shared by two products was not there on the first read); the feed was not written.",
                    $"{settings.File}: berkas berubah saat dibaca (id yang dipakai dua produk tidak ada pada pembacaan pertama); umpan tidak ditulis."));
            }
            finally
            {
                if (peeked is not null)
                {
                    await peeked.DisposeAsync().ConfigureAwait(false);
                }
            }

            foreach (var item in result.Skipped)
            {
                var where = item.Id is { Length: > 0 } id ? id : "#" + (item.Index + 1).ToString(Inv);
                error.WriteLine(T("skipped: ", "dilewati: ") + $"{where}: {item.Attribute}: {item.Reason}");
            }

            var skipped = counts.Skipped + result.ItemsSkipped;
            var target = !published.Ok ? T($"a temporary file beside {settings.Output}, then discarded", $"berkas sementara di samping {settings.Output}, lalu dibuang") : settings.Output ?? "stdout";
            if (published.Ok && settings.Output is { } output && output.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) && CompressedLength(output) is { } compressed)
            {
                // The writer counts the feed's bytes before gzip; the file on disk is smaller: say both.
                target = T($"{output} ({compressed.ToString(Inv)} bytes gzip-compressed)", $"{output} ({compressed.ToString(Inv)} byte setelah dikompresi gzip)");
            }

            error.WriteLine(T(
                $"{writer.Title} feed: {result.ItemsWritten.ToString(Inv)} written, {skipped.ToString(Inv)} skipped, {result.BytesWritten.ToString(Inv)} bytes to {target}.",
                $"Umpan {writer.Title}: {result.ItemsWritten.ToString(Inv)} ditulis, {skipped.ToString(Inv)} dilewati, {result.BytesWritten.ToString(Inv)} byte ke {target}."));
            if (!published.Ok)
            {
                error.WriteLine(T("error: ", "galat: ") + published.Message);
                return 1;
            }

            if (result.ItemsWritten == 0 && settings.Output is null)
            {
                // -o refuses an empty feed; on stdout the feed is already written, so it is said at least.
                error.WriteLine(T(
                    "warning: the feed holds no products; a marketplace given this full feed deletes every product of the shop.",
                    "peringatan: umpan tidak berisi produk; marketplace yang menerima umpan penuh ini menghapus semua produk toko."));
            }

            return skipped == 0 ? 0 : 1;
        }
    }

    // The SKUs (Meta's id) more than one valid product in the file has, from a first, silent read; null
    // when the file cannot be read twice (a pipe), and the writer then holds the products instead.
    private static async Task<IReadOnlySet<string>?> SharedIdsAsync(Settings settings, Marketplace marketplace, CancellationToken cancellationToken)
    {
        if (!IsRegularFile(settings.File))
        {
            return null;
        }

        var input = await RecordStream.OpenAsync(settings.File, null, marketplace, settings.Delimiter, settings.Culture, cancellationToken).ConfigureAwait(false);
        await using (input.ConfigureAwait(false))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var shared = new HashSet<string>(StringComparer.Ordinal);
            await foreach (var record in input.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                input.Checker.Check(record, out var product);
                if (product is not null && !seen.Add(product.Sku))
                {
                    shared.Add(product.Sku);
                }
            }

            return shared;
        }
    }

    private static long? CompressedLength(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? file.Length : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsRegularFile(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            return file.CanSeek;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>How many records were skipped before reaching the writer.</summary>
    private sealed class Counts
    {
        public long Skipped { get; set; }
    }

    private static async IAsyncEnumerable<CraftProduct> Products(RecordStream input, Counts counts, TextWriter error, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var issue in input.Checker.HeaderIssues())
        {
            error.WriteLine((issue.Severity == Severity.Error ? T("error: ", "galat: ") : T("warning: ", "peringatan: ")) + $"{issue.Code} {issue.Message}");
        }

        await foreach (var record in input.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var issues = input.Checker.Check(record, out var product);
            var name = input.Checker.NameOf(record) is { } sku ? $"{record.Location} ({sku})" : record.Location;
            foreach (var warning in issues.Where(i => i.Severity != Severity.Error))
            {
                error.WriteLine(T("warning: ", "peringatan: ") + $"{name}: {Field(warning.Property)}{warning.Code} {warning.Message}");
            }

            if (product is null)
            {
                counts.Skipped++;
                var reasons = issues.Where(i => i.Severity == Severity.Error).Select(i => $"{Field(i.Property)}{i.Code} {i.Message.TrimEnd('.')}").ToList();
                if (reasons.Count == 0 && input.Checker.HeaderBroken)
                {
                    reasons.Add(T("IKM001 the header lacks a required column (reported above)", "IKM001 baris judul tidak memuat kolom wajib (dilaporkan di atas)"));
                }

                error.WriteLine(T("skipped: ", "dilewati: ") + $"{name}: {string.Join("; ", reasons)}.");
                continue;
            }

            yield return product;
        }
    }

    private static string Field(string property) => property.Length == 0 ? "" : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(property) + ": ";
}
