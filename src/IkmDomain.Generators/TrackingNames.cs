namespace IkmDomain.Generators;

/// <summary>Names of the incremental pipeline steps, so tests can assert each one is cached.</summary>
internal static class TrackingNames
{
    /// <summary>The ForAttributeWithMetadataName transform: symbols in, <see cref="FeedTypeModel"/> out.</summary>
    public const string FeedTypes = nameof(FeedTypes);

    /// <summary>The models that produce a file.</summary>
    public const string NonNullFeedTypes = nameof(NonNullFeedTypes);
}
