using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators;

/// <summary>The feed generator's diagnostics. Keep in sync with docs/diagnostics.md and AnalyzerReleases.Unshipped.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "IkmDomain.Feeds";
    private const string HelpBase = "https://github.com/ikmdomain/ikmdomain/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor RequiredAttributeNotMapped = Create(
        "IKMG001", "Required feed attribute not mapped",
        "'{0}' has no member for the required {1} attribute '{2}'; name a member '{3}' or mark one [FeedField(FeedAttribute.{3})]",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Create(
        "IKMG002", "Member type cannot be written for this feed attribute",
        "Member '{0}' of type '{1}' cannot be written as the feed attribute '{2}' ({3})",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateAttribute = Create(
        "IKMG003", "Two members map to one feed attribute",
        "Members '{0}' and '{1}' both map to the feed attribute '{2}'; mark one [FeedIgnore]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GenericType = Create(
        "IKMG004", "Feeds cannot be generated for generic types",
        "[MarketplaceFeed] cannot be used on '{0}' because it is generic or nested in a generic type",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InaccessibleMember = Create(
        "IKMG005", "Feed member cannot be read",
        "Member '{0}' maps to the feed attribute '{1}' but the generated writer cannot read it; give it a public or internal getter, or mark it [FeedIgnore]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TargetNotSupported = Create(
        "IKMG006", "Marketplace has no such feed format",
        "{0} feeds are not written as {1}; {0} has {2}, so '{3}Feeds.{0}{1}' has no Write methods",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
        "IKMG007", "Containing type must be partial",
        "'{0}' is nested in '{1}', which must be partial so that '{2}Feeds' can be generated beside it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MemberTypeNotTakenByMarketplace = Create(
        "IKMG008", "Member type cannot be written for this marketplace",
        "Member '{0}' of type '{1}' cannot be written as {2} '{3}' ({4}); the {2} writers leave it out",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "IKMG099", "Feed generator failed",
        "The feed generator could not process '{0}': {1}; please report this",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
