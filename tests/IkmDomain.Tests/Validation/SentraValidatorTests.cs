using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Validation;

public class SentraValidatorTests
{
    private static readonly SentraValidator Validator = new();

    private static RegionCode RealVillage()
    {
        var district = RegionDirectory.Default.ChildrenOf(RegionCode.Parse("33.20"))[0].Code;
        return RegionDirectory.Default.ChildrenOf(district)[0].Code;
    }

    private static Sentra Valid() => new()
    {
        Id = "SENTRA-3320-001",
        Name = "Sentra Ukir Mulyoharjo",
        Village = RealVillage(),
        MainCommodity = "Ukiran kayu",
        MainKbli = Kbli.Parse("16293"),
        Members = [Nib.Parse("8120000123456"), Nib.Parse("8120000123457"), Nib.Parse("9120000000001")],
    };

    private static ValidationFailure Single(Sentra s, string code) =>
        Assert.Single(Validator.Validate(s).Errors, f => f.ErrorCode == code);

    [Fact]
    public void A_village_sentra_with_distinct_members_passes()
    {
        Assert.Empty(Validator.Validate(Valid()).Errors);
    }

    [Fact]
    public void District_code_is_not_a_village()
    {
        Single(Valid() with { Village = RegionCode.Parse("33.20.01") }, IkmErrorCodes.SentraNotVillage);
    }

    [Fact]
    public void Member_listed_twice_is_reported_once_with_its_NIB()
    {
        var nib = Nib.Parse("8120000123456");
        var failure = Single(Valid() with { Members = [nib, Nib.Parse("8120000123457"), nib, nib] }, IkmErrorCodes.SentraDuplicateMember);

        Assert.Equal("Members[2]", failure.PropertyName);
        Assert.Equal(nib, failure.AttemptedValue);
    }

    [Fact]
    public void Two_different_duplicates_give_two_failures()
    {
        var a = Nib.Parse("8120000123456");
        var b = Nib.Parse("8120000123457");

        var failures = Validator.Validate(Valid() with { Members = [a, b, b, a] }).Errors;

        Assert.Equal(2, failures.Count(f => f.ErrorCode == IkmErrorCodes.SentraDuplicateMember));
    }

    [Fact]
    public void Duplicate_member_message_in_English_and_Indonesian()
    {
        var nib = Nib.Parse("8120000123456");
        var sentra = Valid() with { Members = [nib, nib] };

        string english, indonesian;
        using (new CultureScope("en-US"))
        {
            english = Single(sentra, IkmErrorCodes.SentraDuplicateMember).ErrorMessage;
        }

        using (new CultureScope("id-ID"))
        {
            indonesian = Single(sentra, IkmErrorCodes.SentraDuplicateMember).ErrorMessage;
        }

        Assert.Equal("'Members' lists NIB 8120000123456 more than once.", english);
        Assert.Equal("'Members' memuat NIB 8120000123456 lebih dari sekali.", indonesian);
    }

    [Fact]
    public void Unknown_village_is_a_warning()
    {
        var failure = Single(Valid() with { Village = RegionCode.Parse("33.20.01.2999") }, IkmErrorCodes.RegionNotInDirectory);

        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Without_a_directory_unknown_villages_pass()
    {
        Assert.Empty(new SentraValidator(null).Validate(Valid() with { Village = RegionCode.Parse("33.20.01.2999") }).Errors);
    }

    [Fact]
    public void Blank_name_is_required()
    {
        Single(Valid() with { Name = "" }, IkmErrorCodes.Required);
    }

    [Fact]
    public void DuplicateMembers_lists_each_repeated_NIB_once()
    {
        var a = Nib.Parse("8120000123456");
        var b = Nib.Parse("8120000123457");

        Assert.Equal([b, a], (Valid() with { Members = [a, b, b, a, a] }).DuplicateMembers());
    }
}
