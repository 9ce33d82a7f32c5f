using System.Linq;
using FluentValidation;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Validation;

public class BusinessRuleExtensionsTests
{
    private sealed record Row(string? Nib = null, string? Npwp = null, string? Nik = null, string? Kbli = null, string? Phone = null);

    private sealed class RowValidator : AbstractValidator<Row>
    {
        public RowValidator()
        {
            RuleFor(r => r.Nib).MustBeNib();
            RuleFor(r => r.Npwp).MustBeNpwp();
            RuleFor(r => r.Nik).MustBeNik();
            RuleFor(r => r.Kbli).MustBeKbli();
            RuleFor(r => r.Phone).MustBePhoneNumber();
        }
    }

    private static readonly RowValidator Validator = new();

    [Fact]
    public void Null_values_pass()
    {
        Assert.Empty(Validator.Validate(new Row()).Errors);
    }

    [Fact]
    public void Well_formed_values_pass()
    {
        var row = new Row("8120000123456", "02.183.241.5-123.000", "3573015708900001", "16293/2025", "(021) 555-1234");

        Assert.Empty(Validator.Validate(row).Errors);
    }

    [Theory]
    [InlineData("Nib", "IKM301")]
    [InlineData("Npwp", "IKM302")]
    [InlineData("Nik", "IKM304")]
    [InlineData("Kbli", "IKM305")]
    [InlineData("Phone", "IKM306")]
    public void Empty_string_fails_with_the_rule_code(string property, string code)
    {
        var row = property switch
        {
            "Nib" => new Row(Nib: ""),
            "Npwp" => new Row(Npwp: ""),
            "Nik" => new Row(Nik: ""),
            "Kbli" => new Row(Kbli: ""),
            _ => new Row(Phone: ""),
        };

        var failure = Assert.Single(Validator.Validate(row).Errors);

        Assert.Equal(code, failure.ErrorCode);
        Assert.Equal(property, failure.PropertyName);
        Assert.Equal(Severity.Error, failure.Severity);
    }

    [Fact]
    public void Malformed_NPWP_is_an_error_without_a_check_digit_warning()
    {
        var failure = Assert.Single(Validator.Validate(new Row(Npwp: "12.3")).Errors);

        Assert.Equal(IkmErrorCodes.NpwpMalformed, failure.ErrorCode);
    }

    [Fact]
    public void NPWP_with_a_bad_check_digit_is_a_warning()
    {
        var failure = Assert.Single(Validator.Validate(new Row(Npwp: "02.183.241.6-123.000")).Errors);

        Assert.Equal(IkmErrorCodes.NpwpCheckDigit, failure.ErrorCode);
        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Check_digit_warning_can_be_turned_off()
    {
        var validator = new InlineValidator<Row>();
        validator.RuleFor(r => r.Npwp).MustBeNpwp(warnOnCheckDigit: false);

        Assert.Empty(validator.Validate(new Row(Npwp: "02.183.241.6-123.000")).Errors);
    }

    [Fact]
    public void Messages_are_English_by_default_culture()
    {
        using var _ = new CultureScope("en-US");

        Assert.Equal("'Nib' must be a NIB of exactly 13 digits; '123' is not.", Validator.Validate(new Row(Nib: "123")).Errors.Single().ErrorMessage);
    }

    [Fact]
    public void Messages_are_Indonesian_for_id()
    {
        using var _ = new CultureScope("id-ID");

        Assert.Equal("'Nib' harus berupa NIB 13 digit; '123' bukan NIB.", Validator.Validate(new Row(Nib: "123")).Errors.Single().ErrorMessage);
    }

    [Fact]
    public void Phone_message_is_Indonesian_for_id()
    {
        using var _ = new CultureScope("id-ID");

        Assert.StartsWith("'Phone' harus berupa nomor ponsel", Validator.Validate(new Row(Phone: "12")).Errors.Single().ErrorMessage);
    }
}
