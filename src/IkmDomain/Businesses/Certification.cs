using System;

namespace IkmDomain.Businesses;

/// <summary>
/// A certification held by a business or product: SNI, Halal, Batikmark, Geographical Indication or SVLK,
/// with its number, issuer and validity.
/// </summary>
/// <remarks>
/// This record holds data as received; <c>IkmDomain.Validation.CertificationValidator</c> checks it (number
/// and issuer present, expiry after issue, a Batikmark label only and always on a Batikmark).
/// Validity is inclusive: a certificate expiring on 31 December is still valid on that day.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(CertificationJsonConverter))]
public sealed record Certification
{
    /// <summary>Gets the kind of certification.</summary>
    public required CertificationKind Kind { get; init; }

    /// <summary>Gets the certificate number as printed on it.</summary>
    public required string Number { get; init; }

    /// <summary>
    /// Gets the issuing body, for example <c>"BPJPH"</c> (Halal), <c>"BBSPJIKB Yogyakarta"</c> (Batikmark),
    /// <c>"DJKI"</c> (Geographical Indication) or the certification body's name (SNI, SVLK).
    /// </summary>
    public required string Issuer { get; init; }

    /// <summary>Gets the date of issue.</summary>
    public required DateOnly IssuedOn { get; init; }

    /// <summary>Gets the last day of validity, or null when the certificate does not expire.</summary>
    public DateOnly? ExpiresOn { get; init; }

    /// <summary>Gets the Batikmark label colour; only meaningful when <see cref="Kind"/> is <see cref="CertificationKind.Batikmark"/>.</summary>
    public BatikmarkLabel? BatikmarkLabel { get; init; }

    /// <summary>Returns whether the certificate has expired on <paramref name="date"/> (the day after <see cref="ExpiresOn"/> or later).</summary>
    /// <param name="date">The date to check, from a clock you control.</param>
    /// <returns>True when <see cref="ExpiresOn"/> is set and before <paramref name="date"/>.</returns>
    public bool IsExpiredOn(DateOnly date) => ExpiresOn is { } expires && date > expires;

    /// <summary>Returns whether the certificate is in force on <paramref name="date"/>: issued on or before it and not expired.</summary>
    /// <param name="date">The date to check.</param>
    /// <returns>True when in force.</returns>
    public bool IsValidOn(DateOnly date) => date >= IssuedOn && !IsExpiredOn(date);
}
