using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0812-3456-7890")]
    [InlineData("+62 812 3456 7890")]
    [InlineData("+62-812-3456-7890")]
    [InlineData("6281234567890")]
    [InlineData("081234567890")]
    [InlineData("+62 (0)812 3456 7890")]
    [InlineData("0812.3456.7890")]
    public void Mobile_number_written_any_common_way_normalises_to_E164(string text)
    {
        var number = PhoneNumber.Parse(text);

        Assert.Equal("+6281234567890", number.ToString());
        Assert.True(number.IsMobile);
        Assert.Null(number.AreaCode);
    }

    [Fact]
    public void Jakarta_landline_keeps_its_area_code()
    {
        var number = PhoneNumber.Parse("(021) 555-1234");

        Assert.Equal("+62215551234", number.ToString());
        Assert.False(number.IsMobile);
        Assert.Equal("21", number.AreaCode);
    }

    [Fact]
    public void Yogyakarta_landline_has_a_three_digit_area_code()
    {
        var number = PhoneNumber.Parse("0274 512345");

        Assert.Equal("274", number.AreaCode);
        Assert.Equal("(0274) 51-2345", number.ToString("N", null));
    }

    [Theory]
    [InlineData("0811234567")] // 081 + 7 digits: shortest mobile
    [InlineData("0811234567890")] // 081 + 10 digits: longest mobile
    [InlineData("0831234567")]
    [InlineData("0851234567")]
    [InlineData("0891234567")]
    public void Accepts_mobile_lengths_and_prefixes(string text)
    {
        Assert.True(PhoneNumber.Parse(text).IsMobile);
    }

    [Theory]
    [InlineData("081123456")] // 081 + 6 digits
    [InlineData("08112345678901")] // 081 + 11 digits
    [InlineData("0841234567")] // 084x is unused
    [InlineData("0801234567")]
    [InlineData("+65 8123 4567")] // Singapore
    [InlineData("812-3456-7890")] // no trunk 0 or country code
    [InlineData("0021 555 1234")]
    [InlineData("021 555 12")] // too short for Jakarta
    [InlineData("021 5551 23456")] // too long
    [InlineData("0812/3456/7890")]
    [InlineData("+")]
    [InlineData("03")] // shorter than an area code
    [InlineData("021")]
    [InlineData("")]
    public void Rejects_numbers_that_are_not_Indonesian_mobile_or_landline(string text)
    {
        Assert.False(PhoneNumber.TryParse(text, out _));
    }

    [Fact]
    public void Parse_failure_names_the_input_and_the_rule()
    {
        var ex = Assert.Throws<FormatException>(() => PhoneNumber.Parse("+65 8123 4567"));

        Assert.Contains("'+65 8123 4567'", ex.Message);
        Assert.Contains("+62", ex.Message);
    }

    [Fact]
    public void National_format_groups_mobile_numbers_as_people_write_them()
    {
        Assert.Equal("0812-3456-7890", PhoneNumber.Parse("+6281234567890").ToString("N", null));
        Assert.Equal("081234567890", PhoneNumber.Parse("+6281234567890").ToString("D", null));
    }

    [Fact]
    public void Same_number_written_differently_is_equal()
    {
        Assert.Equal(PhoneNumber.Parse("0812-3456-7890"), PhoneNumber.Parse("+62 812 3456 7890"));
        Assert.True(PhoneNumber.Parse("0812-3456-7890") == PhoneNumber.Parse("6281234567890"));
    }

    [Property]
    public Property E164_round_trips() =>
        Prop.ForAll(IkmArbitraries.PhoneNumber(), n => PhoneNumber.Parse(n.ToString()) == n);

    [Property]
    public Property National_forms_round_trip() =>
        Prop.ForAll(IkmArbitraries.PhoneNumber(), n =>
            PhoneNumber.Parse(n.ToString("N", null)) == n && PhoneNumber.Parse(n.ToString("D", null)) == n);

    [Property]
    public Property Written_forms_parse_to_the_same_number() =>
        Prop.ForAll(IkmArbitraries.WrittenPhoneNumberGen().ToArbitrary(), pair => PhoneNumber.Parse(pair.Text) == pair.Number);

    [Property]
    public Property E164_is_plus_62_and_digits_only() =>
        Prop.ForAll(IkmArbitraries.PhoneNumber(), n =>
        {
            var text = n.ToString();
            return text.StartsWith("+62", StringComparison.Ordinal) && text.Length <= 16 && text[1..].AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;
        });

    [Property]
    public bool TryParse_never_throws(string? text) => PhoneNumber.TryParse(text, out _) || true;

    [Property]
    public Property TryParse_never_throws_on_phone_like_text() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements("0123456789+-.() x".ToCharArray())).Select(a => new string(a)).ToArbitrary(),
            text => PhoneNumber.TryParse(text, out _) || true);
}
