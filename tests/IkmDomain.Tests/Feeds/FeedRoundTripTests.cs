using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using nietras.SeparatedValues;

namespace IkmDomain.Tests.Feeds;

/// <summary>
/// Random text (any Unicode, tabs, newlines, quotes, markup, control characters; lone surrogates are
/// replaced before writing, as the writer skips them: FeedValueCheckTests)
/// written as feeds and read back by independent parsers: Sep for TSV, XmlReader for XML.
/// </summary>
public class FeedRoundTripTests
{
    private static readonly char[] Specials =
        ['\t', '\n', '\r', '"', '\'', '&', '<', '>', ',', ' ', '\0', '\u0001', '\u001F', '\u007F', '\uFFFE', '\uFFFF', 'é', 'ı', '\u0660', '\uD83D', '\uDE00', '\uD800', '\uE000'];

    private static readonly Gen<string> Text =
        Gen.OneOf(Gen.Elements(Specials), ArbMap.Default.GeneratorFor<char>())
            .ArrayOf()
            .Select(chars => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(new string(chars)))); // valid UTF-16: a lone surrogate skips the item (IKM490, FeedValueCheckTests)

    private static Arbitrary<(string Title, string Description, string Brand)> Texts() =>
        (from title in Text
         from description in Text
         from brand in Text
         select ("T" + Cut(title, 140), "D" + description, Cut(brand, 60))).ToArbitrary();

    // At most max chars, never splitting a surrogate pair: half a pair is invalid UTF-16, which skips
    // the item (IKM490), and these properties are about items that are written.
    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(char.IsHighSurrogate(s[max - 1]) ? max - 1 : max)];

    // What UTF-8 can carry: a lone surrogate becomes U+FFFD.
    private static string Utf8RoundTrip(string s) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(s));

    // What XML 1.0 can carry (W3C XML 1.0 §2.2): everything else is removed by the writer.
    private static string XmlAllowed(string s) =>
        new(Utf8RoundTrip(s).Where(c => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF')).ToArray());

    private static TextListing Listing((string Title, string Description, string Brand) t) =>
        new() { Id = "X-1", Title = t.Title, Description = t.Description, Brand = t.Brand };

    [Property]
    public Property Tsv_read_back_with_Sep_gives_every_value()
    {
        return Prop.ForAll(Texts(), t =>
        {
            using var stream = new MemoryStream();
            var result = TextListingFeeds.GoogleMerchantTsv.Write([Listing(t)], stream);
            using var reader = Sep.New('\t').Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(stream.ToArray()));
            var rows = new List<(string, string, string)>();
            foreach (var row in reader)
            {
                rows.Add((row["title"].ToString(), row["description"].ToString(), row["brand"].ToString()));
            }

            return result.ItemsWritten == 1
                && rows.Count == 1
                && rows[0] == (Utf8RoundTrip(t.Title), Utf8RoundTrip(t.Description), Utf8RoundTrip(t.Brand));
        });
    }

    [Property]
    public Property Xml_is_well_formed_and_read_back_gives_every_allowed_character()
    {
        return Prop.ForAll(Texts(), t =>
        {
            using var stream = new MemoryStream();
            TextListingFeeds.GoogleMerchantXml.Write([Listing(t)], stream);
            stream.Position = 0;
            var values = new Dictionary<string, string>();
            using (var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreWhitespace = false }))
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Prefix == "g")
                    {
                        values[reader.LocalName] = reader.ReadElementContentAsString();
                    }
                }
            }

            var brand = XmlAllowed(t.Brand);
            return values["title"] == XmlAllowed(t.Title)
                && values["description"] == XmlAllowed(t.Description)
                && (brand.Length == 0 ? !values.ContainsKey("brand") || values["brand"].Length == 0 : values["brand"] == brand);
        });
    }

    [Property]
    public Property Every_item_is_written_whole_or_not_at_all()
    {
        return Prop.ForAll(Texts(), Texts(), (a, b) =>
        {
            using var stream = new MemoryStream();
            var bad = Listing(b);
            bad.Title = new string('x', 151);
            var result = TextListingFeeds.GoogleMerchantTsv.Write([Listing(a), bad, Listing(a)], stream);
            using var reader = Sep.New('\t').Reader(o => o with { Unescape = true }).FromText(Encoding.UTF8.GetString(stream.ToArray()));
            var titles = new List<string>();
            foreach (var row in reader)
            {
                titles.Add(row["title"].ToString());
            }

            return result.ItemsWritten == 2 && result.ItemsSkipped == 1 && titles.Count == 2 && titles.All(x => x == Utf8RoundTrip(a.Title));
        });
    }
}
