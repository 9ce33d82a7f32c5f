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
    /// <summary>Builds the model, or returns null when no code can be generated (the problems say why).</summary>
    public static FeedTypeModel? Build(INamedTypeSymbol type, ImmutableArray<AttributeData> attributes, KnownTypeSymbols known, List<FeedProblem>? problems, CancellationToken cancellationToken)
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

        var targets = new List<(FeedTarget Target, MarketplaceSpec? Spec, AttributeData Attribute)>();
        var anySupported = false;
        foreach (var attribute in attributes)
        {
            if (attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is int marketplace
                && attribute.ConstructorArguments[1].Value is int format)
            {
                var target = new FeedTarget(marketplace, format);
                if (targets.Exists(t => t.Target == target))
                {
                    continue;
                }

                var spec = MarketplaceSpecs.Get(marketplace);
                var supported = spec is not null && spec.HasFormat(format);
                targets.Add((target, supported ? spec : null, attribute));
                anySupported |= supported && spec is not TemplateSpec; // Templates read [FeedColumn] members only.
                if (!supported)
                {
                    problems?.Add(new(DiagnosticDescriptors.TargetNotSupported, type, attribute,
                        new object[] { MarketplaceSpecs.MarketplaceName(marketplace), MarketplaceSpecs.FormatName(format), MarketplaceSpecs.FormatList(spec), type.Name }));
                }
            }
        }

        var fields = anySupported ? ReadFields(type, known, problems, cancellationToken) : new List<FeedFieldModel>();
        var models = new List<FeedTargetModel>();
        var reported = new HashSet<int>();
        foreach (var (target, spec, attribute) in targets)
        {
            var name = MarketplaceSpecs.MarketplaceName(target.Marketplace) + MarketplaceSpecs.FormatName(target.Format);
            if (spec is null)
            {
                models.Add(new FeedTargetModel(target.Marketplace, target.Format, name, false, string.Empty, string.Empty, string.Empty, string.Empty, EquatableArray<TargetField>.Empty));
                continue;
            }

            if (spec is TemplateSpec)
            {
                models.Add(TemplateSpec.BuildTarget(type, name, attribute, known, problems, cancellationToken));
                continue;
            }

            var targetFields = TargetFields(spec, fields, reported.Contains(target.Marketplace) ? null : problems, type, attribute);
            models.Add(new FeedTargetModel(target.Marketplace, target.Format, name, true, spec.DisplayName, spec.ShortName, spec.LimitsType, spec.XmlPrefix,
                new EquatableArray<TargetField>(targetFields.ToArray()))
            {
                UniqueIds = spec.UniqueIds,
                JsonItemStart = spec.JsonItemStart,
            });

            // Required attributes: once per marketplace, at its first [MarketplaceFeed].
            if (problems is not null && reported.Add(target.Marketplace))
            {
                foreach (var required in spec.Attributes)
                {
                    if (required.Required && !targetFields.Exists(f => f.Value.Attribute == required.Attribute))
                    {
                        problems.Add(new(DiagnosticDescriptors.RequiredAttributeNotMapped, type, attribute,
                            new object[] { type.Name, spec.DisplayName, required.Name, FeedAttributes.All[required.Attribute].Member }));
                    }
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
            new EquatableArray<FeedTargetModel>(models.ToArray()),
            null);
    }

    /// <summary>The fields the marketplace takes, named and limited as its spec says, in its column order.</summary>
    private static List<TargetField> TargetFields(MarketplaceSpec spec, List<FeedFieldModel> fields, List<FeedProblem>? problems, INamedTypeSymbol type, AttributeData feedAttribute)
    {
        var result = new List<(int Position, TargetField Field)>();
        foreach (var read in fields)
        {
            var field = read;
            if (spec.Find(field.Attribute, out var position) is not { } attribute)
            {
                continue;
            }

            if (spec.Unsupported(field.Attribute, field) is { } why)
            {
                // Once per marketplace (problems is null for its later formats), at its first [MarketplaceFeed].
                problems?.Add(new(DiagnosticDescriptors.MemberTypeNotTakenByMarketplace, type, feedAttribute,
                    new object[] { field.Member, field.ValueType, spec.DisplayName, attribute.Name, why }));
                continue;
            }

            var cases = EquatableArray<EnumCase>.Empty;
            if (field.Kind == ValueKind.Enum)
            {
                var list = new List<EnumCase>();
                foreach (var member in field.EnumMembers)
                {
                    list.Add(new EnumCase(member.Identifier, spec.EnumText(field.Attribute, member.Name)));
                }

                cases = new EquatableArray<EnumCase>(list.ToArray());
            }
            else if (field.Kind == ValueKind.String && !field.IsCollection && FeedAttributes.All[field.Attribute].Type == AttributeType.Enumerated
                && spec.EnumText(field.Attribute, "NoSuchValue").Length == 0)
            {
                // A string member must already hold one of the marketplace's own texts ("in stock" for
                // Meta, "in_stock" for Google): the texts the spec gives the usual member names. (A spec
                // that names any member, as TikTok Shop's snake_case, has no closed list to check.)
                var texts = new List<EnumCase>();
                foreach (var name in EnumeratedNames)
                {
                    var text = spec.EnumText(field.Attribute, name);
                    if (text.Length > 0 && !texts.Exists(c => c.Text == text))
                    {
                        texts.Add(new EnumCase(text, text));
                    }
                }

                cases = new EquatableArray<EnumCase>(texts.ToArray());
            }

            // A value type whose default means "not set" (Money, Weight, dates, Dimensions, the
            // identifiers): read once through FeedRules.SetOrNull, so that an optional member left at
            // its default is left out and a required one skips the item (IKM020). FeedUrl keeps its
            // IsEmpty test (its Equals compares Uris, which allocates).
            var notSet = !field.IsCollection && field.MemberNull != NullKind.Reference
                && field.Kind is ValueKind.Money or ValueKind.Dimensions or ValueKind.Formattable;
            if (notSet)
            {
                field = field with { MemberNull = NullKind.NullableValue };
            }

            result.Add((position, new TargetField(field, attribute.Name, attribute.Required, attribute.MaxLength, attribute.Repeat, attribute.MaxCount, cases)
            {
                Check = attribute.Check,
                NotSetLocal = notSet,
                NullableMember = read.MemberNull == NullKind.NullableValue,
                PlainText = attribute.PlainText && field.Kind == ValueKind.String && !field.IsCollection,
                CurrencyName = attribute.CurrencyName,
                JsonObject = Dot(attribute.Name) is var dot && dot > 0 ? attribute.Name.Substring(0, dot) : null,
                JsonObjectStart = Dot(attribute.Name) is var at && at > 0 ? spec.JsonObjectStart(attribute.Name.Substring(0, at)) : string.Empty,
            }));
        }

        result.Sort((a, b) => a.Position.CompareTo(b.Position));
        return result.ConvertAll(r => r.Field);
    }

    private static int Dot(string name) => name.IndexOf('.');

    // The member names the specs map for enumerated attributes (schema.org's ItemAvailability and
    // OfferItemCondition, Google's availability, condition, gender and age_group values).
    private static readonly string[] EnumeratedNames =
    {
        "InStock", "OutOfStock", "Preorder", "Backorder", "Discontinued", "LimitedAvailability", "OnlineOnly", "SoldOut",
        "InStoreOnly", "PreSale", "New", "Refurbished", "Used", "Damaged", "NewCondition", "RefurbishedCondition",
        "UsedCondition", "DamagedCondition", "Male", "Female", "Unisex", "Newborn", "Infant", "Toddler", "Kids", "Adult",
    };

    private static List<FeedFieldModel> ReadFields(INamedTypeSymbol type, KnownTypeSymbols known, List<FeedProblem>? problems, CancellationToken cancellationToken)
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

                if (HasAttribute(member, known.FeedIgnoreAttribute))
                {
                    continue;
                }

                var isExplicit = false;
                var attributeIndex = -1;
                foreach (var data in member.GetAttributes())
                {
                    if (KnownTypeSymbols.Is(data.AttributeClass, known.FeedFieldAttribute)
                        && data.ConstructorArguments.Length == 1 && data.ConstructorArguments[0].Value is int value)
                    {
                        isExplicit = true;
                        attributeIndex = value;
                    }
                }

                if (!isExplicit)
                {
                    attributeIndex = FeedAttributes.ByConvention(member.Name);
                }

                if (FeedAttributes.Get(attributeIndex) is not null)
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

                var info = FeedAttributes.All[attributeIndex];
                if (!readable)
                {
                    problems?.Add(new(DiagnosticDescriptors.InaccessibleMember, member, null, new object[] { member.Name, info.SnakeName }));
                    continue;
                }

                var model = Classify(member.Name, attributeIndex, info, memberType, known, out var why);
                if (model is null)
                {
                    problems?.Add(new(DiagnosticDescriptors.UnsupportedMemberType, member, null,
                        new object[] { member.Name, memberType.ToDisplayString(), info.SnakeName, why }));
                    continue;
                }

                // A list held in a struct (ImmutableArray) would be boxed to be fetched ahead: it is not.
                model = model with
                {
                    ReadsPlainly = ReadsPlainly(member) && (!model.IsCollection || memberType.IsReferenceType),
                    DefaultableList = model.IsCollection && IsImmutableArray(memberType),
                };

                // A Dimensions member supplies shipping_length, shipping_width and shipping_height.
                var models = model.Kind == ValueKind.Dimensions
                    ? new[]
                    {
                        model with { Attribute = FeedAttributes.ShippingLength, Format = "LengthCm" },
                        model with { Attribute = FeedAttributes.ShippingWidth, Format = "WidthCm" },
                        model with { Attribute = FeedAttributes.ShippingHeight, Format = "HeightCm" },
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
                                new object[] { symbols[existing].Name, member.Name, FeedAttributes.All[one.Attribute].SnakeName }));
                        }

                        continue;
                    }

                    fields.Add(one);
                    explicitFlags.Add(isExplicit);
                    symbols.Add(member);
                }
            }
        }

        return fields;
    }

    private static FeedFieldModel? Classify(string member, int attributeIndex, FeedAttributeInfo info, ITypeSymbol type, KnownTypeSymbols known, out string why)
    {
        why = string.Empty;
        var (kind, memberNull, valueType, format, plain) = ClassifyScalar(type, known);
        var isCollection = false;
        var elementNull = NullKind.None;
        if (kind == ValueKind.Unsupported && ElementType(type) is { } element)
        {
            if (!info.AcceptsList)
            {
                why = "the attribute takes one value, not a list";
                return null;
            }

            isCollection = true;
            memberNull = NullKind.Reference;
            (kind, elementNull, valueType, format, plain) = ClassifyScalar(element, known);
        }

        if (kind == ValueKind.Unsupported)
        {
            why = "supported types are string, numbers, bool, enums, Uri, FeedUrl, DateOnly, DateTimeOffset, DateTime, Money, IUtf8SpanFormattable types, their nullable forms and lists of them";
            return null;
        }

        var allowed = info.Type switch
        {
            AttributeType.Url => kind is ValueKind.Uri or ValueKind.FeedUrl or ValueKind.String,
            AttributeType.Price => kind is ValueKind.Money or ValueKind.String,
            AttributeType.Enumerated => kind is ValueKind.Enum or ValueKind.String,
            AttributeType.Boolean => kind is ValueKind.Bool or ValueKind.String,
            AttributeType.Date => kind is ValueKind.Formattable or ValueKind.String,
            AttributeType.Weight => kind is ValueKind.Number or ValueKind.Formattable or ValueKind.String,
            AttributeType.Length => kind is ValueKind.Number or ValueKind.Dimensions or ValueKind.String,
            AttributeType.Count => kind == ValueKind.Number && IsInteger(valueType),
            _ => kind is not (ValueKind.Money or ValueKind.Dimensions or ValueKind.FeedUrl),
        };
        if (!allowed)
        {
            why = info.Type switch
            {
                AttributeType.Url => "use Uri, FeedUrl or string",
                AttributeType.Price => "use Money or a string such as \"15.00 IDR\"",
                AttributeType.Enumerated => "use an enum or string",
                AttributeType.Boolean => "use bool or string",
                AttributeType.Date => "use DateOnly, DateTimeOffset, DateTime or string",
                AttributeType.Weight => "use a number (kg), Weight or string",
                AttributeType.Length => "use a number (cm), Dimensions or string",
                AttributeType.Count => "use an integer type such as int",
                _ => "use Money only for price and sale_price, FeedUrl only for URLs",
            };
            return null;
        }

        var members = EquatableArray<EnumMember>.Empty;
        if (kind == ValueKind.Enum)
        {
            var enumType = isCollection ? ElementType(type)! : Unwrap(type);
            var list = new List<EnumMember>();
            var values = new HashSet<object>();
            foreach (var m in enumType.GetMembers())
            {
                if (m is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is { } value && values.Add(value))
                {
                    list.Add(new EnumMember(Identifier(field.Name), field.Name));
                }
            }

            members = new EquatableArray<EnumMember>(list.ToArray());
        }

        if (kind == ValueKind.Number && format is null && valueType is "double" or "float")
        {
            // Fixed-point at the field's precision, never exponent notation (1E-09): grams for kg,
            // hundredths for cm; FeedRules.CheckNumber skips a positive value that rounds to zero.
            format = info.Type == AttributeType.Weight ? "0.###" : info.Type == AttributeType.Length ? "0.##" : "0.######";
        }

        return new FeedFieldModel(attributeIndex, Identifier(member), isCollection, kind, memberNull, elementNull, valueType, format, members)
        {
            Indexed = isCollection && IsIndexableInterface(type),
            AlwaysPlain = plain,
            IsGtin = KnownTypeSymbols.Is(isCollection ? ElementType(type) : Unwrap(type), known.Gtin),
            IsWeight = KnownTypeSymbols.Is(isCollection ? ElementType(type) : Unwrap(type), known.Weight),
        };
    }

    private static bool IsInteger(string valueType) =>
        valueType is "sbyte" or "byte" or "short" or "ushort" or "int" or "uint" or "long" or "ulong";

    internal static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>An <c>ImmutableArray&lt;T&gt;</c>, or one made nullable: its default value throws when enumerated.</summary>
    internal static bool IsImmutableArray(ITypeSymbol type) =>
        Unwrap(type) is INamedTypeSymbol { IsGenericType: true, Name: "ImmutableArray", ContainingNamespace: { Name: "Immutable", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    /// <summary>
    /// Whether reading <paramref name="member"/> runs no code of the user's: a field, or a property
    /// declared in source with an auto-implemented getter (<c>{ get; }</c>, a record's positional
    /// property) that is not virtual, abstract or an override. A property from a referenced assembly,
    /// or any getter with a body, is not.
    /// </summary>
    internal static bool ReadsPlainly(ISymbol member)
    {
        if (member is IFieldSymbol)
        {
            return true;
        }

        if (member is not IPropertySymbol { GetMethod: { } getter } property || property.IsVirtual || property.IsAbstract || property.IsOverride)
        {
            return false;
        }

        var hasBackingField = false;
        foreach (var other in property.ContainingType.GetMembers())
        {
            if (other is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
            {
                hasBackingField = true;
                break;
            }
        }

        if (!hasBackingField || getter.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        foreach (var reference in getter.DeclaringSyntaxReferences)
        {
            var syntax = reference.GetSyntax();
            var auto = syntax switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax accessor => accessor.Body is null && accessor.ExpressionBody is null,
                Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax => true,
                _ => false,
            };
            if (!auto)
            {
                return false;
            }
        }

        return true;
    }

    internal static (ValueKind Kind, NullKind Null, string ValueType, string? Format, bool AlwaysPlain) ClassifyScalar(ITypeSymbol type, KnownTypeSymbols known)
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

        var plain = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return (ValueKind.String, nullKind, plain, null, false);
            case SpecialType.System_Boolean:
                return (ValueKind.Bool, nullKind, plain, null, true);
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
                return (ValueKind.Number, nullKind, plain, null, true);
            case SpecialType.System_DateTime:
                return (ValueKind.Formattable, nullKind, plain, "yyyy-MM-ddTHH:mm:ss", true);
        }

        if (type.TypeKind == TypeKind.Enum)
        {
            return (ValueKind.Enum, nullKind, plain, null, true);
        }

        if (KnownTypeSymbols.Is(type, known.Uri))
        {
            return (ValueKind.Uri, nullKind, plain, null, false);
        }

        if (KnownTypeSymbols.Is(type, known.DateOnly))
        {
            return (ValueKind.Formattable, nullKind, plain, "yyyy-MM-dd", true);
        }

        if (KnownTypeSymbols.Is(type, known.DateTimeOffset))
        {
            return (ValueKind.Formattable, nullKind, plain, "yyyy-MM-ddTHH:mmzzz", true);
        }

        if (KnownTypeSymbols.Is(type, known.Money))
        {
            return (ValueKind.Money, nullKind, plain, null, true);
        }

        if (KnownTypeSymbols.Is(type, known.Dimensions))
        {
            return (ValueKind.Dimensions, nullKind, plain, null, true);
        }

        if (KnownTypeSymbols.Is(type, known.FeedUrl))
        {
            return (ValueKind.FeedUrl, nullKind, plain, null, true);
        }

        foreach (var i in type.AllInterfaces)
        {
            if (KnownTypeSymbols.Is(i, known.Utf8SpanFormattable))
            {
                // The library's own codes and measures never hold a tab, CR, LF, quote or comma.
                var own = KnownTypeSymbols.Is(type, known.Weight) || KnownTypeSymbols.Is(type, known.Gtin) || KnownTypeSymbols.Is(type, known.CraftMaterial);
                return (ValueKind.Formattable, nullKind, plain, null, own);
            }
        }

        return (ValueKind.Unsupported, nullKind, plain, null, false);
    }

    internal static ITypeSymbol? ElementType(ITypeSymbol type)
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

    internal static bool IsIndexableInterface(ITypeSymbol type)
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

    internal static bool IsReadable(Accessibility accessibility) =>
        accessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;

    internal static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
    {
        foreach (var data in symbol.GetAttributes())
        {
            if (KnownTypeSymbols.Is(data.AttributeClass, attribute))
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
