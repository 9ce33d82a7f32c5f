using System;
using System.Linq;

namespace IkmDomain.Tests.Crafts;

/// <summary>TikTok Shop's description markup: only its tags, not nested (Partner API product create, description).</summary>
public class DescriptionHtmlTikTokShopTests
{
    [Theory]
    [InlineData("Topeng kayu ukir tangan, 30 x 20 cm & ringan")]
    [InlineData("<p>Topeng kayu</p><p>Ukir <strong>tangan</strong><br>Malang</p>")]
    [InlineData("<ul><li>Kayu <b>jati</b></li><li>Cat <i>alam</i></li></ul><ol><li>Satu</li></ol>")]
    [InlineData("Baris satu<br/>baris dua <em>miring</em> <u>garis</u>")]
    [InlineData("<p>Lihat</p><img src=\"https://p16-oec-va.ibyteimg.com/x.jpeg\" width='100' height='100' />")]
    [InlineData("<P>Huruf besar</P><!-- catatan -->")]
    public void Allowed_markup_is_TikTok_markup(string html) => Assert.True(DescriptionHtml.IsTikTokShopHtml(html), html);

    [Theory]
    [InlineData("<div>Topeng</div>")]                      // a tag TikTok does not take
    [InlineData("<p>Topeng <span>kayu</span></p>")]        // same, inline
    [InlineData("<p><p>Topeng</p></p>")]                   // a paragraph in a paragraph
    [InlineData("<ul><li><ul><li>x</li></ul></li></ul>")]  // a list in a list item
    [InlineData("<p><strong><em>Topeng</em></strong></p>")] // inline in inline
    [InlineData("<li>Tanpa daftar</li>")]                  // li outside ul/ol
    [InlineData("<ul><strong>x</strong></ul>")]            // inline directly in a list
    [InlineData("<p>Topeng</strong></p>")]                 // an end tag that closes nothing open
    [InlineData("<h1>Judul</h1>")]
    public void Other_or_nested_tags_are_not(string html) => Assert.False(DescriptionHtml.IsTikTokShopHtml(html), html);

    [Fact]
    public void The_allowed_tags_are_the_eleven_TikTok_lists() =>
        Assert.Equal(["b", "br", "em", "i", "img", "li", "ol", "p", "strong", "u", "ul"], DescriptionHtml.TikTokShopAllowedTags.Order());

    [Fact]
    public void Null_throws_naming_the_parameter() =>
        Assert.Equal("html", Assert.Throws<ArgumentNullException>(() => DescriptionHtml.IsTikTokShopHtml(null!)).ParamName);
}
