using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators;

/// <summary>The diagnostics of custom CSV templates (<c>[FeedColumn]</c>), IKMG013-IKMG017. Keep in sync with docs/diagnostics.md and AnalyzerReleases.Unshipped.md.</summary>
internal static class TemplateDiagnostics
{
    private const string Category = "IkmDomain.Feeds";
    private const string HelpBase = "https://github.com/ikmdomain/ikmdomain/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor BadColumn = Create(
        "IKMG013", "Template column is not valid",
        "[FeedColumn(\"{0}\", \"{1}\")] on '{2}' is not a valid column: {3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedColumnMember = Create(
        "IKMG014", "Member cannot be written as a template column",
        "Member '{0}' of type '{1}' cannot be written as column '{2}' of template '{3}' ({4})",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor BadTemplateName = Create(
        "IKMG015", "Template name does not make a class name",
        "Template name '{0}' cannot name the generated class: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TemplateNotEnabled = Create(
        "IKMG016", "Template columns and the Custom CSV target do not match",
        "'{0}' {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor OptionHasNoEffect = Create(
        "IKMG017", "Template column option has no effect",
        "[FeedColumn(\"{0}\", \"{1}\")] on '{2}' sets {3}, which has no effect: {4}",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
}
