using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class WeightTests
{
    [Theory]
    [InlineData("250 g", 250)]
    [InlineData("250g", 250)]
    [InlineData("250 GR", 250)]
    [InlineData("3 kg", 3000)]
    [InlineData("1.25 kg", 1250)]
    [InlineData("1.2500 KG", 1250)]
    [InlineData("0 g", 0)]
    [InlineData("0.001 kg", 1)]
    public void Parses_grams_and_kilograms(string text, long grams)
    {
        Assert.Equal(grams, Weight.Parse(text).Grams);
    }

    [Theory]
    [InlineData(250, "250 g")]
    [InlineData(999, "999 g")]
    [InlineData(1000, "1 kg")]
    [InlineData(3000, "3 kg")]
    [InlineData(1250, "1.25 kg")]
    [InlineData(0, "0 g")]
    public void Formats_grams_below_a_kilogram_and_kilograms_above(long grams, string expected)
    {
        Assert.Equal(expected, Weight.FromGrams(grams).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("250")]
    [InlineData("kg")]
    [InlineData("-1 kg")]
    [InlineData("1,5 kg")]
    [InlineData("0.0005 kg")]
    [InlineData("2.5 g")]
    [InlineData("3 lb")]
    [InlineData("1000001 kg")]
    public void Rejects_bad_weights(string text)
    {
        Assert.False(Weight.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Weight.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message);
    }

    [Fact]
    public void FromKilograms_rejects_fractions_of_a_gram()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Weight.FromKilograms(0.0005m));
    }

    [Fact]
    public void FromGrams_rejects_negative_weights()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Weight.FromGrams(-1));
        Assert.Equal("grams", ex.ParamName);
    }

    [Fact]
    public void Explicit_formats_choose_the_unit()
    {
        var weight = Weight.FromGrams(1250);

        Assert.Equal("1250 g", weight.ToString("g", null));
        Assert.Equal("0.25 kg", Weight.FromGrams(250).ToString("kg", null));
    }

    [Fact]
    public void Multiplying_by_a_quantity_adds_up()
    {
        Assert.Equal(Weight.FromGrams(750), Weight.FromGrams(250) * 3);
    }

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(IkmArbitraries.Weight(), w => Weight.Parse(w.ToString()) == w && Weight.Parse(w.ToString("g", null)) == w && Weight.Parse(w.ToString("kg", null)) == w);

    [Property]
    public Property Addition_adds_grams() =>
        Prop.ForAll(IkmArbitraries.Weight(), IkmArbitraries.Weight(), (a, b) => (a + b).Grams == a.Grams + b.Grams);

    [Property]
    public Property Ordering_follows_grams() =>
        Prop.ForAll(IkmArbitraries.Weight(), IkmArbitraries.Weight(), (a, b) => (a < b) == (a.Grams < b.Grams) && a.CompareTo(b) == a.Grams.CompareTo(b.Grams));

    [Property]
    public bool TryParse_never_throws(string? text) => Weight.TryParse(text, out _) || true;
    [Property]
    public Property Utf8_formatting_matches_the_text_form() =>
        Prop.ForAll(IkmArbitraries.Weight(), Gen.Elements("", "g", "kg").ToArbitrary(), Gen.Choose(0, 16).ToArbitrary(), (w, format, size) =>
        {
            var expected = w.ToString(format, null);
            var buffer = new byte[size];
            var ok = w.TryFormat(buffer, out var written, format, null);

            // Fits: the same text; too small: false, nothing claimed written.
            return expected.Length <= size
                ? ok && System.Text.Encoding.UTF8.GetString(buffer, 0, written) == expected
                : !ok && written == 0;
        });

    [Theory]
    [InlineData(1_000_000_000L, "", "1000000 kg")]
    [InlineData(1_000_000_000L, "g", "1000000000 g")]
    [InlineData(1_001L, "kg", "1.001 kg")]
    [InlineData(1_010L, "", "1.01 kg")]
    [InlineData(999L, "kg", "0.999 kg")]
    public void Utf8_formatting_covers_the_edges(long grams, string format, string expected)
    {
        var buffer = new byte[32];
        Assert.True(Weight.FromGrams(grams).TryFormat(buffer, out var written, format, null));
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(buffer, 0, written));
        Assert.False(Weight.FromGrams(grams).TryFormat(buffer, out _, "lb", null));
    }
}
