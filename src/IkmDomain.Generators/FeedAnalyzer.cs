using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IkmDomain.Generators;

/// <summary>
/// Reports the feed generator's diagnostics (IKMG001...) from the same model builder the generator
/// uses. Kept out of the generator, as the Roslyn cookbook advises, so that every diagnostic has a
/// real source location and can be suppressed with <c>#pragma warning disable</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FeedAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.RequiredAttributeNotMapped,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.DuplicateAttribute,
        DiagnosticDescriptors.GenericType,
        DiagnosticDescriptors.InaccessibleMember,
        DiagnosticDescriptors.TargetNotSupported,
        DiagnosticDescriptors.ContainingTypeNotPartial,
        DiagnosticDescriptors.MemberTypeNotTakenByMarketplace,
        DiagnosticDescriptors.InternalError,
        TemplateDiagnostics.BadColumn,
        TemplateDiagnostics.UnsupportedColumnMember,
        TemplateDiagnostics.BadTemplateName,
        TemplateDiagnostics.TemplateNotEnabled,
        TemplateDiagnostics.OptionHasNoEffect);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // The known types, looked up once per compilation.
            var known = new KnownTypeSymbols(start.Compilation);
            if (known.MarketplaceFeedAttribute is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => Analyze(symbol, known), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KnownTypeSymbols known)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var attributes = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in type.GetAttributes())
        {
            if (KnownTypeSymbols.Is(attribute.AttributeClass, known.MarketplaceFeedAttribute))
            {
                attributes.Add(attribute);
            }
        }

        // [FeedColumn] members need [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)] on their type
        // (a Custom target in another format already has IKMG006, which names the format to use).
        if (!HasCustom(attributes, anyFormat: true) && TemplateSpec.FirstColumnMember(type, known) is { } column)
        {
            context.ReportDiagnostic(Diagnostic.Create(TemplateDiagnostics.TemplateNotEnabled, LocationOf(column), type.Name,
                "has [FeedColumn] members but no [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)], so no template writer is generated for them"));
        }

        if (attributes.Count == 0)
        {
            return;
        }

        var problems = new List<FeedProblem>();
        try
        {
            FeedModelBuilder.Build(type, attributes.ToImmutable(), known, problems, context.CancellationToken);
        }
        catch (System.OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // An analyzer must not crash the build either.
        catch (System.Exception ex)
#pragma warning restore CA1031
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, LocationOf(type), type.Name, ex.GetType().Name + ": " + ex.Message));
            return;
        }

        foreach (var problem in problems)
        {
            var location = problem.Attribute?.ApplicationSyntaxReference is { } reference
                ? reference.SyntaxTree.GetLocation(reference.Span)
                : LocationOf(problem.Symbol ?? type);
            context.ReportDiagnostic(Diagnostic.Create(problem.Descriptor, location, problem.Arguments));
        }
    }

    // Whether the type has a Custom target in CSV (or, with anyFormat, in any format).
    private static bool HasCustom(ImmutableArray<AttributeData>.Builder attributes, bool anyFormat)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is int marketplace && marketplace == TemplateSpec.Instance.Marketplace
                && attribute.ConstructorArguments[1].Value is int format && (anyFormat || format == FeedFormats.Csv))
            {
                return true;
            }
        }

        return false;
    }

    private static Location LocationOf(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return Location.None;
    }
}
