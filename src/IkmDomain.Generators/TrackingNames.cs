namespace IkmDomain.Generators;

/// <summary>Names of the incremental pipeline steps, so tests can assert each one is cached.</summary>
internal static class TrackingNames
{
    public const string FeedTypes = nameof(FeedTypes);
    public const string NonNullFeedTypes = nameof(NonNullFeedTypes);
}
