using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using IkmDomain.Common;

namespace IkmDomain.Tests.Common;

/// <summary>
/// The feed writers write a <see cref="Uri"/>'s <see cref="Uri.OriginalString"/> when
/// <see cref="HttpUrl.IsCanonicalHttp"/> says its bytes already are the <see cref="Uri.AbsoluteUri"/>.
/// Every generated URL the grammar accepts must be exactly what System.Uri writes, or a feed would carry
/// a link other than the one the Uri means. (Text that is not ASCII never reaches the grammar: the
/// writer's copy stops at the first such character and the Uri is asked.)
/// </summary>
public class CanonicalHttpUrlTests
{
    private static readonly string[] Schemes = ["https://", "http://", "HTTPS://", "Http://", "ftp://", "https:/", ""];

    private static readonly string[] Hosts =
    [
        "toko.example", "a.b", "sanggar-jepara.co.id", "www.toko.example", "TOKO.example", "1.2.3.4", "01.2.3.4", "127.1",
        "0x7f.1", "xn--bcher-kva.example", "a..b", ".a.b", "a.b.", "-a.b", "a-.b", "a.b-", "a_b.example", "localhost",
        "toko.example:443", "toko.example:80", "toko.example:8080", "user@toko.example", "[::1]", "bücher.example", "a b.example",
        "123.example", "x" + new string('y', 70) + ".example", "",
        // Longer hosts, each rule again.
        "sanggar-jepara.example", "sanggar..jepara.example", "sanggar-jepara.example-", "sanggar.-jepara.example",
        "www.xn--bcher-kva.example", "Sanggar-Jepara.example", "sanggar-jepara.123", "sanggar_jepara.example",
    ];

    private static readonly string[] PathPieces =
    [
        "/", "a", "B", "0", "-", ".", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "?", "#", "%",
        "%2F", "%41", "%e2", "..", "./", "/.", "//", "\\", " ", "\t", "\n", "|", "^", "`", "{", "}", "[", "]", "\"", "<", ">",
        "\u007f", "\u0001", "ü",
        "é", "😀", "IKM-000001.jpg", "produk", "img",
    ];

    private static IEnumerable<string> Urls(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var url = new StringBuilder();
            url.Append(random.Next(4) == 0 ? Schemes[random.Next(Schemes.Length)] : "https://");
            url.Append(random.Next(3) == 0 ? Hosts[random.Next(Hosts.Length)] : "toko.example");
            if (random.Next(10) != 0)
            {
                url.Append('/');
            }

            var pieces = random.Next(0, 12);
            for (var j = 0; j < pieces; j++)
            {
                // Mostly plain path text, now and then a piece that System.Uri may rewrite.
                url.Append(random.Next(8) == 0 ? PathPieces[random.Next(PathPieces.Length)] : PathPieces[random.Next(PathPieces.Length - 3, PathPieces.Length)]);
            }

            yield return url.ToString();
        }
    }

    [Fact]
    public void Every_url_the_grammar_accepts_is_its_own_AbsoluteUri()
    {
        var accepted = 0;
        var rejected = 0;
        var withDelimiters = 0;
        foreach (var text in Urls(seed: 3986, count: 40_000))
        {
            if (!System.Text.Ascii.IsValid(text) || !HttpUrl.IsCanonicalHttp(Encoding.ASCII.GetBytes(text)))
            {
                rejected++;
                continue;
            }

            accepted++;
            withDelimiters += text.AsSpan(8).IndexOfAny("!$&'()*+,;=:@?~_") >= 0 ? 1 : 0;
            Assert.True(Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri), text);
            Assert.True(uri.IsAbsoluteUri, text);
            Assert.Equal(uri.AbsoluteUri, text);
        }

        // The grammar is tried both ways: thousands accepted, thousands left to System.Uri.
        Assert.InRange(accepted, 2_000, 40_000);
        Assert.InRange(rejected, 2_000, 40_000);
        Assert.InRange(withDelimiters, 500, accepted);
    }

    [Theory]
    [InlineData("https://toko.example/img/IKM-000001.jpg", true)]
    [InlineData("http://a.b/?q=1&r=x,y;z", true)]
    [InlineData("https://toko.example", false)] // AbsoluteUri adds the "/".
    [InlineData("HTTPS://toko.example/a", false)] // The scheme is lowered.
    [InlineData("https://Toko.example/a", false)] // The host is lowered.
    [InlineData("https://toko.example:443/a", false)] // The default port is dropped.
    [InlineData("https://1.2.3.4/a", false)] // IP addresses are rewritten ("01.2.3.4").
    [InlineData("https://toko.example/a/../b", false)] // Dot segments are removed.
    [InlineData("https://toko.example/a b", false)] // Spaces are escaped.
    [InlineData("https://toko.example/%7e", false)] // Escapes may be rewritten.
    [InlineData("https://toko.example/a#b#c", false)] // A second '#' is escaped.
    [InlineData("https://toko.example/abcdefghijklmnop/qrs/", true)] // Long enough for the vector scan.
    [InlineData("https://toko.example/abcdefghijklmnop//x", false)] // An empty segment past the first block.
    [InlineData("https://toko.example/abcdefghijklmnopqrstuvwxyzabcdefg/.x", false)] // A dot segment in a later block.
    [InlineData("https://toko.example/abcdefghijklmnopqrstuvwxyzabcdefghijklmn/", true)]
    [InlineData("https://toko.example/abcdefghijklmnopqrstuvwxyzabcdefghijklm/.", false)] // In the scalar tail.
    [InlineData("https://xn--bcher-kva.example/a", false)] // Punycode.
    [InlineData("https://toko.example/a-._~!$&'()*+,;=:@/?AZaz09/bcdefghijklmnop", true)] // Every path character, over a block.
    [InlineData("https://toko.example/a-._~!$&'()*+,;=:@/?AZaz09/bcdefghijklmno%", false)] // The last byte.
    [InlineData("https://toko.example/abcdefghijklmnop/", true)] // 17 bytes: one block and the last byte.
    [InlineData("https://toko.example/abcdefghijklmno/", true)] // 16 bytes: the byte-by-byte loop.
    [InlineData("https://toko.example/abcdefghijklmn//", false)]
    [InlineData("https://sanggar-jepara.example/a", true)] // A longer host.
    public void The_grammar_in_examples(string text, bool canonical)
    {
        Assert.Equal(canonical, HttpUrl.IsCanonicalHttp(Encoding.ASCII.GetBytes(text)));
        if (canonical)
        {
            Assert.Equal(text, new Uri(text).AbsoluteUri);
        }
    }

    [Fact]
    public void Every_generated_link_is_written_as_its_AbsoluteUri()
    {
        // The writers' path: the copy checks the characters (AsciiNarrowing.Specials.Url), the grammar the
        // structure, and anything else is asked of the Uri. Whichever way, the bytes are the AbsoluteUri.
        using var writer = new IkmDomain.Feeds.FeedBufferWriter();
        var written = 0;
        foreach (var text in Urls(seed: 1738, count: 40_000))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !HttpUrl.IsAbsoluteHttp(uri))
            {
                continue;
            }

            foreach (var escapeCommas in new[] { false, true })
            {
                writer.Truncate(0);
                Assert.True(writer.TryWriteHttpUrl(uri, 4000, escapeCommas), text);
                var expected = escapeCommas ? uri.AbsoluteUri.Replace(",", "%2C", StringComparison.Ordinal) : uri.AbsoluteUri;
                Assert.Equal(expected, Encoding.UTF8.GetString(writer.WrittenSpan));
            }

            written++;
        }

        Assert.InRange(written, 10_000, 40_000);
    }

    [Theory]
    [InlineData("https://toko.example/img/a.jpg", "https://toko.example/img/a.jpg")]
    [InlineData("HTTPS://Toko.Example:443/a/./b c", "https://toko.example/a/b%20c")] // Not canonical: the Uri is asked.
    [InlineData("https://toko.example/img/a,b.jpg", "https://toko.example/img/a%2Cb.jpg")] // Canonical, with a comma to escape in a list.
    [InlineData("https://bücher.example/a", "https://bücher.example/a")] // Not ASCII: the Uri is asked.
    public void A_uri_is_written_as_its_AbsoluteUri_whichever_way_it_was_typed(string typed, string expected)
    {
        var uri = new Uri(typed);
        using var writer = new IkmDomain.Feeds.FeedBufferWriter();
        writer.WriteRaw("x"u8);

        Assert.True(writer.TryWriteHttpUrl(uri, 2000, escapeCommas: true));

        Assert.Equal("x" + expected, Encoding.UTF8.GetString(writer.WrittenSpan));
        Assert.Equal(uri.AbsoluteUri.Replace(",", "%2C", StringComparison.Ordinal), expected);
    }

    [Theory]
    [InlineData("ftp://toko.example/a")]
    [InlineData("https://toko.example/" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void A_link_that_breaks_the_rule_writes_nothing(string typed)
    {
        using var writer = new IkmDomain.Feeds.FeedBufferWriter();

        Assert.False(writer.TryWriteHttpUrl(new Uri(typed), 60, escapeCommas: false));
        Assert.Equal(0, writer.WrittenCount);
    }

    [Fact]
    public void A_canonical_link_is_written_without_building_its_AbsoluteUri()
    {
        // A first feed of links typed in canonical form: .NET builds a Uri's AbsoluteUri on first use
        // (a string and an object), so writing from it would allocate per link; written from the
        // OriginalString, nothing is allocated per link.
        Uri[] Fresh() => [.. Enumerable.Range(0, 2_000).Select(i => new Uri("https://toko.example/img/IKM-" + i + ".jpg"))];
        var batches = new[] { Fresh(), Fresh(), Fresh() };
        var one = new[] { Fresh(), Fresh(), Fresh() };
        var attempt = 0;
        using var writer = new IkmDomain.Feeds.FeedBufferWriter(1 << 20);
        var extra = IkmDomain.Tests.Feeds.AllocationProbe.ExtraBytes(
            () =>
            {
                writer.Truncate(0);
                Assert.True(writer.TryWriteHttpUrl(one[attempt][0], 2000, escapeCommas: false));
            },
            () =>
            {
                writer.Truncate(0);
                foreach (var uri in batches[attempt++])
                {
                    Assert.True(writer.TryWriteHttpUrl(uri, 2000, escapeCommas: false));
                }
            });

        Assert.InRange(extra, 0, 1_000);
        Assert.StartsWith("https://toko.example/img/IKM-", Encoding.UTF8.GetString(writer.WrittenSpan), StringComparison.Ordinal);
    }

    // The fallback for links in another form: HttpUrl.TryGetAbsoluteHttpText reads the scheme from the
    // start of the AbsoluteUri, not from Uri.Scheme.
    [Fact]
    public void The_one_read_agrees_with_the_scheme_rule_and_gives_the_AbsoluteUri()
    {
        var http = 0;
        var other = 0;
        foreach (var text in Urls(seed: 3986, count: 40_000))
        {
            if (!Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri))
            {
                continue;
            }

            var isHttp = HttpUrl.IsAbsoluteHttp(uri);
            Assert.Equal(isHttp, HttpUrl.TryGetAbsoluteHttpText(uri, out var written));
            if (isHttp)
            {
                http++;
                Assert.Equal(uri.AbsoluteUri, written);
            }
            else
            {
                other++;
                Assert.Null(written);
            }
        }

        // Both ways, thousands of times: http(s) links, and relative or other-scheme ones.
        Assert.InRange(http, 2_000, 40_000);
        Assert.InRange(other, 2_000, 40_000);
    }

    [Theory]
    [InlineData("https://toko.example/img/IKM-000001.jpg", "https://toko.example/img/IKM-000001.jpg")]
    [InlineData("HTTPS://Toko.Example:443/a/./b c", "https://toko.example/a/b%20c")]
    [InlineData("Http://toko.example", "http://toko.example/")]
    [InlineData("httpx://toko.example/a", null)] // A scheme that starts like http.
    [InlineData("ftp://toko.example/a", null)]
    [InlineData("mailto:http://toko.example/", null)] // http:// later in the text.
    [InlineData("/img/a.jpg", null)] // Relative.
    public void Examples(string typed, string? expected)
    {
        var uri = new Uri(typed, UriKind.RelativeOrAbsolute);

        Assert.Equal(expected is not null, HttpUrl.TryGetAbsoluteHttpText(uri, out var text));
        Assert.Equal(expected, text);
    }
}
