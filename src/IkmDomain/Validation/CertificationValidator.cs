using System;
using FluentValidation;
using IkmDomain.Businesses;

namespace IkmDomain.Validation;

/// <summary>
/// Validates a <see cref="Certification"/>: number and issuer present (IKM001), expiry after issue
/// (IKM330), not issued after today (IKM332), a Batikmark label on every Batikmark and only there
/// (IKM333, IKM334; Permenperin 74/M-IND/PER/9/2007), and a warning when the certificate has expired
/// by today (IKM331).
/// </summary>
/// <remarks>"Today" comes from the <see cref="TimeProvider"/> given to the constructor (its local date), so
/// tests and batch jobs can fix the date. Dates in messages are ISO 8601 (<c>yyyy-MM-dd</c>).</remarks>
public sealed class CertificationValidator : AbstractValidator<Certification>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="timeProvider">The clock that gives today's date; null means <see cref="TimeProvider.System"/>.</param>
    public CertificationValidator(TimeProvider? timeProvider = null)
    {
        var clock = timeProvider ?? TimeProvider.System;

        RuleFor(c => c.Number).NotEmpty().WithIkmError(IkmErrorCodes.Required);
        RuleFor(c => c.Issuer).NotEmpty().WithIkmError(IkmErrorCodes.Required);

        RuleFor(c => c.ExpiresOn)
            .Must((c, expires, context) =>
            {
                context.MessageFormatter.AppendArgument("ExpiresOn", expires is { } e ? BusinessMessageText.Date(e) : "");
                context.MessageFormatter.AppendArgument("IssuedOn", BusinessMessageText.Date(c.IssuedOn));
                return expires is not { } date || date > c.IssuedOn;
            })
            .WithIkmError(IkmErrorCodes.CertificationExpiryBeforeIssue);

        RuleFor(c => c.IssuedOn)
            .Must((c, issued, context) =>
            {
                var today = Today(clock);
                context.MessageFormatter.AppendArgument("IssuedOn", BusinessMessageText.Date(issued));
                context.MessageFormatter.AppendArgument("Today", BusinessMessageText.Date(today));
                return issued <= today;
            })
            .WithIkmError(IkmErrorCodes.CertificationIssuedInFuture);

        RuleFor(c => c.ExpiresOn)
            .Must((c, expires, context) =>
            {
                var today = Today(clock);
                context.MessageFormatter.AppendArgument("ExpiresOn", expires is { } e ? BusinessMessageText.Date(e) : "");
                context.MessageFormatter.AppendArgument("Today", BusinessMessageText.Date(today));
                return !c.IsExpiredOn(today);
            })
            .WithIkmError(IkmErrorCodes.CertificationExpired)
            .WithSeverity(Severity.Warning);

        RuleFor(c => c.BatikmarkLabel)
            .NotNull()
            .When(c => c.Kind == CertificationKind.Batikmark)
            .WithIkmError(IkmErrorCodes.BatikmarkLabelMissing);

        RuleFor(c => c.BatikmarkLabel)
            .Null()
            .When(c => c.Kind != CertificationKind.Batikmark)
            .WithIkmError(IkmErrorCodes.BatikmarkLabelNotBatikmark);
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
