using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators;

/// <summary>
/// Writes a <c>TFeeds</c> class for each type marked <c>[MarketplaceFeed]</c>:
/// ForAttributeWithMetadataName -> an equatable <see cref="FeedTypeModel"/> -> one emitter.
/// Diagnostics come from <see cref="FeedAnalyzer"/>, so they keep real locations and honour <c>#pragma</c>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FeedGenerator : IIncrementalGenerator
{
    internal const string MarketplaceFeedAttributeName = "IkmDomain.Feeds.MarketplaceFeedAttribute";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var types = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MarketplaceFeedAttributeName,
                predicate: static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                transform: static (ctx, ct) => Parse(ctx, ct))
            .WithTrackingName(TrackingNames.FeedTypes)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(TrackingNames.NonNullFeedTypes);

        context.RegisterSourceOutput(types, static (spc, model) => Execute(spc, model));
    }

    private static void Execute(SourceProductionContext context, FeedTypeModel model)
    {
        if (model.InternalError is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, model.Name, model.InternalError));
            return;
        }

        string source;
        try
        {
            source = FeedEmitter.Emit(model);
        }
#pragma warning disable CA1031 // A generator must never throw: a crash fails the user's build (CS8785).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, model.Name, ex.GetType().Name + ": " + ex.Message));
            return;
        }

        context.AddSource(model.HintName, source);
    }

    private static FeedTypeModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        try
        {
            return FeedModelBuilder.Build(type, context.Attributes, new KnownTypeSymbols(context.SemanticModel.Compilation), problems: null, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A generator must never throw: unexpected input becomes diagnostic IKMG099.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new FeedTypeModel(null, type.Name, type.Name, type.Name + ".Feeds.g.cs", "internal",
                EquatableArray<string>.Empty, EquatableArray<FeedTargetModel>.Empty,
                ex.GetType().Name + ": " + ex.Message);
        }
    }
}
