using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class NibTests
{
    [Fact]
    public void Parses_thirteen_digits()
    {
        var nib = Nib.Parse("8120000123456");

        Assert.Equal("8120000123456", nib.ToString());
    }

    [Fact]
    public void Keeps_leading_zeros()
    {
        Assert.Equal("0000000000042", Nib.Parse("0000000000042").ToString());
    }

    [Fact]
    public void Ignores_surrounding_white_space()
    {
        Assert.Equal(Nib.Parse("8120000123456"), Nib.Parse(" 8120000123456\t"));
    }

    [Theory]
    [InlineData("812000012345")]
    [InlineData("81200001234567")]
    [InlineData("812000012345a")]
    [InlineData("8120-00012345")]
    [InlineData("")]
    [InlineData("８１２００００１２３４５６")] // full-width digits are not ASCII digits
    public void Rejects_anything_but_thirteen_ASCII_digits(string text)
    {
        Assert.False(Nib.TryParse(text, out _));
    }

    [Fact]
    public void Parse_failure_names_the_input_and_the_rule()
    {
        var ex = Assert.Throws<FormatException>(() => Nib.Parse("12345"));

        Assert.Contains("'12345'", ex.Message);
        Assert.Contains("13 digits", ex.Message);
    }

    [Fact]
    public void Parse_null_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Nib.Parse(null!));
    }

    [Fact]
    public void TryParse_null_is_false()
    {
        Assert.False(Nib.TryParse(null, out var nib));
        Assert.Equal(default, nib);
    }

    [Fact]
    public void Equal_digits_are_equal_values()
    {
        var a = Nib.Parse("8120000123456");
        var b = Nib.Parse("8120000123456");

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Nib.Parse("8120000123457"));
    }

    [Fact]
    public void FromValue_rejects_more_than_thirteen_digits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Nib.FromValue(10_000_000_000_000UL));
    }

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(IkmArbitraries.Nib(), nib => Nib.Parse(nib.ToString()) == nib);

    [Property]
    public Property Utf8_format_matches_text() =>
        Prop.ForAll(IkmArbitraries.Nib(), nib =>
        {
            Span<byte> buffer = stackalloc byte[32];
            return nib.TryFormat(buffer, out var n, default, null)
                && System.Text.Encoding.ASCII.GetString(buffer[..n]) == nib.ToString();
        });

    [Property]
    public bool TryParse_never_throws(string? text) => Nib.TryParse(text, out _) || true;

    [Property]
    public Property Invalid_text_is_rejected() =>
        Prop.ForAll(IkmArbitraries.InvalidNibText().ToArbitrary(), text => !Nib.TryParse(text, out _));
}
