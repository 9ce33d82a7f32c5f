using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IkmDomain.Generators;

/// <summary>A problem found while reading a type, reported by <see cref="FeedAnalyzer"/> (never cached).</summary>
internal readonly record struct FeedProblem(DiagnosticDescriptor Descriptor, ISymbol? Symbol, AttributeData? Attribute, object[] Arguments);

/// <summary>
/// Reads an annotated type into a <see cref="FeedTypeModel"/>. The generator and the analyzer share it,
/// so what the analyzer reports is exactly what the generator does.
/// </summary>
internal static class FeedModelBuilder
{
    internal const string FeedFieldAttributeName = "IkmDomain.Feeds.FeedFieldAttribute";
    internal const string FeedIgnoreAttributeName = "IkmDomain.Feeds.FeedIgnoreAttribute";
    private static readonly string[] MarketplaceNames = { "GoogleMerchant", "MetaCatalog", "TikTokShop", "Shopee", "SchemaOrg", "Custom" };
    private static readonly string[] FormatNames = { "Tsv", "Csv", "Xml", "Json", "JsonLines" };

    public static string MarketplaceName(int value) =>
        value >= 0 && value < MarketplaceNames.Length ? MarketplaceNames[value] : "Marketplace" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string FormatName(int value) =>
        value >= 0 && value < FormatNames.Length ? FormatNames[value] : "Format" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Builds the model, or returns null when no code can be generated (the problems say why).</summary>
    public static FeedTypeModel? Build(INamedTypeSymbol type, ImmutableArray<AttributeData> attributes, List<FeedProblem>? problems, CancellationToken cancellationToken)
    {
        // Generic types, and types nested in generic ones, cannot get a non-generic TFeeds.
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.IsGenericType)
            {
                problems?.Add(new(DiagnosticDescriptors.GenericType, type, null, new object[] { type.Name }));
                return null;
            }
        }

        var containers = new List<string>();
        for (var t = type.ContainingType; t is not null; t = t.ContainingType)
        {
            if (!IsPartial(t, cancellationToken))
            {
                problems?.Add(new(DiagnosticDescriptors.ContainingTypeNotPartial, type, null, new object[] { type.Name, t.Name, type.Name }));
                return null;
            }

            containers.Insert(0, "partial " + Keyword(t) + " " + Identifier(t.Name));
        }

        var targets = new List<FeedTarget>();
        var hasGoogle = false;
        foreach (var attribute in attributes)
        {
            if (attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is int marketplace
                && attribute.ConstructorArguments[1].Value is int format)
            {
                var target = new FeedTarget(marketplace, format);
                if (targets.Contains(target))
                {
                    continue;
                }

                targets.Add(target);
                hasGoogle |= target.IsSupported;
                if (!target.IsSupported)
                {
                    problems?.Add(new(DiagnosticDescriptors.TargetNotSupported, type, attribute,
                        new object[] { MarketplaceName(marketplace), FormatName(format), type.Name }));
                }
            }
        }

        var fields = hasGoogle ? ReadFields(type, problems, cancellationToken) : new List<FeedFieldModel>();
        if (hasGoogle && problems is not null)
        {
            for (var i = 0; i < GoogleAttributes.All.Length; i++)
            {
                var google = GoogleAttributes.All[i];
                if (google.Required && !fields.Exists(f => f.Attribute == i))
                {
                    problems.Add(new(DiagnosticDescriptors.RequiredAttributeNotMapped, type, FirstGoogle(attributes),
                        new object[] { type.Name, "Google Merchant Center", google.Name, google.Member }));
                }
            }
        }

        var ns = type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? null : type.ContainingNamespace.ToDisplayString();
        var metadataName = ns is null ? MetadataName(type) : ns + "." + MetadataName(type);
        return new FeedTypeModel(
            ns,
            type.Name,
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            metadataName + ".Feeds.g.cs",
            AccessibilityKeyword(type),
            new EquatableArray<string>(containers.ToArray()),
            new EquatableArray<FeedTarget>(targets.ToArray()),
            new EquatableArray<FeedFieldModel>(fields.ToArray()),
            null);
    }

    private static AttributeData? FirstGoogle(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.ConstructorArguments.Length == 2 && attribute.ConstructorArguments[0].Value is 0)
            {
                return attribute;
            }
        }

        return null;
    }

    private static List<FeedFieldModel> ReadFields(INamedTypeSymbol type, List<FeedProblem>? problems, CancellationToken cancellationToken)
    {
        var fields = new List<FeedFieldModel>();
        var explicitFlags = new List<bool>();
        var symbols = new List<ISymbol>();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var candidates = new List<(ISymbol Member, int Attribute, bool Explicit, bool Readable, ITypeSymbol Type)>();

        // Most derived first: a member hidden or overridden in a derived type is read once, from there.
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object && t.SpecialType != SpecialType.System_ValueType; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member.IsStatic || member.IsImplicitlyDeclared || !seen.Add(member.Name))
                {
                    continue;
                }

                ITypeSymbol memberType;
                bool readable;
                if (member is IPropertySymbol property && !property.IsIndexer)
                {
                    memberType = property.Type;
                    readable = IsReadable(property.DeclaredAccessibility) && property.GetMethod is { } getter && IsReadable(getter.DeclaredAccessibility);
                }
                else if (member is IFieldSymbol field)
                {
                    memberType = field.Type;
                    readable = IsReadable(field.DeclaredAccessibility);
                }
                else
                {
                    continue;
                }

                if (HasAttribute(member, FeedIgnoreAttributeName))
                {
                    continue;
                }

                var isExplicit = false;
                var attributeIndex = -1;
                foreach (var data in member.GetAttributes())
                {
                    if (data.AttributeClass?.ToDisplayString() == FeedFieldAttributeName
                        && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is int value)
                    {
                        isExplicit = true;
                        attributeIndex = value;
                    }
                }

                if (!isExplicit)
                {
                    attributeIndex = GoogleAttributes.ByConvention(member.Name);
                }

                if (GoogleAttributes.Get(attributeIndex) is not null)
                {
                    candidates.Add((member, attributeIndex, isExplicit, readable, memberType));
                }
            }
        }

        // Explicit [FeedField] members first, so they win over names that merely match.
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (member, attributeIndex, isExplicit, readable, memberType) in candidates)
            {
                if (isExplicit != (pass == 0))
                {
                    continue;
                }

                var google = GoogleAttributes.Get(attributeIndex)!;
                if (!readable)
                {
                    problems?.Add(new(DiagnosticDescriptors.InaccessibleMember, member, null, new object[] { member.Name, google.Name }));
                    continue;
                }

                var model = Classify(member.Name, attributeIndex, google, memberType, out var why);
                if (model is null)
                {
                    problems?.Add(new(DiagnosticDescriptors.UnsupportedMemberType, member, null,
                        new object[] { member.Name, memberType.ToDisplayString(), google.Name, why }));
                    continue;
                }

                // A Dimensions member supplies shipping_length, shipping_width and shipping_height.
                var models = model.Kind == ValueKind.Dimensions
                    ? new[]
                    {
                        model with { Attribute = 22, Format = "LengthCm" },
                        model with { Attribute = 23, Format = "WidthCm" },
                        model with { Attribute = 24, Format = "HeightCm" },
                    }
                    : new[] { model };
                foreach (var one in models)
                {
                    var existing = fields.FindIndex(f => f.Attribute == one.Attribute);
                    if (existing >= 0)
                    {
                        if (isExplicit == explicitFlags[existing])
                        {
                            problems?.Add(new(DiagnosticDescriptors.DuplicateAttribute, member, null,
                                new object[] { symbols[existing].Name, member.Name, GoogleAttributes.All[one.Attribute].Name }));
                        }

                        continue;
                    }

                    fields.Add(one);
                    explicitFlags.Add(isExplicit);
                    symbols.Add(member);
                }
            }
        }

        // Feed columns follow the specification's order, whatever the declaration order.
        fields.Sort((a, b) => a.Attribute.CompareTo(b.Attribute));
        return fields;
    }

    private static FeedFieldModel? Classify(string member, int attributeIndex, GoogleAttribute google, ITypeSymbol type, out string why)
    {
        why = string.Empty;
        var (kind, memberNull, valueType, format) = ClassifyScalar(type);
        var isCollection = false;
        var elementNull = NullKind.None;
        if (kind == ValueKind.Unsupported && ElementType(type) is { } element)
        {
            if (google.Repeat == RepeatMode.None)
            {
                why = "the attribute takes one value, not a list";
                return null;
            }

            isCollection = true;
            memberNull = NullKind.Reference;
            (kind, elementNull, valueType, format) = ClassifyScalar(element);
        }

        if (kind == ValueKind.Unsupported)
        {
            why = "supported types are string, numbers, bool, enums, Uri, FeedUrl, DateOnly, DateTimeOffset, DateTime, Money, IUtf8SpanFormattable types, their nullable forms and lists of them";
            return null;
        }

        var allowed = google.Type switch
        {
            AttributeType.Url => kind is ValueKind.Uri or ValueKind.FeedUrl or ValueKind.String,
            AttributeType.Price => kind is ValueKind.Money or ValueKind.String,
            AttributeType.Enumerated => kind is ValueKind.Enum or ValueKind.String,
            AttributeType.Boolean => kind is ValueKind.Bool or ValueKind.String,
            AttributeType.Date => kind is ValueKind.Formattable or ValueKind.String,
            AttributeType.Weight => kind is ValueKind.Number or ValueKind.Formattable or ValueKind.String,
            AttributeType.Length => kind is ValueKind.Number or ValueKind.Dimensions or ValueKind.String,
            _ => kind is not (ValueKind.Money or ValueKind.Dimensions or ValueKind.FeedUrl),
        };
        if (!allowed)
        {
            why = google.Type switch
            {
                AttributeType.Url => "use Uri, FeedUrl or string",
                AttributeType.Price => "use Money or a string such as \"15.00 IDR\"",
                AttributeType.Enumerated => "use an enum or string",
                AttributeType.Boolean => "use bool or string",
                AttributeType.Date => "use DateOnly, DateTimeOffset, DateTime or string",
                AttributeType.Weight => "use a number (kg), Weight or string",
                AttributeType.Length => "use a number (cm), Dimensions or string",
                _ => "use Money only for price and sale_price, FeedUrl only for URLs",
            };
            return null;
        }

        var cases = EquatableArray<EnumCase>.Empty;
        if (kind == ValueKind.Enum)
        {
            var enumType = isCollection ? ElementType(type)! : Unwrap(type);
            var list = new List<EnumCase>();
            var values = new HashSet<object>();
            foreach (var m in enumType.GetMembers())
            {
                if (m is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is { } value && values.Add(value))
                {
                    list.Add(new EnumCase(Identifier(field.Name), GoogleAttributes.EnumText(google.Name, field.Name)));
                }
            }

            cases = new EquatableArray<EnumCase>(list.ToArray());
        }

        return new FeedFieldModel(attributeIndex, Identifier(member), isCollection, kind, memberNull, elementNull, valueType, format, cases)
        {
            Indexed = isCollection && IsIndexableInterface(type),
        };
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static (ValueKind Kind, NullKind Null, string ValueType, string? Format) ClassifyScalar(ITypeSymbol type)
    {
        var nullKind = NullKind.None;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            nullKind = NullKind.NullableValue;
            type = nullable.TypeArguments[0];
        }
        else if (type.IsReferenceType)
        {
            nullKind = NullKind.Reference;
        }

        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        var plain = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return (ValueKind.String, nullKind, plain, null);
            case SpecialType.System_Boolean:
                return (ValueKind.Bool, nullKind, plain, null);
            case SpecialType.System_SByte:
            case SpecialType.System_Byte:
            case SpecialType.System_Int16:
            case SpecialType.System_UInt16:
            case SpecialType.System_Int32:
            case SpecialType.System_UInt32:
            case SpecialType.System_Int64:
            case SpecialType.System_UInt64:
            case SpecialType.System_Single:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
                return (ValueKind.Number, nullKind, plain, null);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return (ValueKind.Enum, nullKind, plain, null);
        }

        switch (plain)
        {
            case "global::System.Uri":
                return (ValueKind.Uri, nullKind, plain, null);
            case "global::System.DateOnly":
                return (ValueKind.Formattable, nullKind, plain, "yyyy-MM-dd");
            case "global::System.DateTimeOffset":
                return (ValueKind.Formattable, nullKind, plain, "yyyy-MM-ddTHH:mmzzz");
            case "global::System.DateTime":
                return (ValueKind.Formattable, nullKind, plain, "yyyy-MM-ddTHH:mm:ss");
            case "global::IkmDomain.Money":
                return (ValueKind.Money, nullKind, plain, null);
            case "global::IkmDomain.Crafts.Dimensions":
                return (ValueKind.Dimensions, nullKind, plain, null);
            case "global::IkmDomain.Common.FeedUrl":
                return (ValueKind.FeedUrl, nullKind, plain, null);
        }

        foreach (var i in type.AllInterfaces)
        {
            if (i.ToDisplayString() == "System.IUtf8SpanFormattable")
            {
                return (ValueKind.Formattable, nullKind, plain, null);
            }
        }

        _ = name;
        return (ValueKind.Unsupported, nullKind, plain, null);
    }

    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return null;
        }

        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable)
        {
            return enumerable.TypeArguments[0];
        }

        foreach (var i in type.AllInterfaces)
        {
            if (i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return i.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsIndexableInterface(ITypeSymbol type)
    {
        if (type.TypeKind != TypeKind.Interface)
        {
            return false;
        }

        static bool IsList(ITypeSymbol t) =>
            t.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IReadOnlyList_T or SpecialType.System_Collections_Generic_IList_T;

        if (IsList(type))
        {
            return true;
        }

        foreach (var i in type.AllInterfaces)
        {
            if (i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReadable(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    private static bool HasAttribute(ISymbol symbol, string name)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (data.AttributeClass?.ToDisplayString() == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration)
            {
                foreach (var modifier in declaration.Modifiers)
                {
                    if (modifier.IsKind(SyntaxKind.PartialKeyword))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static string Keyword(INamedTypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Struct => type.IsRecord ? "record struct" : "struct",
        TypeKind.Interface => "interface",
        _ => type.IsRecord ? "record" : "class",
    };

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is null ? type.MetadataName : MetadataName(type.ContainingType) + "+" + type.MetadataName;

    private static string AccessibilityKeyword(INamedTypeSymbol type)
    {
        if (type.ContainingType is null)
        {
            return type.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
        }

        return type.DeclaredAccessibility switch
        {
            Accessibility.Public => "public",
            Accessibility.Private => "private",
            Accessibility.Protected => "protected",
            Accessibility.ProtectedOrInternal => "protected internal",
            Accessibility.ProtectedAndInternal => "private protected",
            _ => "internal",
        };
    }

    internal static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.GlobalKeyword ? "@" + name : name;
}
