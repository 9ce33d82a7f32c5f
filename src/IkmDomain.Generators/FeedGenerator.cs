using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators;

/// <summary>
/// Writes a <c>TFeeds</c> class for each type marked <c>[MarketplaceFeed]</c>:
/// ForAttributeWithMetadataName -> an equatable <see cref="FeedTypeModel"/> -> one emitter.
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

        context.RegisterSourceOutput(types, static (spc, model) =>
            spc.AddSource(model.HintName, FeedEmitter.Emit(model)));
    }

    private static FeedTypeModel? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        try
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || type.IsGenericType || type.ContainingType is not null)
            {
                return null;
            }

            var targets = new List<FeedTarget>();
            foreach (var attribute in context.Attributes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (attribute.ConstructorArguments.Length == 2
                    && attribute.ConstructorArguments[0].Value is int marketplace
                    && attribute.ConstructorArguments[1].Value is int format)
                {
                    targets.Add(new FeedTarget(marketplace, format));
                }
            }

            var ns = type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
            var fqn = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            var metadataName = ns is null ? type.MetadataName : ns + "." + type.MetadataName;
            var accessibility = type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
            return new FeedTypeModel(ns, type.Name, fqn, metadataName + ".Feeds.g.cs", accessibility,
                new EquatableArray<FeedTarget>(targets.ToArray()));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A generator must never throw: unexpected input produces no output.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
