using System.Globalization;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;

namespace IkmDomain.Tests.Validation;

public class RegionRuleExtensionsTests
{
    private sealed record Sentra(string? VillageCode, string RegionCode, string? PostalCode);

    private sealed class SentraValidator : AbstractValidator<Sentra>
    {
        public SentraValidator()
        {
            RuleFor(x => x.VillageCode).MustBeRegionCode(RegionLevel.Village);
            RuleFor(x => x.RegionCode).MustBeRegionCode();
            RuleFor(x => x.PostalCode).MustBePostalCode();
        }
    }

    private static ValidationResult Validate(string? village = "35.73.01.1001", string region = "35.73", string? postal = "65111")
    {
        var validator = new SentraValidator();
        return validator.Validate(new Sentra(village, region, postal));
    }

    private static string[] Codes(ValidationResult result) => result.Errors.Select(e => e.ErrorCode).ToArray();

    [Fact]
    public void Valid_existing_codes_pass()
    {
        Assert.True(Validate().IsValid);
    }

    [Fact]
    public void Null_values_pass()
    {
        Assert.True(Validate(village: null, postal: null).IsValid);
    }

    [Fact]
    public void Malformed_code_reports_IKM201_only()
    {
        Assert.Equal(new[] { IkmErrorCodes.RegionCodeMalformed }, Codes(Validate(region: "35.730")));
    }

    [Fact]
    public void Well_formed_code_that_does_not_exist_reports_IKM202()
    {
        var result = Validate(region: "35.99");

        Assert.Equal(new[] { IkmErrorCodes.RegionCodeUnknown }, Codes(result));
        Assert.Contains("300.2.2-2138/2025", result.Errors[0].ErrorMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Code_at_the_wrong_level_reports_IKM203_naming_both_levels()
    {
        var result = Validate(village: "35.73");

        Assert.Equal(new[] { IkmErrorCodes.RegionCodeWrongLevel }, Codes(result));
        Assert.Contains("village", result.Errors[0].ErrorMessage, System.StringComparison.Ordinal);
        Assert.Contains("regency", result.Errors[0].ErrorMessage, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_carries_property_and_attempted_value()
    {
        var error = Validate(region: "xx").Errors.Single();

        Assert.Equal("RegionCode", error.PropertyName);
        Assert.Equal("xx", error.AttemptedValue);
    }

    [Fact]
    public void Malformed_postal_code_reports_IKM204()
    {
        Assert.Equal(new[] { IkmErrorCodes.PostalCodeMalformed }, Codes(Validate(postal: "0511")));
    }

    [Fact]
    public void Messages_are_Indonesian_under_id_culture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id-ID");
            var error = Validate(postal: "abc").Errors.Single();

            Assert.Contains("kode pos", error.ErrorMessage, System.StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
