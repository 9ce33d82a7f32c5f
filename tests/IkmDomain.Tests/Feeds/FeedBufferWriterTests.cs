using System;
using System.Text;
using IkmDomain.Feeds;

namespace IkmDomain.Tests.Feeds;

public class FeedBufferWriterTests
{
    private static string Text(FeedBufferWriter w) => Encoding.UTF8.GetString(w.WrittenSpan);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\tb", "\"a\tb\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\r", "\"cr\r\"")]
    [InlineData("comma, ok", "comma, ok")]
    public void WriteTsvText_quotes_only_when_needed(string value, string expected)
    {
        using var w = new FeedBufferWriter();

        w.WriteTsvText(value);

        Assert.Equal(expected, Text(w));
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<b>", "&lt;b&gt;")]
    [InlineData("x\r\ny", "x&#xD;\ny")]
    [InlineData("bell\u0007\u0000", "bell")]
    [InlineData("\uFFFF\uFFFEok", "ok")]
    [InlineData("emoji 😀", "emoji 😀")]
    public void WriteXmlText_escapes_and_removes_what_XML_forbids(string value, string expected)
    {
        using var w = new FeedBufferWriter();

        w.WriteXmlText(value);

        Assert.Equal(expected, Text(w));
    }

    [Fact]
    public void Lone_surrogate_is_written_as_the_replacement_character()
    {
        using var w = new FeedBufferWriter();

        w.WriteUtf8("a\uD800b");

        Assert.Equal("a\uFFFDb", Text(w));
    }

    [Theory]
    [InlineData(150000, "IDR", "150000.00 IDR")]
    [InlineData(1300, "JPY", "1300 JPY")]
    [InlineData(15.5, "USD", "15.50 USD")]
    [InlineData(0.125, "USD", "0.125 USD")]
    [InlineData(1.5, "KWD", "1.500 KWD")]
    public void WriteMoney_writes_amount_with_minor_digits_then_code(double amount, string code, string expected)
    {
        using var w = new FeedBufferWriter();

        w.WriteMoney(new Money((decimal)amount, Currency.FromCode(code)));

        Assert.Equal(expected, Text(w));
    }

    [Fact]
    public void Buffer_grows_past_its_first_size()
    {
        using var w = new FeedBufferWriter(16);
        var big = new string('é', 100_000);

        w.WriteTsvText(big);

        Assert.Equal(big, Text(w));
    }

    [Fact]
    public void Truncate_takes_back_bytes()
    {
        using var w = new FeedBufferWriter();
        w.WriteRaw("keep"u8);
        var mark = w.WrittenCount;
        w.WriteRaw("drop"u8);

        w.Truncate(mark);

        Assert.Equal("keep", Text(w));
    }

    [Fact]
    public void EndXmlText_escapes_formatted_bytes_that_need_it()
    {
        using var w = new FeedBufferWriter();
        var start = w.WrittenCount;
        w.WriteUtf8("1 < 2 \u0001");

        w.EndXmlText(start);

        Assert.Equal("1 &lt; 2 ", Text(w));
    }
}
