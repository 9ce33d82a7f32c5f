using System;
using System.Collections.Generic;
using FluentValidation;
using IkmDomain.Businesses;
using IkmDomain.Regions;

namespace IkmDomain.Validation;

/// <summary>
/// Validates a <see cref="Sentra"/>: id, name and main commodity present (IKM001); a village code,
/// since PP 29/2018 places a sentra within one village (IKM340); no member NIB listed twice (IKM341,
/// one failure per duplicated NIB); and a warning when the village is not in the embedded region
/// directory (IKM313).
/// </summary>
public sealed class SentraValidator : AbstractValidator<Sentra>
{
    /// <summary>Creates the validator, checking villages against <see cref="RegionDirectory.Default"/>.</summary>
    public SentraValidator()
        : this(RegionDirectory.Default)
    {
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="directory">The region directory to check the village against; null skips that check.</param>
    public SentraValidator(RegionDirectory? directory)
    {
        RuleFor(s => s.Village).MustBeSet();
        RuleFor(s => s.MainKbli).MustBeSet();
        RuleFor(s => s.MainMaterial).MustBeSet();
        RuleForEach(s => s.Members).MustBeSetItem();

        RuleFor(s => s.Id).NotEmpty().WithIkmError(IkmErrorCodes.Required);
        RuleFor(s => s.Name).NotEmpty().WithIkmError(IkmErrorCodes.Required);
        RuleFor(s => s.MainCommodity).NotEmpty().WithIkmError(IkmErrorCodes.Required);

        RuleFor(s => s.Village)
            .Must(code => code.Level == RegionLevel.Village)
            .WithIkmError(IkmErrorCodes.SentraNotVillage);

        if (directory is not null)
        {
            RuleFor(s => s.Village)
                .MustBeInDirectory(directory)
                .When(s => s.Village.Level == RegionLevel.Village);
        }

        RuleFor(s => s.Members).Custom((members, context) =>
            IkmBusinessValidator.ReportDuplicates(members, context, IkmErrorCodes.SentraDuplicateMember));
    }
}
