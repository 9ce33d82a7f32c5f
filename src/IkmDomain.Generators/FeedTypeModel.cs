using System;

namespace IkmDomain.Generators;

/// <summary>One <c>[MarketplaceFeed]</c> on a type: the marketplace and format, as their enum values.</summary>
internal readonly record struct FeedTarget(int Marketplace, int Format);

/// <summary>
/// Everything the emitter needs to know about one annotated type. Holds no symbols, syntax or
/// compilation, so it compares by value and the pipeline caches it.
/// </summary>
internal sealed record FeedTypeModel(
    string? Namespace,
    string Name,
    string FullyQualifiedName,
    string HintName,
    string Accessibility,
    EquatableArray<FeedTarget> Targets);
