using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class DescriptionHtmlTests
{
    [Fact]
    public void ToPlainText_removes_tags_and_decodes_entities()
    {
        Assert.Equal("Tas rotan & kulit \"asli\"", DescriptionHtml.ToPlainText("<strong>Tas rotan</strong> &amp; kulit &quot;asli&quot;"));
    }

    [Fact]
    public void ToPlainText_turns_paragraphs_and_list_items_into_lines()
    {
        var text = DescriptionHtml.ToPlainText("<p>Ukiran jati.</p><p>Ukuran:</p><ul><li>60 cm</li><li>40 cm</li></ul>");

        Assert.Equal("Ukiran jati.\n\nUkuran:\n\n- 60 cm\n- 40 cm", text);
    }

    [Fact]
    public void ToPlainText_turns_br_into_a_line_break_and_collapses_white_space()
    {
        Assert.Equal("Baris satu\nBaris dua", DescriptionHtml.ToPlainText("  Baris   satu<br/>\n   Baris dua  "));
    }

    [Fact]
    public void ToPlainText_drops_script_and_style_with_their_content()
    {
        Assert.Equal("Aman", DescriptionHtml.ToPlainText("<style>p{color:red}</style><script>alert('x')</script>Aman"));
    }

    [Fact]
    public void ToPlainText_keeps_a_less_than_sign_that_starts_no_tag()
    {
        Assert.Equal("Tinggi < 40 cm", DescriptionHtml.ToPlainText("Tinggi &lt; 40 cm"));
        Assert.Equal("a < b", DescriptionHtml.ToPlainText("a < b"));
    }

    [Fact]
    public void ToGoogleHtml_keeps_allowed_tags_and_drops_attributes()
    {
        Assert.Equal("<strong>Jati</strong> <em>asli</em>", DescriptionHtml.ToGoogleHtml("<strong class=\"x\">Jati</strong> <em style='a'>asli</em>"));
    }

    [Fact]
    public void ToGoogleHtml_maps_b_i_and_p_to_allowed_tags()
    {
        Assert.Equal("<div><strong>Jati</strong> <em>asli</em></div>", DescriptionHtml.ToGoogleHtml("<p><b>Jati</b> <i>asli</i></p>"));
    }

    [Fact]
    public void ToGoogleHtml_removes_disallowed_tags_but_keeps_their_text()
    {
        Assert.Equal("Lihat toko kami", DescriptionHtml.ToGoogleHtml("<a href=\"https://x\">Lihat <img src=x>toko</a> kami"));
    }

    [Fact]
    public void ToGoogleHtml_removes_script_with_its_content()
    {
        Assert.Equal("Aman", DescriptionHtml.ToGoogleHtml("<script>alert(1)</script>Aman"));
    }

    [Fact]
    public void ToGoogleHtml_closes_unclosed_tags_and_drops_stray_end_tags()
    {
        Assert.Equal("<ul><li>satu</li></ul>", DescriptionHtml.ToGoogleHtml("<ul><li>satu</em>"));
    }

    [Fact]
    public void ToGoogleHtml_escapes_text()
    {
        Assert.Equal("a &lt; b &amp; c", DescriptionHtml.ToGoogleHtml("a < b &amp; c"));
    }

    [Theory]
    [InlineData("Teks biasa", true)]
    [InlineData("<strong>Jati</strong><br>", true)]
    [InlineData("<p>Jati</p>", false)]
    [InlineData("<strong class=\"x\">Jati</strong>", false)]
    [InlineData("<script>x</script>", false)]
    public void IsGoogleHtml_accepts_only_allowed_tags_without_attributes(string html, bool expected)
    {
        Assert.Equal(expected, DescriptionHtml.IsGoogleHtml(html));
    }

    [Theory]
    [InlineData("Teks biasa", false)]
    [InlineData("3 < 4 dan 5 > 2", false)]
    [InlineData("<b>tebal</b>", true)]
    [InlineData("satu<br/>dua", true)]
    [InlineData("<!-- catatan -->", true)]
    public void ContainsHtml_finds_tags_and_comments(string text, bool expected)
    {
        Assert.Equal(expected, DescriptionHtml.ContainsHtml(text));
    }

    [Property]
    public Property ToGoogleHtml_output_is_always_Google_HTML() =>
        Prop.ForAll(HtmlGen().ToArbitrary(), html => DescriptionHtml.IsGoogleHtml(DescriptionHtml.ToGoogleHtml(html)));

    [Property]
    public Property ToPlainText_output_contains_no_HTML() =>
        Prop.ForAll(HtmlGen().ToArbitrary(), html => !DescriptionHtml.ContainsHtml(DescriptionHtml.ToPlainText(html)) || html.Contains("&lt;", System.StringComparison.Ordinal));

    [Property]
    public bool Helpers_never_throw_on_any_string(NonNull<string> text)
    {
        DescriptionHtml.ToPlainText(text.Get);
        DescriptionHtml.ToGoogleHtml(text.Get);
        return DescriptionHtml.ContainsHtml(text.Get) || true;
    }

    private static Gen<string> HtmlGen() =>
        Gen.ArrayOf(Gen.Elements(
            "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<ul>", "</ul>", "<li>", "</li>", "<br>", "<br/>", "<a href=\"x\">", "</a>",
            "<script>bad()</script>", "<div class='c'>", "</div>", "<span>", "</span>", "teks ", "jati & rotan ", " < ", " > ", "<!-- c -->",
            "<strong>", "</strong>", "<table><tr><td>sel</td></tr></table>", "&amp;", "&nbsp;"))
        .Select(parts => string.Concat(parts));
}
