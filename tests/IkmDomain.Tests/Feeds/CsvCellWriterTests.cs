using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// The one-pass CSV and TSV cell writers (ASCII copied once, checked and quoted as it is copied) against a
/// plain reference of the same rules: RFC 4180 quoting with Meta's rule (a cell holding a comma,
/// quote, space, tab, CR or LF is quoted, inner quotes doubled), and for the checked text cell the
/// rules one by one (<see cref="FeedRules.HasText"/>, <see cref="FeedRules.CheckText(string, string?, int, string)"/>,
/// the formula note). Thousands of generated texts over the characters that matter, at lengths
/// around the vector widths (8, 16, 32).
/// </summary>
public class CsvCellWriterTests
{
    // The characters each rule turns on, plus plain ASCII, a C0 control CSV does not quote, a
    // non-ASCII letter, Unicode white space, a surrogate pair and both lone halves.
    private static readonly string[] Pieces =
    [
        "a", "b", "Z", "0", "9", ".", "/", " ", ",", "\"", "\t", "\r", "\n", "\u0001", "\u001F", "=", "+", "-", "@",
        "é", "\u00A0", "\u2003", "😀", "\uD800", "\uDC00", "<", "&",
    ];

    private static IEnumerable<string> Texts(int seed, int count)
    {
        var random = new Random(seed);
        yield return string.Empty;
        yield return " ";
        yield return "   \t ";
        yield return "\u00A0";
        for (var i = 0; i < count; i++)
        {
            // Mostly plain text with a few special pieces, at every length up to 70 pieces.
            var length = random.Next(0, 71);
            var text = new StringBuilder();
            for (var j = 0; j < length; j++)
            {
                text.Append(random.Next(6) == 0 ? Pieces[random.Next(Pieces.Length)] : ((char)random.Next('a', 'z' + 1)).ToString());
            }

            yield return text.ToString();
        }
    }

    private static string Reference(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var quoted = value.IndexOfAny([',', '"', ' ', '\t', '\r', '\n']) >= 0;
        var utf8 = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value)); // Lone surrogates become U+FFFD, as the writer's UTF-8 does.
        return quoted ? "\"" + utf8.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : utf8;
    }

    private static byte[] Bytes(FeedBufferWriter writer) => writer.WrittenSpan.ToArray();

    [Fact]
    public void WriteCsvText_matches_the_reference_quoting_for_every_generated_text()
    {
        var checkedCount = 0;
        foreach (var text in Texts(seed: 4180, count: 4000))
        {
            using var writer = new FeedBufferWriter(initialCapacity: 16);
            writer.WriteRaw("x,"u8); // Not at the buffer's start: the cell's quote goes before it.
            writer.WriteCsvText(text);
            writer.WriteByte((byte)'\n');

            Assert.Equal("x," + Reference(text) + "\n", Encoding.UTF8.GetString(Bytes(writer)));
            checkedCount++;
        }

        Assert.Equal(4004, checkedCount);
    }

    [Fact]
    public void A_quotable_cell_matches_EndCsvCell_for_every_generated_text()
    {
        foreach (var text in Texts(seed: 9999, count: 3000))
        {
            using var begun = new FeedBufferWriter(initialCapacity: 8);
            begun.WriteRaw("id,"u8);
            var start = begun.StartQuotableCsvCell();
            begun.WriteUtf8(text);
            begun.EndQuotableCsvCell(start);
            begun.WriteByte((byte)',');

            using var plain = new FeedBufferWriter(initialCapacity: 8);
            plain.WriteRaw("id,"u8);
            var at = plain.WrittenCount;
            plain.WriteUtf8(text);
            plain.EndCsvCell(at);
            plain.WriteByte((byte)',');

            Assert.Equal(Bytes(plain), Bytes(begun));
            Assert.Equal("id," + Reference(text) + ",", Encoding.UTF8.GetString(Bytes(begun)));
        }
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(7, true)]
    [InlineData(16, false)]
    [InlineData(31, true)]
    [InlineData(40, true)]
    public void WriteCheckedCsvText_gives_the_problems_and_bytes_of_the_rules_taken_one_by_one(int maxCharacters, bool required)
    {
        foreach (var text in Texts(seed: 200 + maxCharacters, count: 2500).Append(null))
        {
            using var fused = new FeedBufferWriter(initialCapacity: 8);
            var problem = fused.WriteCheckedCsvText(text, "title", maxCharacters, "IKM440", required);

            using var reference = new FeedBufferWriter(initialCapacity: 8);
            var expected = ReferenceChecked(reference, text, maxCharacters, required);

            Assert.Equal(expected, problem);
            if (!expected.IsProblem)
            {
                Assert.Equal(Bytes(reference), Bytes(fused));
                Assert.Equal(reference.FormulaNotes?.ToArray() ?? [], fused.FormulaNotes?.ToArray() ?? []);
            }
        }
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(9, false)]
    [InlineData(17, true)]
    [InlineData(33, true)]
    public void WriteCheckedTsvText_gives_the_problems_and_bytes_of_the_rules_taken_one_by_one(int maxCharacters, bool required)
    {
        foreach (var text in Texts(seed: 700 + maxCharacters, count: 2500).Append(null))
        {
            using var fused = new FeedBufferWriter(initialCapacity: 8);
            fused.WriteRaw("x\t"u8);
            var problem = fused.WriteCheckedTsvText(text, "title", maxCharacters, "IKM430", required);

            using var reference = new FeedBufferWriter(initialCapacity: 8);
            reference.WriteRaw("x\t"u8);
            var expected = ReferenceChecked(reference, text, maxCharacters, required, tsv: true);

            Assert.Equal(expected, problem);
            if (!expected.IsProblem)
            {
                Assert.Equal(Bytes(reference), Bytes(fused));
                Assert.Equal(reference.FormulaNotes?.ToArray() ?? [], fused.FormulaNotes?.ToArray() ?? []);
            }
        }
    }

    private static FeedItemProblem ReferenceChecked(FeedBufferWriter writer, string? text, int maxCharacters, bool required, bool tsv = false)
    {
        if (required && !FeedRules.HasText(text))
        {
            return FeedRules.Missing("title");
        }

        if (FeedRules.CheckText("title", text, maxCharacters, tsv ? "IKM430" : "IKM440") is { IsProblem: true } problem)
        {
            return problem;
        }

        writer.NoteFormulaCell(text, "title");
        if (tsv)
        {
            writer.WriteTsvText(text);
        }
        else
        {
            writer.WriteCsvText(text);
        }

        return FeedItemProblem.None;
    }

    [Theory]
    [InlineData("   ", true, "IKM491")]
    [InlineData("\u00A0\u2003", true, "IKM491")]
    [InlineData("ab{lone}cd", false, "IKM490")] // An attribute's string cannot hold a lone surrogate (UTF-8 metadata).
    [InlineData("abcdefghijk", false, "IKM440")]
    [InlineData("ab😀😀😀😀😀😀😀😀", false, null)]
    public void WriteCheckedCsvText_names_the_rule(string text, bool required, string? code)
    {
        using var writer = new FeedBufferWriter();
        text = text.Replace("{lone}", "\uD800", StringComparison.Ordinal);

        var problem = writer.WriteCheckedCsvText(text, "title", 10, "IKM440", required);

        Assert.Equal(code, problem.Code);
        Assert.Equal(code is not null, problem.IsProblem);
    }
}
