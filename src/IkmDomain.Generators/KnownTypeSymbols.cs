using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators;

/// <summary>
/// The framework and IkmDomain types the generator recognises, looked up once per compilation and
/// compared as symbols (as System.Text.Json's generator does), never as display strings. A type the
/// compilation does not have is null and matches nothing.
/// </summary>
internal sealed class KnownTypeSymbols
{
    public KnownTypeSymbols(Compilation compilation)
    {
        Uri = compilation.GetTypeByMetadataName("System.Uri");
        DateOnly = compilation.GetTypeByMetadataName("System.DateOnly");
        DateTimeOffset = compilation.GetTypeByMetadataName("System.DateTimeOffset");
        DateTime = compilation.GetSpecialType(SpecialType.System_DateTime);
        Utf8SpanFormattable = compilation.GetTypeByMetadataName("System.IUtf8SpanFormattable");
        Money = compilation.GetTypeByMetadataName("IkmDomain.Money");
        Dimensions = compilation.GetTypeByMetadataName("IkmDomain.Crafts.Dimensions");
        Weight = compilation.GetTypeByMetadataName("IkmDomain.Crafts.Weight");
        Gtin = compilation.GetTypeByMetadataName("IkmDomain.Crafts.Gtin");
        CraftMaterial = compilation.GetTypeByMetadataName("IkmDomain.Classifications.CraftMaterial")
            ?? compilation.GetTypeByMetadataName("IkmDomain.Crafts.CraftMaterial");
        FeedUrl = compilation.GetTypeByMetadataName("IkmDomain.Common.FeedUrl");
        FeedFieldAttribute = compilation.GetTypeByMetadataName("IkmDomain.Feeds.FeedFieldAttribute");
        FeedIgnoreAttribute = compilation.GetTypeByMetadataName("IkmDomain.Feeds.FeedIgnoreAttribute");
        FeedColumnAttribute = compilation.GetTypeByMetadataName("IkmDomain.Feeds.FeedColumnAttribute");
        MarketplaceFeedAttribute = compilation.GetTypeByMetadataName(FeedGenerator.MarketplaceFeedAttributeName);
    }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? DateOnly { get; }

    public INamedTypeSymbol? DateTimeOffset { get; }

    public INamedTypeSymbol DateTime { get; }

    public INamedTypeSymbol? Utf8SpanFormattable { get; }

    public INamedTypeSymbol? Money { get; }

    public INamedTypeSymbol? Dimensions { get; }

    public INamedTypeSymbol? Weight { get; }

    public INamedTypeSymbol? Gtin { get; }

    public INamedTypeSymbol? CraftMaterial { get; }

    public INamedTypeSymbol? FeedUrl { get; }

    public INamedTypeSymbol? FeedFieldAttribute { get; }

    public INamedTypeSymbol? FeedIgnoreAttribute { get; }

    public INamedTypeSymbol? FeedColumnAttribute { get; }

    public INamedTypeSymbol? MarketplaceFeedAttribute { get; }

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/> (false when the compilation lacks it).</summary>
    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
        known is not null && type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);
}
