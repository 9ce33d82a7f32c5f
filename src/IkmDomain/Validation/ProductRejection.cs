using System.Collections.Generic;
using FluentValidation.Results;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Validation;

/// <summary>A product a marketplace would reject, and why.</summary>
/// <param name="Product">The product.</param>
/// <param name="Marketplace">The marketplace.</param>
/// <param name="Errors">The failures with severity <see cref="FluentValidation.Severity.Error"/>, each with its IKM code and message.</param>
public sealed record ProductRejection(CraftProduct Product, Marketplace Marketplace, IReadOnlyList<ValidationFailure> Errors);
