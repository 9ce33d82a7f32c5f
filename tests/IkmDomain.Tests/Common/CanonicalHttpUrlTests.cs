using System;
using System.Collections.Generic;
using System.Text;
using IkmDomain.Common;

namespace IkmDomain.Tests.Common;

/// <summary>
/// The feed writers write a <see cref="Uri"/>'s <see cref="Uri.OriginalString"/> when
/// <see cref="HttpUrl.IsCanonicalHttp"/> says it already is the <see cref="Uri.AbsoluteUri"/>. Every
/// generated URL the grammar accepts must be exactly what System.Uri writes, or a feed would carry a
/// link other than the one the Uri means.
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
    ];

    private static readonly string[] PathPieces =
    [
        "/", "a", "B", "0", "-", ".", "_", "~", "!", "$", "&", "'", "(", ")", "*", "+", ",", ";", "=", ":", "@", "?", "#", "%",
        "%2F", "%41", "%e2", "..", "./", "/.", "//", "\\", " ", "\t", "\n", "|", "^", "`", "{", "}", "[", "]", "\"", "<", ">",
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
            if (!HttpUrl.IsCanonicalHttp(text))
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
    [InlineData("https://toko.example/abcdefghijklmnopqrstuvw/.x", false)] // A dot segment in a later block.
    [InlineData("https://toko.example/abcdefghijklmnopqrstuvwxyz/", true)]
    [InlineData("https://toko.example/abcdefghijklmnopqrstuvwxy/.", false)] // In the scalar tail.
    [InlineData("https://xn--bcher-kva.example/a", false)] // Punycode.
    public void The_grammar_in_examples(string text, bool canonical)
    {
        Assert.Equal(canonical, HttpUrl.IsCanonicalHttp(text));
        if (canonical)
        {
            Assert.Equal(text, new Uri(text).AbsoluteUri);
        }
    }

    [Fact]
    public void A_uri_typed_in_another_form_is_still_written_as_its_AbsoluteUri()
    {
        var uri = new Uri("HTTPS://Toko.Example:443/a/./b c");

        Assert.True(HttpUrl.TryGetAbsoluteHttpText(uri, out var text));

        Assert.Equal("https://toko.example/a/b%20c", text);
    }
}
