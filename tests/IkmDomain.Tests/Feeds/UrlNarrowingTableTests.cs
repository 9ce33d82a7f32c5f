using System;
using IkmDomain.Common;
using IkmDomain.Feeds;
using Xunit;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// The link check's nibble table (<c>AsciiNarrowing.Specials.Url</c>) against <see cref="HttpUrl.IsPathChar"/>,
/// one character at a time: every ASCII character and a sample of others, at every position of texts of
/// 1 to 40 characters (the scalar loop below 8, the two overlapping halves of 8 to 15, the 16-char blocks
/// and their overlapping last block).
/// </summary>
public class UrlNarrowingTableTests
{
    // Non-ASCII in each lane's high byte, low byte only, and the edge of ASCII.
    private static readonly char[] NonAscii = { '\u0080', '\u00FF', '\u0100', '\u0141', '\u0FFF', '\u7F21', '\uFF21', '\uFFFF', '\uD83D' };

    public static TheoryData<int> Lengths()
    {
        var data = new TheoryData<int>();
        for (var length = 0; length <= 40; length++)
        {
            data.Add(length);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Every_character_at_every_position_agrees_with_IsPathChar(int length)
    {
        var source = new char[length];
        var destination = new byte[length + 3];
        var failures = 0;
        var first = "";
        for (var at = 0; at < Math.Max(length, 1); at++)
        {
            for (var c = 0; c < 128 + NonAscii.Length; c++)
            {
                var ch = c < 128 ? (char)c : NonAscii[c - 128];
                for (var i = 0; i < length; i++)
                {
                    // A path character that differs by position, so a misplaced byte shows.
                    source[i] = (char)('a' + (i % 26));
                }

                if (length > 0)
                {
                    source[at] = ch;
                }

                destination.AsSpan().Fill(0xEE);
                var expected = length == 0 ? 0 : ch >= 0x80 ? -1 : HttpUrl.IsPathChar((byte)ch) ? 0 : 1;
                var actual = AsciiNarrowing.NarrowAscii(source, destination, AsciiNarrowing.Specials.Url);
                var copied = true;
                if (actual >= 0)
                {
                    for (var i = 0; i < length; i++)
                    {
                        copied &= destination[i] == source[i];
                    }

                    // Nothing past the text is touched.
                    copied &= destination[length] == 0xEE && destination[length + 1] == 0xEE && destination[length + 2] == 0xEE;
                }

                if (actual != expected || !copied)
                {
                    failures++;
                    first = first.Length > 0 ? first : $"U+{(int)ch:X4} at {at}: {actual}, expected {expected}, copied {copied}";
                }
            }
        }

        Assert.True(failures == 0, $"{failures} disagreements, first: {first}");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(40)]
    public void Two_refused_characters_and_a_late_non_ASCII_one_are_found(int length)
    {
        // A refused character in the first and the last place only; then a non-ASCII one last.
        var source = new string('/', length).ToCharArray();
        source[0] = '%';
        source[^1] = '}';
        var destination = new byte[length];

        Assert.Equal(1, AsciiNarrowing.NarrowAscii(source, destination, AsciiNarrowing.Specials.Url));
        Assert.Equal(0, AsciiNarrowing.NarrowAscii(new string('~', length), destination, AsciiNarrowing.Specials.Url));

        source[^1] = '\u00E9';
        Assert.Equal(-1, AsciiNarrowing.NarrowAscii(source, destination, AsciiNarrowing.Specials.Url));
    }

    [Fact]
    public void A_destination_too_short_is_refused()
    {
        Assert.Equal(-1, AsciiNarrowing.NarrowAscii("https://a.example/", new byte[17], AsciiNarrowing.Specials.Url));
    }
}
