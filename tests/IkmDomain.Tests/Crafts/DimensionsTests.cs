using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class DimensionsTests
{
    [Theory]
    [InlineData("30 x 20 x 10 cm")]
    [InlineData("30x20x10")]
    [InlineData("30 X 20 X 10 CM")]
    [InlineData("30 \u00D7 20 \u00D7 10 cm")]
    [InlineData("30*20*10cm")]
    [InlineData("30.00 x 20.0 x 10 cm")]
    public void Parses_common_ways_of_writing_dimensions(string text)
    {
        Assert.Equal(new Dimensions(30, 20, 10), Dimensions.Parse(text));
    }

    [Fact]
    public void Formats_canonically_with_trimmed_decimals()
    {
        Assert.Equal("30 x 20 x 10.5 cm", new Dimensions(30, 20, 10.50m).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("30 x 20")]
    [InlineData("30 x 20 x 10 x 5")]
    [InlineData("0 x 20 x 10")]
    [InlineData("-3 x 20 x 10")]
    [InlineData("30,5 x 20 x 10")]
    [InlineData("30.555 x 20 x 10")]
    [InlineData("30 x 20 x 10 in")]
    public void Rejects_bad_dimensions(string text)
    {
        Assert.False(Dimensions.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Dimensions.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message);
    }

    [Fact]
    public void Constructor_names_the_bad_side()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Dimensions(30, 0, 10));

        Assert.Equal("widthCm", ex.ParamName);
    }

    [Fact]
    public void Longest_and_shortest_sides()
    {
        var d = new Dimensions(30, 45.5m, 10);

        Assert.Equal(45.5m, d.LongestSideCm);
        Assert.Equal(10m, d.ShortestSideCm);
        Assert.Equal(13650m, d.VolumeCm3);
    }

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(IkmArbitraries.Dimensions(), d => Dimensions.Parse(d.ToString()) == d);

    [Property]
    public bool TryParse_never_throws(string? text) => Dimensions.TryParse(text, out _) || true;
}
