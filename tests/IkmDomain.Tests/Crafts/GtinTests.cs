using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class GtinTests
{
    // Published examples: EAN-13 4006381333931 and EAN-8 73513537 (GS1/Wikipedia), UPC-A 036000291452,
    // GTIN-14 10614141000415 (GS1 US example case code), Indonesian EAN-13 8992753100015 style prefix 899.
    [Theory]
    [InlineData("4006381333931")]
    [InlineData("73513537")]
    [InlineData("96385074")]
    [InlineData("036000291452")]
    [InlineData("10614141000415")]
    [InlineData("00012345600012")]
    public void Published_GTINs_parse(string text)
    {
        Assert.Equal(text, Gtin.Parse(text).ToString());
    }

    [Theory]
    [InlineData("400638133393", 1)]
    [InlineData("7351353", 7)]
    [InlineData("03600029145", 2)]
    [InlineData("1061414100041", 5)]
    public void ComputeCheckDigit_matches_published_check_digits(string data, int expected)
    {
        Assert.Equal(expected, Gtin.ComputeCheckDigit(data));
    }

    [Fact]
    public void Wrong_check_digit_is_rejected_naming_the_expected_digit()
    {
        var ex = Assert.Throws<FormatException>(() => Gtin.Parse("4006381333932"));

        Assert.Contains("4006381333932", ex.Message);
        Assert.Contains("check digit", ex.Message);
        Assert.Contains("is 1", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234567")]
    [InlineData("40063813339310")]
    [InlineData("400638133393A")]
    [InlineData("\u00A04006381333931")]
    [InlineData("4006/381333931")]
    public void Malformed_text_is_rejected(string text)
    {
        Assert.False(Gtin.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Gtin.Parse(text));
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Gtin.Parse(null!));
    }

    [Fact]
    public void Leading_zeros_are_kept()
    {
        var gtin = Gtin.Parse("036000291452");

        Assert.Equal(12, gtin.Length);
        Assert.Equal("036000291452", gtin.ToString());
        Assert.Equal("00036000291452", gtin.ToGtin14String());
    }

    [Fact]
    public void Same_item_in_GTIN_12_and_GTIN_13_form_is_the_same_item_but_not_equal()
    {
        var upc = Gtin.Parse("036000291452");
        var ean = Gtin.Parse("0036000291452");

        Assert.True(upc.IsSameItem(ean));
        Assert.NotEqual(upc, ean);
    }

    [Fact]
    public void FromDataDigits_appends_the_check_digit()
    {
        Assert.Equal(Gtin.Parse("4006381333931"), Gtin.FromDataDigits("400638133393"));
    }

    [Fact]
    public void Json_writes_a_string_and_reads_it_back()
    {
        var gtin = Gtin.Parse("036000291452");

        var json = JsonSerializer.Serialize(gtin);

        Assert.Equal("\"036000291452\"", json);
        Assert.Equal(gtin, JsonSerializer.Deserialize<Gtin>(json));
    }

    [Fact]
    public void Json_with_bad_check_digit_throws_JsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Gtin>("\"4006381333932\""));
    }

    [Property]
    public Property Generated_GTINs_round_trip_through_text() =>
        Prop.ForAll(IkmArbitraries.Gtin(), g => Gtin.Parse(g.ToString()) == g && Gtin.TryParse(g.ToString(), out var back) && back.Equals(g));

    [Property]
    public Property Changing_the_check_digit_makes_a_GTIN_invalid() =>
        Prop.ForAll(IkmArbitraries.InvalidGtinText.ToArbitrary(), text => !Gtin.TryParse(text, out _));

    [Property]
    public Property Utf8_and_char_formatting_agree() =>
        Prop.ForAll(IkmArbitraries.Gtin(), g =>
        {
            Span<byte> bytes = stackalloc byte[20];
            return g.TryFormat(bytes, out var n, default, null)
                && System.Text.Encoding.ASCII.GetString(bytes[..n]) == g.ToString();
        });

    [Property]
    public bool TryParse_never_throws(string? text) => Gtin.TryParse(text, out _) || true;
}
