using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Regions;

public class PostalCodeTests
{
    [Theory]
    [InlineData("10110", PostalZone.JakartaBodetabek)]
    [InlineData("65111", PostalZone.EastJava)]
    [InlineData("55281", PostalZone.CentralJavaYogyakarta)]
    [InlineData("99351", PostalZone.SulawesiMalukuPapua)]
    public void Zone_is_the_first_digit(string text, PostalZone zone)
    {
        Assert.Equal(zone, PostalCode.Parse(text).Zone);
    }

    [Theory]
    [InlineData("6511", "exactly 5 digits")]
    [InlineData("651111", "exactly 5 digits")]
    [InlineData("6511a", "exactly 5 digits")]
    [InlineData("05111", "zone")]
    [InlineData("", "exactly 5 digits")]
    public void Rejects_text_that_is_not_a_postal_code(string text, string rule)
    {
        var ex = Assert.Throws<FormatException>(() => PostalCode.Parse(text));

        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'" + text + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromNumber_rejects_numbers_outside_five_digits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PostalCode.FromNumber(9999));
    }

    [Fact]
    public void Equal_codes_are_equal()
    {
        Assert.True(PostalCode.Parse("65111") == PostalCode.FromNumber(65111));
        Assert.True(PostalCode.Parse("65111") != PostalCode.Parse("65112"));
    }

    [Fact]
    public void Json_is_a_five_digit_string()
    {
        Assert.Equal("\"65111\"", JsonSerializer.Serialize(PostalCode.Parse("65111")));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PostalCode>("65111"));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Round_trips_through_text(PostalCode code) => PostalCode.Parse(code.ToString()) == code;

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Round_trips_through_json(PostalCode code) =>
        JsonSerializer.Deserialize<PostalCode>(JsonSerializer.Serialize(code)) == code;

    [Property]
    public bool TryParse_never_throws_on_random_strings(string? text) =>
        PostalCode.TryParse(text, out var code) == (text is not null && text.Trim().Length == 5 && code.ToString() == text.Trim());
}
