using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class CertificationTests
{
    private static Certification Halal(DateOnly issued, DateOnly? expires) => new()
    {
        Kind = CertificationKind.Halal,
        Number = "ID35110000123450323",
        Issuer = "BPJPH",
        IssuedOn = issued,
        ExpiresOn = expires,
    };

    [Fact]
    public void Is_not_expired_on_its_last_day()
    {
        var cert = Halal(new DateOnly(2023, 1, 1), new DateOnly(2027, 1, 1));

        Assert.False(cert.IsExpiredOn(new DateOnly(2027, 1, 1)));
        Assert.True(cert.IsValidOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Is_expired_the_day_after_expiry()
    {
        var cert = Halal(new DateOnly(2023, 1, 1), new DateOnly(2027, 1, 1));

        Assert.True(cert.IsExpiredOn(new DateOnly(2027, 1, 2)));
        Assert.False(cert.IsValidOn(new DateOnly(2027, 1, 2)));
    }

    [Fact]
    public void Without_expiry_never_expires()
    {
        Assert.False(Halal(new DateOnly(2023, 1, 1), null).IsExpiredOn(DateOnly.MaxValue));
    }

    [Fact]
    public void Is_not_valid_before_issue()
    {
        Assert.False(Halal(new DateOnly(2023, 1, 1), null).IsValidOn(new DateOnly(2022, 12, 31)));
    }

    [Fact]
    public void Records_with_the_same_data_are_equal()
    {
        Assert.Equal(Halal(new DateOnly(2023, 1, 1), null), Halal(new DateOnly(2023, 1, 1), null));
    }

    [Property]
    public Property Valid_between_issue_and_expiry() =>
        Prop.ForAll(IkmArbitraries.Certification(), cert =>
            cert.IsValidOn(cert.IssuedOn) && (cert.ExpiresOn is not { } e || (cert.IsValidOn(e) && cert.IsExpiredOn(e.AddDays(1)))));
}
