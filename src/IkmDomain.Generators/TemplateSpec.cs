using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators;

/// <summary>
/// <c>Marketplace.Custom</c> in CSV: spreadsheet templates laid out by header name, one per template
/// name of the type's <c>[FeedColumn(template, header)]</c> members (Shopee and Blibli mass upload and
/// local tools use sheets whose column names the seller downloads; FEEDS.md §3). No marketplace limits
/// apply; values are formatted and checked as in the other feeds (the same FeedRules calls), read the
/// template's way: a column is required only with <c>Required = true</c>, money is a price (above zero)
/// only with <c>IsPrice = true</c>, numbers may be negative, and every enum value must be a declared
/// member. Cells that start like a formula get a leading <c>'</c> (FEEDS.md §6.1). The model is one
/// <c>CustomCsv</c> target holding a target per template.
/// </summary>
internal sealed class TemplateSpec : MarketplaceSpec
{
    public static readonly TemplateSpec Instance = new();

    private const string FeedColumnOrder = "Order";
    private const string FeedColumnRequired = "Required";
    private const string FeedColumnIsPrice = "IsPrice";

    /// <summary>Names a template class cannot take: the enclosing class and its constants.</summary>
    private static readonly string[] Reserved = { "CustomCsv", "Marketplace", "Format" };

    public override int Marketplace => 5;

    public override string Name => "Custom";

    public override string DisplayName => "custom CSV template";

    public override string ShortName => "template";

    public override int[] Formats { get; } = { FeedFormats.Csv };

    public override AttributeSpec[] Attributes { get; } = Array.Empty<AttributeSpec>();

    public override string EnumText(int attribute, string memberName) => memberName;

    /// <summary>"shopee-basic" -> "ShopeeBasic": letters and digits kept, each run of other characters starts a new word.</summary>
    public static string ClassName(string template)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in template)
        {
            if (char.IsLetterOrDigit(c))
            {
                name.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return name.ToString();
    }

    /// <summary>The <c>CustomCsv</c> target: one template target per template name, columns in order.</summary>
    public static FeedTargetModel BuildTarget(INamedTypeSymbol type, string className, AttributeData feedAttribute, KnownTypeSymbols known, List<FeedProblem>? problems, CancellationToken cancellationToken)
    {
        var columns = ReadColumns(type, known, cancellationToken);
        if (columns.Count == 0)
        {
            problems?.Add(new(TemplateDiagnostics.TemplateNotEnabled, type, feedAttribute,
                new object[] { type.Name, "has [MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)] but no member with [FeedColumn(template, header)], so 'CustomCsv' has no templates" }));
        }

        // Templates in the order their names first appear; columns sorted by Order, then as declared.
        var names = new List<string>();
        var byName = new Dictionary<string, List<Column>>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!byName.TryGetValue(column.Template, out var list))
            {
                byName[column.Template] = list = new List<Column>();
                names.Add(column.Template);
            }

            list.Add(column);
        }

        var templates = new List<FeedTargetModel>();
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var template in names)
        {
            var list = byName[template];
            var first = list[0];
            var name = ClassName(template);
            string? why = null;
            if (name.Length == 0)
            {
                why = "it has no letter or digit";
            }
            else if (!Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(name))
            {
                why = "it normalises to '" + name + "', which is not a C# identifier" + (char.IsDigit(name[0]) ? " (it starts with a digit)" : string.Empty);
            }
            else if (Array.IndexOf(Reserved, name) >= 0)
            {
                why = "it normalises to '" + name + "', which the generated 'CustomCsv' class already uses";
            }
            else if (classes.TryGetValue(name, out var other))
            {
                why = "it normalises to '" + name + "', as template '" + other + "' does";
            }

            if (why is not null)
            {
                problems?.Add(new(TemplateDiagnostics.BadTemplateName, first.Member, first.Attribute, new object[] { template, why }));
                continue;
            }

            classes[name] = template;
            list.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Position.CompareTo(b.Position));
            var fields = new List<TargetField>();
            var headers = new HashSet<string>(StringComparer.Ordinal);
            var members = new HashSet<string>(StringComparer.Ordinal);
            var valid = true;
            foreach (var column in list)
            {
                string? bad = null;
                if (string.IsNullOrWhiteSpace(column.Header))
                {
                    bad = "the header is empty";
                }
                else if (!headers.Add(column.Header!))
                {
                    bad = "another column of the template has the same header";
                }
                else if (!members.Add(column.Member.Name))
                {
                    bad = "the member already has a column in this template (one [FeedColumn] per template)";
                }

                if (bad is not null)
                {
                    problems?.Add(new(TemplateDiagnostics.BadColumn, column.Member, column.Attribute, new object[] { template, column.Header ?? string.Empty, column.Member.Name, bad }));
                    valid = false;
                    continue;
                }

                if (Field(column, fields.Count, known, out var unsupported) is { } field)
                {
                    fields.Add(field);
                    if (column.IsPrice && field.Value.Kind != ValueKind.Money)
                    {
                        problems?.Add(new(TemplateDiagnostics.OptionHasNoEffect, column.Member, column.Attribute,
                            new object[] { template, column.Header!, column.Member.Name, "IsPrice", "only Money values (Money, Money? or a list of them) are checked as prices; use Money for a price column" }));
                    }

                    if (column.Required && !field.Value.IsCollection && field.Value.MemberNull == NullKind.None && field.Value.Kind is ValueKind.Number or ValueKind.Bool or ValueKind.Enum)
                    {
                        problems?.Add(new(TemplateDiagnostics.OptionHasNoEffect, column.Member, column.Attribute,
                            new object[] { template, column.Header!, column.Member.Name, "Required", "a member of type " + field.Value.ValueType.Replace("global::", string.Empty) + " always has a value (0, false and an enum's first member are values); make the member nullable if a row can leave the cell empty" }));
                    }
                }
                else
                {
                    problems?.Add(new(TemplateDiagnostics.UnsupportedColumnMember, column.Member, column.Attribute,
                        new object[] { column.Member.Name, column.Type.ToDisplayString(), column.Header!, template, unsupported }));
                    valid = false;
                }
            }

            if (valid)
            {
                templates.Add(new FeedTargetModel(Instance.Marketplace, FeedFormats.Csv, name, true, template, Instance.ShortName, "int", string.Empty,
                    new EquatableArray<TargetField>(fields.ToArray())));
            }
        }

        return new FeedTargetModel(Instance.Marketplace, FeedFormats.Csv, className, true, Instance.DisplayName, Instance.ShortName, "int", string.Empty, EquatableArray<TargetField>.Empty)
        {
            Templates = new EquatableArray<FeedTargetModel>(templates.ToArray()),
        };
    }

    /// <summary>The first member with a <c>[FeedColumn]</c>, for IKMG016 on a type without the Custom CSV target.</summary>
    public static ISymbol? FirstColumnMember(INamedTypeSymbol type, KnownTypeSymbols known)
    {
        if (known.FeedColumnAttribute is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol)
            {
                foreach (var data in member.GetAttributes())
                {
                    if (KnownTypeSymbols.Is(data.AttributeClass, known.FeedColumnAttribute))
                    {
                        return member;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>One [FeedColumn] on one member, with the member's place in declaration order (base type first).</summary>
    private readonly record struct Column(ISymbol Member, ITypeSymbol Type, bool Readable, AttributeData Attribute, string Template, string? Header, int Order, int Position)
    {
        /// <summary><c>Required = true</c>: a row without a value in this column is skipped (IKM491, IKM020).</summary>
        public bool Required { get; init; }

        /// <summary><c>IsPrice = true</c>: Money must be above zero (IKM408).</summary>
        public bool IsPrice { get; init; }
    }

    private static List<Column> ReadColumns(INamedTypeSymbol type, KnownTypeSymbols known, CancellationToken cancellationToken)
    {
        var columns = new List<Column>();
        if (known.FeedColumnAttribute is null)
        {
            return columns;
        }

        // Base types first, in declaration order; a member overridden or hidden is read from the most derived type.
        var chain = new List<INamedTypeSymbol>();
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object && t.SpecialType != SpecialType.System_ValueType; t = t.BaseType)
        {
            chain.Insert(0, t);
        }

        var mostDerived = new Dictionary<string, ISymbol>(StringComparer.Ordinal);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var member in chain[i].GetMembers())
            {
                if (!member.IsStatic && !member.IsImplicitlyDeclared && member is IPropertySymbol { IsIndexer: false } or IFieldSymbol && !mostDerived.ContainsKey(member.Name))
                {
                    mostDerived[member.Name] = member;
                }
            }
        }

        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in chain)
        {
            foreach (var declared in t.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!mostDerived.TryGetValue(declared.Name, out var member) || !done.Add(declared.Name))
                {
                    continue;
                }

                ITypeSymbol memberType;
                bool readable;
                if (member is IPropertySymbol property)
                {
                    memberType = property.Type;
                    readable = FeedModelBuilder.IsReadable(property.DeclaredAccessibility) && property.GetMethod is { } getter && FeedModelBuilder.IsReadable(getter.DeclaredAccessibility);
                }
                else
                {
                    var field = (IFieldSymbol)member;
                    memberType = field.Type;
                    readable = FeedModelBuilder.IsReadable(field.DeclaredAccessibility);
                }

                foreach (var data in member.GetAttributes())
                {
                    if (!KnownTypeSymbols.Is(data.AttributeClass, known.FeedColumnAttribute) || data.ConstructorArguments.Length != 2)
                    {
                        continue;
                    }

                    var template = data.ConstructorArguments[0].Value as string ?? string.Empty;
                    var header = data.ConstructorArguments[1].Value as string;
                    var order = 0;
                    var required = false;
                    var isPrice = false;
                    foreach (var named in data.NamedArguments)
                    {
                        if (named.Key == FeedColumnOrder && named.Value.Value is int value)
                        {
                            order = value;
                        }
                        else if (named.Key == FeedColumnRequired && named.Value.Value is bool r)
                        {
                            required = r;
                        }
                        else if (named.Key == FeedColumnIsPrice && named.Value.Value is bool p)
                        {
                            isPrice = p;
                        }
                    }

                    columns.Add(new Column(member, memberType, readable, data, template, header, order, columns.Count) { Required = required, IsPrice = isPrice });
                }
            }
        }

        return columns;
    }

    /// <summary>The column as a target field, or null with the reason its member cannot be written.</summary>
    private static TargetField? Field(Column column, int index, KnownTypeSymbols known, out string why)
    {
        why = string.Empty;
        if (!column.Readable)
        {
            why = "the generated writer cannot read it; give it a public or internal getter";
            return null;
        }

        var type = column.Type;
        var (kind, memberNull, valueType, format, plain) = FeedModelBuilder.ClassifyScalar(type, known);
        var isCollection = false;
        var elementNull = NullKind.None;
        ITypeSymbol scalar = FeedModelBuilder.Unwrap(type);
        if (kind == ValueKind.Unsupported && FeedModelBuilder.ElementType(type) is { } element)
        {
            isCollection = true;
            memberNull = NullKind.Reference;
            scalar = FeedModelBuilder.Unwrap(element);
            (kind, elementNull, valueType, format, plain) = FeedModelBuilder.ClassifyScalar(element, known);
        }

        if (kind == ValueKind.Dimensions)
        {
            why = "a Dimensions value has three sides; give each side its own member (LengthCm, WidthCm, HeightCm)";
            return null;
        }

        if (kind == ValueKind.Unsupported)
        {
            why = "supported types are string, numbers, bool, enums, Uri, FeedUrl, DateOnly, DateTimeOffset, DateTime, Money, IUtf8SpanFormattable types, their nullable forms and lists of them";
            return null;
        }

        var members = EquatableArray<EnumMember>.Empty;
        var cases = EquatableArray<EnumCase>.Empty;
        if (kind == ValueKind.Enum)
        {
            var list = new List<EnumMember>();
            var caseList = new List<EnumCase>();
            var values = new HashSet<object>();
            foreach (var m in scalar.GetMembers())
            {
                if (m is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is { } constant && values.Add(constant))
                {
                    list.Add(new EnumMember(FeedModelBuilder.Identifier(field.Name), field.Name));
                    caseList.Add(new EnumCase(FeedModelBuilder.Identifier(field.Name), field.Name));
                }
            }

            members = new EquatableArray<EnumMember>(list.ToArray());
            cases = new EquatableArray<EnumCase>(caseList.ToArray());
        }

        // A FeedUrl is checked already: its text is written as a string, an empty one as an empty cell.
        var access = FeedModelBuilder.Identifier(column.Member.Name);
        if (kind == ValueKind.FeedUrl && !isCollection)
        {
            access += memberNull == NullKind.NullableValue ? "?.Text" : ".Text";
            (kind, memberNull, valueType) = (ValueKind.String, NullKind.Reference, "string");
        }

        // Fixed-point to six decimals, never exponent notation (1E-09), as the feeds' other numbers.
        if (kind == ValueKind.Number && format is null && valueType is "double" or "float")
        {
            format = "0.######";
        }

        // A value type whose default means "not set" (Money, Gtin, CraftMaterial, dates...) is read once
        // through FeedRules.SetOrNull, as the marketplace specs read it: an empty cell when optional,
        // the item skipped (IKM020) when the column is required.
        var notSet = !isCollection && memberNull != NullKind.Reference && kind is ValueKind.Money or ValueKind.Formattable;
        var nullableMember = memberNull == NullKind.NullableValue;
        if (notSet)
        {
            memberNull = NullKind.NullableValue;
        }

        // Read as a text attribute of no marketplace: no limits, no units; the header is the name. The
        // value rules are the feeds' (FeedRules), with the template's own reading of price, sign and enum.
        var value = new FeedFieldModel(FeedAttributes.Title, access, isCollection, kind, memberNull, elementNull, valueType, format, members)
        {
            Indexed = isCollection && FeedModelBuilder.IsIndexableInterface(type),
            AlwaysPlain = plain,
            IsGtin = KnownTypeSymbols.Is(scalar, known.Gtin),
            ReadsPlainly = FeedModelBuilder.ReadsPlainly(column.Member) && (!isCollection || type.IsReferenceType),
            DefaultableList = isCollection && FeedModelBuilder.IsImmutableArray(type),
        };
        return new TargetField(value, column.Header!, column.Required, kind == ValueKind.FeedUrl ? "MaxValue" : null, isCollection ? RepeatMode.Comma : RepeatMode.None, null, cases)
        {
            Helper = "Column" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Text",
            NotSetLocal = notSet,
            NullableMember = nullableMember,
            MoneyCheck = column.IsPrice ? "CheckPrice" : "CheckAmount",
            SignedNumbers = true,
            EnumChecked = true,
        };
    }
}
