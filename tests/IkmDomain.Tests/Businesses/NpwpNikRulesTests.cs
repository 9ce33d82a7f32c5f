using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Businesses;
using IkmDomain.Regions;
using IkmDomain.Testing;
using IkmDomain.Validation;

namespace IkmDomain.Tests.Businesses;

/// <summary>Issue 14: a NIK-based NPWP passes the NIK rules; a NIK's province was issued by Kemendagri.</summary>
public class NpwpNikRulesTests
{
    [Fact]
    public void A_sixteen_digit_npwp_not_starting_with_0_must_be_a_nik()
    {
        Assert.False(Npwp.TryParse("1234567890123456", out _));
        Assert.Throws<System.FormatException>(() => Npwp.Parse("1234567890123456"));
        Assert.True(Npwp.TryParse("3573015708900001", out var nikBased));
        Assert.True(nikBased.IsNikBased);
    }

    [Fact]
    public void Must_be_npwp_reports_a_sixteen_digit_number_that_is_not_a_nik()
    {
        var validator = new FluentValidation.InlineValidator<Box>();
        validator.RuleFor(x => x.Value).MustBeNpwp();
        Assert.False(validator.Validate(new Box { Value = "1234567890123456" }).IsValid);
        Assert.True(validator.Validate(new Box { Value = "3573015708900001" }).IsValid);
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Every_sixteen_digit_npwp_not_starting_with_0_parses_exactly_when_it_is_a_nik(PositiveInt seed)
    {
        var digits = string.Concat(Enumerable.Range(0, 16).Select(i => (char)('0' + ((seed.Get * (i + 7) * 2654435761L + i) % 10 + 10) % 10)));
        if (digits[0] == '0')
        {
            digits = "3" + digits[1..];
        }

        return Npwp.TryParse(digits, out _) == Nik.TryParse(digits, out _);
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool Every_generated_nik_is_also_an_npwp(Nik nik) => Npwp.TryParse(nik.ToString(), out var npwp) && npwp.IsNikBased;

    [Fact]
    public void A_nik_in_a_province_never_issued_is_rejected()
    {
        Assert.False(Nik.TryParse("9971011708450001", out _));
        Assert.Throws<System.FormatException>(() => Nik.Parse("9971011708450001"));
    }

    [Fact]
    public void The_issued_provinces_are_exactly_the_provinces_of_the_region_directory()
    {
        var directory = RegionDirectory.Default.Provinces.Select(p => p.Code.ProvinceNumber).OrderBy(n => n);
        var issued = Enumerable.Range(10, 90).Where(p => Nik.TryParse($"{p}7101170845" + "0001", out _)).ToArray();
        Assert.Equal(directory, issued);
    }

    [Fact]
    public void An_unknown_regency_or_district_of_an_issued_province_is_accepted()
    {
        // 35.69.99: no such district today, but NIKs keep the code of the first registration.
        Assert.True(Nik.TryParse("3569991708450001", out _));
    }

    public sealed class Box
    {
        public string? Value { get; set; }
    }
}
