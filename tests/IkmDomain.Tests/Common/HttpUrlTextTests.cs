using System;
using System.Collections.Generic;
using System.Text;
using IkmDomain.Common;

namespace IkmDomain.Tests.Common;

/// <summary>
/// The feed writers check and write a <see cref="Uri"/> link in one read
/// (<see cref="HttpUrl.TryGetAbsoluteHttpText"/>): the scheme is read from the start of its
/// <see cref="Uri.AbsoluteUri"/>, not from <see cref="Uri.Scheme"/>. On every generated URL, typed in
/// canonical form or not, it must agree with the rule (<see cref="HttpUrl.IsAbsoluteHttp"/>) and give
/// exactly the <see cref="Uri.AbsoluteUri"/>.
/// </summary>
public class HttpUrlTextTests
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
