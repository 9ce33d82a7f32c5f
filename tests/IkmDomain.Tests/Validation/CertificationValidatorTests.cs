using System;
using FluentValidation;
using FluentValidation.Results;
using IkmDomain.Tests.Culture;

namespace IkmDomain.Tests.Validation;

public class CertificationValidatorTests
{
    private static readonly CertificationValidator Validator = new(FixedClock.On(2026, 11, 27));

    private static Certification Batikmark() => new()
    {
        Kind = CertificationKind.Batikmark,
        Number = "BM-0530",
        Issuer = "BBSPJIKB Yogyakarta",
        IssuedOn = new DateOnly(2024, 11, 1),
        ExpiresOn = new DateOnly(2027, 10, 31),
        BatikmarkLabel = BatikmarkLabel.Gold,
    };

    private static ValidationFailure Single(Certification c, string code) =>
        Assert.Single(Validator.Validate(c).Errors, f => f.ErrorCode == code);

    [Fact]
    public void A_current_Batikmark_with_a_label_passes()
    {
        Assert.Empty(Validator.Validate(Batikmark()).Errors);
    }

    [Fact]
    public void Blank_number_is_required()
    {
        Assert.Equal("Number", Single(Batikmark() with { Number = "" }, IkmErrorCodes.Required).PropertyName);
    }

    [Fact]
    public void Expiry_on_the_issue_date_fails()
    {
        Single(Batikmark() with { ExpiresOn = new DateOnly(2024, 11, 1) }, IkmErrorCodes.CertificationExpiryBeforeIssue);
    }

    [Fact]
    public void Expiry_the_day_after_issue_passes_that_rule()
    {
        var result = Validator.Validate(Batikmark() with { IssuedOn = new DateOnly(2026, 11, 27), ExpiresOn = new DateOnly(2026, 11, 28) });

        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Expiry_message_shows_ISO_dates_in_Indonesian()
    {
        using var _ = new CultureScope("id-ID");
        var failure = Single(Batikmark() with { ExpiresOn = new DateOnly(2024, 10, 1) }, IkmErrorCodes.CertificationExpiryBeforeIssue);

        Assert.Equal("'Expires On' 2024-10-01 harus setelah tanggal terbit 2024-11-01.", failure.ErrorMessage);
    }

    [Fact]
    public void Expiry_message_in_English()
    {
        using var _ = new CultureScope("en-US");
        var failure = Single(Batikmark() with { ExpiresOn = new DateOnly(2024, 10, 1) }, IkmErrorCodes.CertificationExpiryBeforeIssue);

        Assert.Equal("'Expires On' 2024-10-01 must be after the issue date 2024-11-01.", failure.ErrorMessage);
    }

    [Fact]
    public void Valid_on_its_last_day()
    {
        Assert.Empty(Validator.Validate(Batikmark() with { ExpiresOn = new DateOnly(2026, 11, 27) }).Errors);
    }

    [Fact]
    public void Expired_yesterday_is_a_warning()
    {
        var failure = Single(Batikmark() with { ExpiresOn = new DateOnly(2026, 11, 26) }, IkmErrorCodes.CertificationExpired);

        Assert.Equal(Severity.Warning, failure.Severity);
    }

    [Fact]
    public void Issued_tomorrow_fails()
    {
        Single(Batikmark() with { IssuedOn = new DateOnly(2026, 11, 28), ExpiresOn = null }, IkmErrorCodes.CertificationIssuedInFuture);
    }

    [Fact]
    public void Batikmark_without_label_fails()
    {
        Single(Batikmark() with { BatikmarkLabel = null }, IkmErrorCodes.BatikmarkLabelMissing);
    }

    [Fact]
    public void Label_on_a_halal_certificate_fails()
    {
        Single(Batikmark() with { Kind = CertificationKind.Halal }, IkmErrorCodes.BatikmarkLabelNotBatikmark);
    }
}
