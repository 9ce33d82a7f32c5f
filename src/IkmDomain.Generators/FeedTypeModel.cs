namespace IkmDomain.Generators;

/// <summary>One <c>[MarketplaceFeed]</c> on a type, as its enum values.</summary>
internal readonly record struct FeedTarget(int Marketplace, int Format);

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

/// <summary>An enum member: its identifier in C# and its name as declared (what specs map).</summary>
internal readonly record struct EnumMember(string Identifier, string Name);

/// <summary>An enum member and the text one marketplace writes for it ("" when it takes none).</summary>
internal readonly record struct EnumCase(string Member, string Text);

/// <summary>One member of the user's type read as one <c>FeedAttribute</c>: how to read and format it, whatever the marketplace.</summary>
internal sealed record FeedFieldModel(
    int Attribute,
    string Member,
    bool IsCollection,
    ValueKind Kind,
    NullKind MemberNull,
    NullKind ElementNull,
    string ValueType,
    string? Format,
    EquatableArray<EnumMember> EnumMembers)
{
    /// <summary>The list is an IReadOnlyList/IList interface: loop by index, not through a boxed enumerator.</summary>
    public bool Indexed { get; init; }

    /// <summary>
    /// The value's invariant text can never hold a tab, CR, LF, quote or comma: numbers, dates in the
    /// fixed formats the generator passes, and the library's own codes and measures. Cells skip the scan.
    /// </summary>
    public bool AlwaysPlain { get; init; }

    /// <summary>The value is an <c>IkmDomain.Crafts.Gtin</c>.</summary>
    public bool IsGtin { get; init; }

    /// <summary>
    /// The member is a field or an auto-implemented property (not virtual): reading it runs no code of
    /// the user's, so the generated <c>Prefetch</c> may read it ahead of the write.
    /// </summary>
    public bool ReadsPlainly { get; init; }

    /// <summary>
    /// The member is an <c>ImmutableArray&lt;T&gt;</c> (or one made nullable), whose default value holds no
    /// array and throws when enumerated: read as a list through <see cref="ListOf"/>.
    /// </summary>
    public bool DefaultableList { get; init; }

    /// <summary>The expression the writers test and enumerate for a list member read as <paramref name="access"/>: a default <c>ImmutableArray</c> reads as no list.</summary>
    /// <param name="access">The member access (<c>item.Images</c>).</param>
    /// <returns>The expression.</returns>
    public string ListOf(string access) => DefaultableList ? "global::IkmDomain.Feeds.FeedRules.NullIfDefault(" + access + ")" : access;

    /// <summary>The value is an <c>IkmDomain.Crafts.Weight</c> (written in kilograms by API bodies).</summary>
    public bool IsWeight { get; init; }

    /// <summary>The value is a <c>double</c> or <c>float</c>: NaN and infinity are checked where JSON cannot hold them.</summary>
    public bool IsFloatingPoint => Kind == ValueKind.Number && ValueType is "double" or "float";
}

/// <summary>
/// One field of one target: the member's value, and the attribute it is written as, named and
/// limited as the target's marketplace spec says.
/// </summary>
internal sealed record TargetField(
    FeedFieldModel Value,
    string Name,
    bool Required,
    string? MaxLength,
    RepeatMode Repeat,
    string? MaxCount,
    EquatableArray<EnumCase> Cases)
{
    /// <summary>The spec's further per-item rule (a FeedRules method name), or null.</summary>
    public string? Check { get; init; }

    /// <summary>A text value written as plain text (HTML stripped): read once into a local before its checks.</summary>
    public bool PlainText { get; init; }

    /// <summary>The member is a value type read through <c>FeedRules.SetOrNull</c> into a local (<c>set3</c>): "not set" reads as absent.</summary>
    public bool NotSetLocal { get; init; }

    /// <summary>The member itself is a nullable value type (null is "missing"; a default inside is "not set").</summary>
    public bool NullableMember { get; init; }

    /// <summary>The FeedRules method a Money value is checked with: <c>CheckPrice</c> (above zero, tender, minor units), or <c>CheckAmount</c> for a template column that is not a price (any sign).</summary>
    public string MoneyCheck { get; init; } = "CheckPrice";

    /// <summary>Numbers may be negative (template columns): a double or float is checked with <c>FeedRules.CheckSignedNumber</c>, not <c>CheckNumber</c>.</summary>
    public bool SignedNumbers { get; init; }

    /// <summary>An enum value with no text skips the item (IKM494) whatever the attribute's type (template columns; specs check enumerated attributes only).</summary>
    public bool EnumChecked { get; init; }

    /// <summary>JSON: the property a price's currency code is written as, or null.</summary>
    public string? CurrencyName { get; init; }

    /// <summary>JSON: the nested object the field is a property of (<c>offers</c>), or null.</summary>
    public string? JsonObject { get; init; }

    /// <summary>JSON: the object's leading text after its brace (<c>"@type":"Offer"</c>).</summary>
    public string JsonObjectStart { get; init; } = string.Empty;

    /// <summary>The expression the checks and the write read: the member, or the local holding its plain text.</summary>
    public string Access(int index) => NotSetLocal ? "set" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : PlainText ? "text" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) : "item." + Value.Member;

    public AttributeType Type => FeedAttributes.All[Value.Attribute].Type;

    /// <summary>The generated helper that maps the enum to the marketplace's text: <c>AvailabilityText</c>.</summary>
    public string EnumHelper => Helper ?? FeedAttributes.All[Value.Attribute].Member + "Text";

    /// <summary>The enum helper's name when the attribute does not give one (custom template columns).</summary>
    public string? Helper { get; init; }
}

/// <summary>One writer class to generate: <c>TFeeds.&lt;Marketplace&gt;&lt;Format&gt;</c>.</summary>
internal sealed record FeedTargetModel(
    int Marketplace,
    int Format,
    string ClassName,
    bool Supported,
    string DisplayName,
    string ShortName,
    string LimitsType,
    string XmlPrefix,
    EquatableArray<TargetField> Fields)
{
    /// <summary>The marketplace drops items with shared ids: write through FeedWriter's unique-id path.</summary>
    public bool UniqueIds { get; init; }

    /// <summary>JSON: what each item object starts with (see <c>MarketplaceSpec.JsonItemStart</c>).</summary>
    public string JsonItemStart { get; init; } = "{";

    /// <summary>Custom CSV (<c>Marketplace.Custom</c>): one writer per <c>[FeedColumn]</c> template, nested in this class (see <see cref="TemplateSpec"/>).</summary>
    public EquatableArray<FeedTargetModel> Templates { get; init; }
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
    EquatableArray<FeedTargetModel> Targets,
    string? InternalError);
