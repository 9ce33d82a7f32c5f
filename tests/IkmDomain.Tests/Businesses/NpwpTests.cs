using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class NpwpTests
{
    [Fact]
    public void Parses_the_punctuated_legacy_form()
    {
        var npwp = Npwp.Parse("01.234.567.8-901.000");

        Assert.True(npwp.IsLegacyFormat);
        Assert.Equal("01.234.567.8-901.000", npwp.ToString());
    }

    [Fact]
    public void Parses_the_legacy_form_without_punctuation()
    {
        Assert.Equal(Npwp.Parse("01.234.567.8-901.000"), Npwp.Parse("012345678901000"));
    }

    [Fact]
    public void Parses_sixteen_digits()
    {
        var npwp = Npwp.Parse("0012345678901000");

        Assert.False(npwp.IsLegacyFormat);
        Assert.Equal("0012345678901000", npwp.ToString());
    }

    [Theory]
    [InlineData("01.234.567.8-901.00")]
    [InlineData("01-234-567-8-901-00")]
    [InlineData("01.234.567.8.901.000.")]
    [InlineData("01234567890100")]
    [InlineData("01234567890100000")]
    [InlineData("0123456789O1000")]
    public void Rejects_malformed_text(string text)
    {
        Assert.False(Npwp.TryParse(text, out _));
    }

    [Fact]
    public void Parse_failure_names_the_input_and_the_rule()
    {
        var ex = Assert.Throws<FormatException>(() => Npwp.Parse("12.3"));

        Assert.Contains("'12.3'", ex.Message);
        Assert.Contains("15 digits", ex.Message);
    }

    [Fact]
    public void Digits_format_writes_fifteen_digits()
    {
        Assert.Equal("012345678901000", Npwp.Parse("01.234.567.8-901.000").ToString("D", null));
    }

    [Fact]
    public void Company_sixteen_digit_form_is_zero_plus_the_fifteen_digits()
    {
        var sixteen = Npwp.Parse("01.234.567.8-901.000").ToSixteenDigits();

        Assert.Equal("0012345678901000", sixteen.ToString());
        Assert.False(sixteen.IsLegacyFormat);
    }

    [Fact]
    public void Fifteen_and_sixteen_digit_forms_are_different_values()
    {
        var legacy = Npwp.Parse("012345678901000");

        Assert.NotEqual(legacy, legacy.ToSixteenDigits());
        Assert.Equal(legacy.ToSixteenDigits(), Npwp.Parse("0012345678901000").ToSixteenDigits());
    }

    [Theory]
    [InlineData("02.183.241.5-123.000", true)] // the confirmed example: 02183241 -> 5
    [InlineData("12.345.678.2-123.000", true)] // 12345678 -> 2
    [InlineData("02.183.241.6-123.000", false)]
    [InlineData("12.345.678.0-123.000", false)]
    public void Check_digit_is_Luhn_over_the_first_eight_digits(string text, bool valid)
    {
        Assert.Equal(valid, Npwp.Parse(text).HasValidCheckDigit);
    }

    [Fact]
    public void ComputeCheckDigit_matches_the_confirmed_examples()
    {
        Assert.Equal(5, Npwp.ComputeCheckDigit(2_183_241));
        Assert.Equal(2, Npwp.ComputeCheckDigit(12_345_678));
    }

    [Fact]
    public void Failed_check_digit_does_not_stop_parsing()
    {
        Assert.True(Npwp.TryParse("02.183.241.6-123.000", out var npwp));
        Assert.False(npwp.HasValidCheckDigit);
    }

    [Fact]
    public void Company_sixteen_digit_form_keeps_the_check_digit()
    {
        Assert.True(Npwp.Parse("0021832415123000").HasValidCheckDigit);
    }

    [Fact]
    public void NIK_based_NPWP_has_no_check_digit()
    {
        var npwp = Npwp.Parse("3573015708900001");

        Assert.True(npwp.IsNikBased);
        Assert.False(npwp.HasCheckDigit);
        Assert.False(npwp.HasValidCheckDigit);
        Assert.Equal(NpwpTaxpayerType.Individual, npwp.TaxpayerType);
    }

    [Theory]
    [InlineData("01", NpwpTaxpayerType.Company)]
    [InlineData("02", NpwpTaxpayerType.Company)]
    [InlineData("03", NpwpTaxpayerType.Company)]
    [InlineData("04", NpwpTaxpayerType.Entrepreneur)]
    [InlineData("06", NpwpTaxpayerType.Entrepreneur)]
    [InlineData("05", NpwpTaxpayerType.Employee)]
    [InlineData("07", NpwpTaxpayerType.Individual)]
    [InlineData("09", NpwpTaxpayerType.Individual)]
    [InlineData("00", NpwpTaxpayerType.GovernmentTreasurer)]
    [InlineData("21", NpwpTaxpayerType.Company)]
    [InlineData("31", NpwpTaxpayerType.Company)]
    [InlineData("66", NpwpTaxpayerType.Entrepreneur)]
    [InlineData("70", NpwpTaxpayerType.GovernmentTreasurer)]
    [InlineData("75", NpwpTaxpayerType.Employee)]
    [InlineData("80", NpwpTaxpayerType.GovernmentTreasurer)]
    [InlineData("88", NpwpTaxpayerType.Individual)]
    [InlineData("90", NpwpTaxpayerType.GovernmentTreasurer)]
    public void Taxpayer_type_comes_from_the_second_digit(string prefix, NpwpTaxpayerType expected)
    {
        Assert.Equal(expected, Npwp.Parse(prefix + "2345678901000").TaxpayerType);
        Assert.Equal(expected, Npwp.Parse("0" + prefix + "2345678901000").TaxpayerType);
    }

    [Theory]
    [InlineData("01.234.567.8-901.000", false)]
    [InlineData("01.234.567.8-901.001", true)]
    [InlineData("01.234.567.8-901.100", true)]
    public void Branch_is_a_status_of_001_or_more(string text, bool branch)
    {
        Assert.Equal(branch, Npwp.Parse(text).IsBranch);
    }

    [Fact]
    public void Tax_office_code_is_digits_ten_to_twelve()
    {
        Assert.Equal(901, Npwp.Parse("01.234.567.8-901.000").TaxOfficeCode);
    }

    [Fact]
    public void Legacy_form_of_a_company_sixteen_digit_number_drops_the_zero()
    {
        Assert.True(Npwp.Parse("0012345678901000").TryGetLegacyForm(out var legacy));
        Assert.Equal("01.234.567.8-901.000", legacy.ToString());
        Assert.False(Npwp.Parse("3573015708900001").TryGetLegacyForm(out _));
    }

    [Property]
    public Property Round_trips_through_text() =>
        Prop.ForAll(IkmArbitraries.Npwp(), npwp => Npwp.Parse(npwp.ToString()) == npwp);

    [Property]
    public Property Digits_form_round_trips() =>
        Prop.ForAll(IkmArbitraries.Npwp(), npwp => Npwp.Parse(npwp.ToString("D", null)) == npwp);

    [Property]
    public Property Generated_check_digits_are_valid() =>
        Prop.ForAll(IkmArbitraries.NpwpWithValidCheckDigitGen().ToArbitrary(), npwp => npwp.HasValidCheckDigit);

    [Property]
    public Property Changing_the_check_digit_breaks_it() =>
        Prop.ForAll(IkmArbitraries.NpwpWithValidCheckDigitGen().ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (npwp, delta) =>
        {
            var digits = npwp.ToString("D", null).ToCharArray();
            digits[8] = (char)('0' + ((digits[8] - '0' + delta) % 10));
            return !Npwp.Parse(new string(digits)).HasValidCheckDigit;
        });

    [Property]
    public bool TryParse_never_throws(string? text) => Npwp.TryParse(text, out _) || true;
}
