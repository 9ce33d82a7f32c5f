using System;
using System.Text;

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
    // The one-pass ASCII copy works a vector of chars at a time with an overlapping last block:
    // every length around the vector sizes, with the odd character at every position.
    public static TheoryData<char> OddCharacters => new() { '\t', '\n', '\r', '"', '&', '<', '>', '\u0001', 'é', '\u20AC', '\uD800', '\uFFFF' };

    [Theory]
    [MemberData(nameof(OddCharacters))]
    public void Text_writers_match_a_plain_reference_at_every_length_and_position(char odd)
    {
        for (var length = 0; length <= 40; length++)
        {
            for (var at = -1; at < length; at++)
            {
                var chars = new char[length];
                for (var i = 0; i < length; i++)
                {
                    chars[i] = (char)('a' + (i % 26));
                }

                if (at >= 0)
                {
                    chars[at] = odd;
                }

                var text = new string(chars);
                var utf8 = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
                var tsv = utf8.AsSpan().IndexOfAny("\t\r\n\"") >= 0 ? "\"" + utf8.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : utf8;
                var xml = new StringBuilder();
                foreach (var c in utf8)
                {
                    xml.Append(c switch
                    {
                        '&' => "&amp;",
                        '<' => "&lt;",
                        '>' => "&gt;",
                        '\r' => "&#xD;",
                        '\t' or '\n' => c.ToString(),
                        < ' ' or '\uFFFE' or '\uFFFF' => "",
                        _ => c.ToString(),
                    });
                }

                using var w = new FeedBufferWriter(16);
                w.WriteByte((byte)'|');
                w.WriteUtf8(text);
                w.WriteByte((byte)'|');
                w.WriteTsvText(text);
                w.WriteByte((byte)'|');
                w.WriteXmlText(text);
                Assert.Equal("|" + utf8 + "|" + tsv + "|" + xml, Text(w));
            }
        }
    }

    private readonly struct NeverFits : IUtf8SpanFormattable
    {
        public string ToString(string? format, IFormatProvider? formatProvider) => "x";

        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            return false;
        }
    }

    [Fact]
    public void A_value_that_never_formats_is_reported_by_type_not_looped_on()
    {
        using var w = new FeedBufferWriter();

        var ex = Assert.Throws<InvalidOperationException>(() => w.WriteFormatted(new NeverFits()));

        Assert.Contains(nameof(NeverFits), ex.Message);
        Assert.Contains("TryFormat returned false", ex.Message);
        Assert.Equal(0, w.WrittenCount);
    }
}
