using System;
using System.Globalization;
using System.Linq;
using FluentValidation;
using IkmDomain.AspNetCore;
using IkmDomain.Businesses;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;
using IkmDomain.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace IkmDomain.AspNetCore.Tests;

/// <summary>FluentValidation's language is global: the tests that set it run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class GlobalLanguageCollection
{
    public const string Name = "FluentValidation global language";
}

[Collection(GlobalLanguageCollection.Name)]
public sealed class DependencyInjectionTests : IDisposable
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    public void Dispose() => ValidatorOptions.Global.LanguageManager.Culture = null;

    [Fact]
    public void AddIkmDomain_registers_every_validator_with_the_clock_the_directory_and_the_language()
    {
        // The README's dependency-injection example.
        var services = new ServiceCollection();
        services.AddIkmDomain(options =>
        {
            options.Language = CultureInfo.GetCultureInfo("id");                    // Indonesian messages
            options.TimeProvider = new FixedClock(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        });
        using var provider = services.BuildServiceProvider(validateScopes: true);
        var certifications = provider.GetRequiredService<IValidator<Certification>>();

        var validatorTypes = typeof(IkmBusinessValidator).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .ToList();
        Assert.True(validatorTypes.Count >= 9, string.Join(", ", validatorTypes.Select(t => t.Name)));
        Assert.All(validatorTypes, t => Assert.NotNull(provider.GetService(t)));
        Assert.IsType<IkmBusinessValidator>(provider.GetRequiredService<IValidator<IkmBusiness>>());
        Assert.IsType<CraftProductValidator>(provider.GetRequiredService<IValidator<CraftProductInput>>());
        Assert.IsType<ExportRecordValidator>(provider.GetRequiredService<IValidator<ExportRecord>>());
        Assert.IsType<SentraValidator>(provider.GetRequiredService<IValidator<Sentra>>());
        Assert.Same(RegionDirectory.Default, provider.GetRequiredService<RegionDirectory>());
        Assert.Equal(2020, provider.GetRequiredService<TimeProvider>().GetUtcNow().Year);

        // The validators use that clock: a certificate issued in 2021 is "in the future" on 2020-01-01 ...
        var certificate = new Certification
        {
            Kind = CertificationKind.Sni,
            Number = "SNI-1234",
            Issuer = "BSN",
            IssuedOn = new DateOnly(2021, 3, 1),
        };
        var failure = Assert.Single(certifications.Validate(certificate).Errors, f => f.ErrorCode == IkmErrorCodes.CertificationIssuedInFuture);

        // ... and speak the configured language.
        var indonesian = failure.ErrorMessage;
        ValidatorOptions.Global.LanguageManager.Culture = CultureInfo.InvariantCulture;
        var english = certifications.Validate(certificate).Errors.Single(f => f.ErrorCode == IkmErrorCodes.CertificationIssuedInFuture).ErrorMessage;
        Assert.NotEqual(english, indonesian);
        Assert.Contains("melewati tanggal hari ini", indonesian, StringComparison.OrdinalIgnoreCase);

        // The system clock, when none is given, finds the same certificate fine.
        using var systemProvider = new ServiceCollection().AddIkmDomain().BuildServiceProvider();
        Assert.DoesNotContain(systemProvider.GetRequiredService<IValidator<Certification>>().Validate(certificate).Errors, f => f.ErrorCode == IkmErrorCodes.CertificationIssuedInFuture);
    }
}
