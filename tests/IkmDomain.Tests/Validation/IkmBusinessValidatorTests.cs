using System;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Validation;

public class IkmBusinessValidatorTests
{
    private static readonly FixedClock Clock = FixedClock.On(2026, 11, 27);

    private static Money Rp(decimal amount) => new(amount, Currency.IDR);

    private static RegionCode RealDistrict() => RegionDirectory.Default.ChildrenOf(RegionCode.Parse("33.20"))[0].Code;

    internal static IkmBusiness Valid() => new()
    {
        Nib = Nib.Parse("8120000123456"),
        Name = "CV Ukir Jepara Jaya",
        LegalForm = LegalForm.CV,
        Npwp = Npwp.Parse("02.183.241.5-123.000"),
        KbliCodes = [Kbli.Parse("16293"), Kbli.Parse("31001")],
        Region = RealDistrict(),
        StreetAddress = "Jl. Pemuda No. 1",
        PostalCode = PostalCode.Parse("59411"),
        Phone = PhoneNumber.Parse("0812-3456-7890"),
        Email = "info@ukirjepara.co.id",
        FoundedYear = 2015,
        Workers = 12,
        MaleWorkers = 8,
        FemaleWorkers = 4,
        Capital = Rp(800_000_000),
        AnnualSales = Rp(1_500_000_000),
        DeclaredScale = UmkmScale.Micro,
        Materials = [CraftMaterial.Wood],
        Certifications =
        [
            new Certification { Kind = CertificationKind.Svlk, Number = "VLK-00123", Issuer = "PT Sucofindo", IssuedOn = new DateOnly(2024, 3, 1), ExpiresOn = new DateOnly(2030, 2, 28) },
        ],
    };

    private static ValidationResult Validate(IkmBusiness business) => new IkmBusinessValidator(Clock).Validate(business);

    private static ValidationFailure Single(IkmBusiness business, string code) =>
        Assert.Single(Validate(business).Errors, f => f.ErrorCode == code);

    [Fact]
    public void A_complete_consistent_profile_passes()
    {
        var result = Validate(Valid());

        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.ErrorCode + " " + e.ErrorMessage)));
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Blank_name_is_required()
    {
        Assert.Equal("Name", Single(Valid() with { Name = " " }, IkmErrorCodes.Required).PropertyName);
    }

    [Fact]
    public void No_KBLI_code_fails()
    {
        Single(Valid() with { KbliCodes = [] }, IkmErrorCodes.KbliMissing);
    }

    [Fact]
    public void Duplicate_KBLI_code_is_reported_once_at_its_second_position()
    {
        var code = Kbli.Parse("16293");
        var failure = Single(Valid() with { KbliCodes = [code, Kbli.Parse("31001"), code, code] }, IkmErrorCodes.KbliDuplicate);

        Assert.Equal("KbliCodes[2]", failure.PropertyName);
        Assert.Equal(code, failure.AttemptedValue);
    }

    [Fact]
    public void Same_digits_in_two_KBLI_editions_are_not_duplicates()
    {
        var result = Validate(Valid() with { KbliCodes = [Kbli.Parse("16293"), Kbli.Parse("16293/2025")] });

        Assert.DoesNotContain(result.Errors, f => f.ErrorCode == IkmErrorCodes.KbliDuplicate);
    }

    [Fact]
    public void Regency_level_region_fails()
    {
        Single(Valid() with { Region = RegionCode.Parse("33.20") }, IkmErrorCodes.BusinessRegionLevel);
    }

    [Fact]
    public void Village_level_region_passes()
    {
        var village = RegionDirectory.Default.ChildrenOf(RealDistrict())[0].Code;

        Assert.Empty(Validate(Valid() with { Region = village }).Errors);
    }

    [Fact]
    public void Region_missing_from_the_directory_is_a_warning()
    {
        var failure = Single(Valid() with { Region = RegionCode.Parse("33.20.99") }, IkmErrorCodes.RegionNotInDirectory);

        Assert.Equal(Severity.Warning, failure.Severity);
        Assert.Contains("Kepmendagri", failure.ErrorMessage);
    }

    [Theory]
    [InlineData("info@ukirjepara")]
    [InlineData("info.ukirjepara.co.id")]
    [InlineData("info@@ukirjepara.co.id")]
    [InlineData("in fo@ukirjepara.co.id")]
    [InlineData("@ukirjepara.co.id")]
    [InlineData("info@-ukir.co.id")]
    [InlineData("info@ukir..co.id")]
    public void Malformed_email_fails(string email)
    {
        Single(Valid() with { Email = email }, IkmErrorCodes.EmailMalformed);
    }

    [Fact]
    public void Founded_this_year_passes()
    {
        Assert.Empty(Validate(Valid() with { FoundedYear = 2026 }).Errors);
    }

    [Fact]
    public void Founded_next_year_fails_with_the_current_year_in_the_message()
    {
        using var _ = new CultureScope("en-US");
        var failure = Single(Valid() with { FoundedYear = 2027 }, IkmErrorCodes.FoundedYearInFuture);

        Assert.Contains("2026", failure.ErrorMessage);
    }

    [Fact]
    public void Founded_year_follows_the_given_clock()
    {
        var result = new IkmBusinessValidator(FixedClock.On(2028, 1, 1)).Validate(Valid() with { FoundedYear = 2027 });

        Assert.DoesNotContain(result.Errors, f => f.ErrorCode == IkmErrorCodes.FoundedYearInFuture);
    }

    [Fact]
    public void Negative_workers_fail()
    {
        var result = Validate(Valid() with { Workers = -1, MaleWorkers = null, FemaleWorkers = null });

        Assert.Contains(result.Errors, f => f.ErrorCode == IkmErrorCodes.WorkersNegative && f.PropertyName == "Workers");
    }

    [Fact]
    public void Workers_by_gender_must_add_up()
    {
        Single(Valid() with { MaleWorkers = 8, FemaleWorkers = 5 }, IkmErrorCodes.WorkersByGenderMismatch);
    }

    [Fact]
    public void Workers_by_gender_are_optional()
    {
        Assert.Empty(Validate(Valid() with { MaleWorkers = 8, FemaleWorkers = null }).Errors);
    }

    [Fact]
    public void Capital_in_dollars_fails()
    {
        Single(Valid() with { Capital = new Money(50_000, Currency.USD), DeclaredScale = null }, IkmErrorCodes.AmountNotRupiah);
    }

    [Fact]
    public void Negative_sales_fail()
    {
        Single(Valid() with { AnnualSales = Rp(-1), DeclaredScale = null }, IkmErrorCodes.AmountNegative);
    }

    [Fact]
    public void Capital_of_exactly_one_billion_is_micro()
    {
        Assert.Empty(Validate(Valid() with { Capital = Rp(1_000_000_000), AnnualSales = null, DeclaredScale = UmkmScale.Micro }).Errors);
    }

    [Fact]
    public void Declared_micro_with_one_billion_and_one_rupiah_capital_contradicts_capital()
    {
        var failure = Single(Valid() with { Capital = Rp(1_000_000_001), AnnualSales = null, DeclaredScale = UmkmScale.Micro }, IkmErrorCodes.DeclaredScaleContradictsCapital);

        Assert.Equal("DeclaredScale", failure.PropertyName);
    }

    [Fact]
    public void Declared_small_with_one_billion_capital_contradicts_capital()
    {
        Single(Valid() with { Capital = Rp(1_000_000_000), AnnualSales = null, DeclaredScale = UmkmScale.Small }, IkmErrorCodes.DeclaredScaleContradictsCapital);
    }

    [Fact]
    public void Declared_scale_contradicting_sales_fails()
    {
        Single(Valid() with { Capital = null, AnnualSales = Rp(2_000_000_001), DeclaredScale = UmkmScale.Micro }, IkmErrorCodes.DeclaredScaleContradictsSales);
    }

    [Fact]
    public void Declared_scale_matching_either_capital_or_sales_passes()
    {
        // Capital says micro, sales say small: PP 7/2021 Art. 35 allows either criterion.
        var business = Valid() with { Capital = Rp(900_000_000), AnnualSales = Rp(3_000_000_000) };

        Assert.Empty(Validate(business with { DeclaredScale = UmkmScale.Micro }).Errors);
        Assert.Empty(Validate(business with { DeclaredScale = UmkmScale.Small }).Errors);
    }

    [Fact]
    public void Declared_scale_matching_neither_reports_both()
    {
        var result = Validate(Valid() with { Capital = Rp(900_000_000), AnnualSales = Rp(3_000_000_000), DeclaredScale = UmkmScale.Large });

        Assert.Contains(result.Errors, f => f.ErrorCode == IkmErrorCodes.DeclaredScaleContradictsCapital);
        Assert.Contains(result.Errors, f => f.ErrorCode == IkmErrorCodes.DeclaredScaleContradictsSales);
    }

    [Fact]
    public void Scale_contradiction_message_names_both_scales_in_English()
    {
        using var _ = new CultureScope("en-US");
        var failure = Single(Valid() with { Capital = Rp(6_000_000_000), AnnualSales = null, DeclaredScale = UmkmScale.Micro }, IkmErrorCodes.DeclaredScaleContradictsCapital);

        Assert.Equal("'Declared Scale' is micro, but a capital of IDR 6000000000.00 makes the business medium (PP 7/2021 Art. 35).", failure.ErrorMessage);
    }

    [Fact]
    public void Scale_contradiction_message_is_Indonesian_for_id()
    {
        using var _ = new CultureScope("id-ID");
        var failure = Single(Valid() with { Capital = Rp(6_000_000_000), AnnualSales = null, DeclaredScale = UmkmScale.Micro }, IkmErrorCodes.DeclaredScaleContradictsCapital);

        Assert.Equal("'Declared Scale' tercatat usaha mikro, padahal modal usaha IDR 6000000000.00 menjadikan usaha ini usaha menengah (PP 7/2021 Pasal 35).", failure.ErrorMessage);
    }

    [Fact]
    public void Bad_NPWP_check_digit_is_only_a_warning()
    {
        var result = Validate(Valid() with { Npwp = Npwp.Parse("02.183.241.6-123.000") });
        var failure = Assert.Single(result.Errors);

        Assert.Equal(IkmErrorCodes.NpwpCheckDigit, failure.ErrorCode);
        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Personal_NPWP_on_a_CV_is_a_warning()
    {
        var failure = Single(Valid() with { Npwp = Npwp.Parse("3573015708900001") }, IkmErrorCodes.NpwpTaxpayerTypeMismatch);

        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Personal_NPWP_fits_a_sole_proprietor()
    {
        Assert.Empty(Validate(Valid() with { LegalForm = LegalForm.Perseorangan, Npwp = Npwp.Parse("3573015708900001") }).Errors);
    }

    [Fact]
    public void Certifications_are_validated_with_the_same_clock()
    {
        var expired = new Certification { Kind = CertificationKind.Halal, Number = "ID001", Issuer = "BPJPH", IssuedOn = new DateOnly(2020, 1, 1), ExpiresOn = new DateOnly(2026, 11, 26) };
        var failure = Single(Valid() with { Certifications = [expired] }, IkmErrorCodes.CertificationExpired);

        Assert.Equal("Certifications[0].ExpiresOn", failure.PropertyName);
    }
}

public class IkmBusinessValidatorPropertyTests
{
    [FsCheck.Xunit.Property(MaxTest = 30)]
    public FsCheck.Property Generated_businesses_have_no_errors() =>
        FsCheck.Fluent.Prop.ForAll(IkmDomain.Testing.IkmArbitraries.IkmBusiness(), b =>
            new IkmBusinessValidator(FixedClock.On(2026, 11, 27)).Validate(b).Errors.All(f => f.Severity != Severity.Error));

    [FsCheck.Xunit.Property(MaxTest = 30)]
    public FsCheck.Property Generated_sentra_have_no_errors() =>
        FsCheck.Fluent.Prop.ForAll(IkmDomain.Testing.IkmArbitraries.Sentra(), s => new SentraValidator().Validate(s).IsValid);
}
