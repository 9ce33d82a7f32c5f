using System;

namespace IkmDomain.Generators;

/// <summary>One <c>[MarketplaceFeed]</c> on a type: the marketplace and format, as their enum values.</summary>
internal readonly record struct FeedTarget(int Marketplace, int Format)
{
    /// <summary>Only Google Merchant Center TSV and XML are written so far; the rest get constants and IKMG006.</summary>
    public bool IsSupported => Marketplace == 0 && (Format == 0 || Format == 2);
}

/// <summary>How a value is written.</summary>
internal enum ValueKind
{
    Unsupported,
    String,
    Uri,
    Bool,
    Enum,
    Number,
    Formattable,
    Money,

    /// <summary>IkmDomain.Crafts.Dimensions: one side (the Format holds the property name) in cm.</summary>
    Dimensions,

    /// <summary>IkmDomain.Common.FeedUrl: an http(s) URL checked when it was made; only its length is checked here.</summary>
    FeedUrl,
}

/// <summary>How a value can be absent.</summary>
internal enum NullKind
{
    None,
    Reference,
    NullableValue,
}

/// <summary>An enum member and the text written for it.</summary>
internal readonly record struct EnumCase(string Member, string Text);

/// <summary>One member mapped to one feed attribute.</summary>
internal sealed record FeedFieldModel(
    int Attribute,
    string Member,
    bool IsCollection,
    ValueKind Kind,
    NullKind MemberNull,
    NullKind ElementNull,
    string ValueType,
    string? Format,
    EquatableArray<EnumCase> EnumCases)
{
    /// <summary>The list is an IReadOnlyList/IList interface: loop by index, not through a boxed enumerator.</summary>
    public bool Indexed { get; init; }
}

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
    EquatableArray<string> ContainingTypes,
    EquatableArray<FeedTarget> Targets,
    EquatableArray<FeedFieldModel> Fields,
    string? InternalError);
