using System;

namespace IkmDomain.Generators;

/// <summary>
/// A marketplace whose feed is a sequence of API request bodies (TikTok Shop, Shopee): its spec lays
/// out the body itself, and its platform ids come from the caller's options
/// (<c>FeedWriterOptions.MarketplaceOptions</c>, a generic <c>&lt;Marketplace&gt;WriterOptions&lt;T&gt;</c>
/// with one callback per id), read once per item in <c>WriteItem</c>.
/// </summary>
internal abstract class ApiBodySpec : MarketplaceSpec
{
    public override int[] Formats { get; } = { FeedFormats.Json, FeedFormats.JsonLines };

    /// <summary>The options class, without its type argument: <c>TikTokShopWriterOptions</c>.</summary>
    public abstract string OptionsType { get; }

    /// <summary>The error code of a platform id the caller did not supply (IKM455, IKM462).</summary>
    public abstract string MissingIdCode { get; }

    /// <summary>The attribute a missing options object is reported against (<c>category_id</c>).</summary>
    public virtual string FirstIdName => "category_id";

    public override FormatEmitter Emitter(int format) => format == FeedFormats.JsonLines ? ApiBodyEmitter.JsonLines : ApiBodyEmitter.Json;

    /// <summary>Emits reading and checking the platform ids into locals (after <c>options</c> is declared).</summary>
    public abstract void EmitIds(ApiBody body);

    /// <summary>Emits the body object, braces included; every check has run, so only writes (and their own checks) remain.</summary>
    public abstract void EmitBody(ApiBody body);

    /// <summary>API bodies take values of one shape per attribute; anything else is left out with IKMG008.</summary>
    public override string? Unsupported(int attribute, FeedFieldModel field)
    {
        if (field.IsCollection)
        {
            return "a list is not taken here";
        }

        switch (FeedAttributes.All[attribute].Type)
        {
            case AttributeType.Price:
                return field.Kind == ValueKind.Money ? null : "use Money: the amount and its currency are separate values in the body";
            case AttributeType.Weight:
                return field.Kind == ValueKind.Number || field.IsWeight ? null : "use a number of kilograms or Weight";
            case AttributeType.Length:
                return field.Kind is ValueKind.Number or ValueKind.Dimensions ? null : "use a number of centimetres or Dimensions";
            case AttributeType.Enumerated:
                return field.Kind == ValueKind.Enum ? null : "use an enum, so the value is checked against the marketplace's values";
            case AttributeType.Count:
                return null;
            default:
                return field.Kind == ValueKind.String ? null : "use string";
        }
    }
}

/// <summary>
/// API request bodies as a feed: a JSON array of bodies (<c>[</c>, one body per line separated by
/// commas, <c>]</c>) or JSON Lines (one body per line, each ended by <c>\n</c>, no brackets). The
/// item's platform ids are read first (an item without one is skipped), then the generic field
/// checks run, then <see cref="ApiBodySpec.EmitBody"/> writes the body.
/// </summary>
internal sealed class ApiBodyEmitter : FormatEmitter
{
    public static readonly ApiBodyEmitter Json = new(lines: false);
    public static readonly ApiBodyEmitter JsonLines = new(lines: true);

    private readonly bool _lines;

    private ApiBodyEmitter(bool lines) => _lines = lines;

    public override string Description => _lines ? "JSON Lines (one request body per line)" : "JSON (an array of request bodies)";

    public override void EmitHeader(CodeWriter w, FeedTargetModel target)
    {
        if (!_lines)
        {
            w.Line("writer.WriteJsonArrayStart();");
        }
    }

    public override void EmitFooter(CodeWriter w, FeedTargetModel target)
    {
        if (!_lines)
        {
            w.Line("writer.WriteJsonArrayEnd();");
        }
    }

    public override void EmitItemStart(CodeWriter w, FeedTargetModel target) => throw new InvalidOperationException("API bodies start items with the item type");

    public override void EmitItemStart(CodeWriter w, FeedTypeModel model, FeedTargetModel target)
    {
        var spec = Spec(target);
        var options = Feeds + spec.OptionsType + "<" + model.FullyQualifiedName + ">";
        w.Line("// Platform ids from the caller (FeedWriterOptions.MarketplaceOptions), never invented.");
        w.Line("if (writer.Options.MarketplaceOptions is not " + options + " options)");
        w.Open();
        w.Line("return " + Feeds + "FeedRules.MarketplaceOptionsMissing(\"" + spec.FirstIdName + "\", \"" + spec.OptionsType + "<" + model.Name + ">\", \"" + spec.MissingIdCode + "\");");
        w.Close();
        spec.EmitIds(new ApiBody(w, target, spec));
    }

    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        // Written by the spec's body, after every field's check.
    }

    public override void EmitItemEnd(CodeWriter w, FeedTargetModel target)
    {
        if (!_lines)
        {
            w.Line("writer.WriteJsonArrayItemStart();");
        }

        Spec(target).EmitBody(new ApiBody(w, target, Spec(target)));
        if (_lines)
        {
            w.Line("writer.WriteByte((byte)'\\n');");
        }
        else
        {
            w.Line("writer.EndJsonArrayItem();");
        }
    }

    private static ApiBodySpec Spec(FeedTargetModel target) =>
        MarketplaceSpecs.Get(target.Marketplace) as ApiBodySpec ?? throw new InvalidOperationException("not an API body marketplace");
}

/// <summary>What a spec's body code is written with: the writer, the target's fields and small emit helpers.</summary>
internal sealed class ApiBody
{
    private const string Feeds = "global::IkmDomain.Feeds.";

    public ApiBody(CodeWriter w, FeedTargetModel target, ApiBodySpec spec)
    {
        W = w;
        Target = target;
        Spec = spec;
    }

    public CodeWriter W { get; }

    public FeedTargetModel Target { get; }

    public ApiBodySpec Spec { get; }

    /// <summary>The field written as <paramref name="attribute"/>, or null when the type has none.</summary>
    public TargetField? Field(int attribute, out int index)
    {
        for (index = 0; index < Target.Fields.Count; index++)
        {
            if (Target.Fields[index].Value.Attribute == attribute)
            {
                return Target.Fields[index];
            }
        }

        index = -1;
        return null;
    }

    /// <summary>Writes ASCII JSON text as a UTF-8 literal.</summary>
    public void Raw(string json) => W.Line("writer.WriteRaw(" + Utf8(json) + ");");

    /// <summary>Returns the problem when the condition holds.</summary>
    public void Fail(string condition, string problem)
    {
        W.Line("if (" + condition + ")");
        W.Open();
        W.Line("return " + problem + ";");
        W.Close();
    }

    /// <summary>A platform id's problem: <c>FeedRules.PlatformIdMissing(name, "TikTokShopWriterOptions.CategoryId", code)</c>.</summary>
    public string Missing(string name, string callback) =>
        Feeds + "FeedRules.PlatformIdMissing(\"" + name + "\", \"" + Spec.OptionsType + "." + callback + "\", \"" + Spec.MissingIdCode + "\")";

    /// <summary>
    /// Writes the field of <paramref name="attribute"/> when the type has one and the item a value:
    /// <paramref name="write"/> runs in its own block with <c>v</c> declared (empty strings count as absent).
    /// </summary>
    public void Present(int attribute, Action<TargetField> write)
    {
        if (Field(attribute, out var index) is not { } field)
        {
            return;
        }

        W.Open();
        var nullable = field.Value.MemberNull != NullKind.None;
        W.Line(nullable ? "if (" + field.Access(index) + " is { } v)" : "var v = " + field.Access(index) + ";");
        if (nullable)
        {
            W.Open();
        }

        var text = field.Value.Kind == ValueKind.String;
        if (text)
        {
            W.Line("if (v.Length != 0)");
            W.Open();
        }

        write(field);
        if (text)
        {
            W.Close();
        }

        if (nullable)
        {
            W.Close();
        }

        W.Close();
    }

    /// <summary>Writes <c>v</c>, a string or enum field's value, as a JSON string.</summary>
    public void String(TargetField field)
    {
        if (field.Value.Kind == ValueKind.Enum)
        {
            W.Line("writer.WriteByte((byte)'\"');");
            W.Line("writer.WriteRaw(" + field.EnumHelper + "(v));");
            W.Line("writer.WriteByte((byte)'\"');");
        }
        else
        {
            W.Line("writer.WriteJsonString(v);");
        }
    }

    /// <summary>
    /// Checks <c>v</c>, a weight (a number of kilograms or a Weight), is finite and above zero, and writes
    /// it in kilograms as a JSON number or, when <paramref name="quoted"/>, a JSON string.
    /// </summary>
    public void Kilograms(TargetField field, bool quoted)
    {
        var name = "\"" + field.Name + "\"";
        var method = quoted ? "writer.WriteJsonFormattedString" : "writer.WriteFormatted";
        if (field.Value.IsWeight)
        {
            Fail("v.Grams <= 0", Feeds + "FeedRules.NotPositive(" + name + ")");
            W.Line(method + "(v.Kilograms, \"0.###\");");
            return;
        }

        if (field.Value.IsFloatingPoint)
        {
            Fail("!double.IsFinite(v)", Feeds + "FeedRules.NotFinite(" + name + ")");
        }

        Fail("!(v > 0)", Feeds + "FeedRules.NotPositive(" + name + ")");
        W.Line(method + "(v, " + (field.Value.Format is { } format ? "\"" + format + "\"" : "default") + ");");
    }

    /// <summary>
    /// Writes the package's three sides as the object <paramref name="objectName"/> with properties
    /// <paramref name="properties"/>, when the item has them: all three or none (a type with one
    /// <c>Dimensions</c> member has all three or none by construction), each a whole, non-negative
    /// number of centimetres (else <paramref name="code"/>). Sides are JSON strings when
    /// <paramref name="quoted"/>; <paramref name="suffix"/> is JSON text written before the closing brace.
    /// </summary>
    public void Dimensions(string objectName, string[] properties, bool quoted, string suffix, string code)
    {
        var attributes = new[] { FeedAttributes.ShippingLength, FeedAttributes.ShippingWidth, FeedAttributes.ShippingHeight };
        var fields = new TargetField?[3];
        var indexes = new int[3];
        var mapped = 0;
        for (var i = 0; i < 3; i++)
        {
            fields[i] = Field(attributes[i], out indexes[i]);
            mapped += fields[i] is null ? 0 : 1;
        }

        if (mapped == 0)
        {
            return;
        }

        var method = quoted ? "writer.WriteJsonFormattedString" : "writer.WriteFormatted";
        var sides = new string[3];
        W.Open();
        if (fields[0] is { Value.Kind: ValueKind.Dimensions } dimensions)
        {
            // One Dimensions member: its three sides, present together.
            var nullable = dimensions.Value.MemberNull != NullKind.None;
            W.Line(nullable ? "if (" + dimensions.Access(indexes[0]) + " is { } d)" : "var d = " + dimensions.Access(indexes[0]) + ";");
            W.Open();
            sides[0] = "d.LengthCm";
            sides[1] = "d.WidthCm";
            sides[2] = "d.HeightCm";
        }
        else
        {
            // Three members (some may be missing from the type): all three or none.
            var present = new string[3];
            for (var i = 0; i < 3; i++)
            {
                if (fields[i] is not { } side)
                {
                    present[i] = "false";
                    sides[i] = "0";
                    continue;
                }

                var local = "side" + FeedEmitter.Invariant(i);
                var nullable = side.Value.MemberNull != NullKind.None;
                W.Line("var " + local + " = " + side.Access(indexes[i]) + ";");
                present[i] = nullable ? local + " is not null" : "true";
                var cast = side.Value.ValueType is "double" or "float" ? "(double)" : side.Value.ValueType is "decimal" or "ulong" ? "(decimal)" : "(long)";
                sides[i] = cast + (nullable ? local + ".GetValueOrDefault()" : local);
            }

            W.Line("var sides = (" + present[0] + " ? 1 : 0) + (" + present[1] + " ? 1 : 0) + (" + present[2] + " ? 1 : 0);");
            Fail("sides is 1 or 2", Feeds + "FeedRules.DimensionsIncomplete(\"" + objectName + "\")");
            W.Line("if (sides == 3)");
            W.Open();
        }

        for (var i = 0; i < 3; i++)
        {
            var name = fields[i]?.Name ?? objectName;
            Fail("!" + Feeds + "FeedRules.IsWholeCentimetres(" + sides[i] + ")", Feeds + "FeedRules.NotWholeCentimetres(\"" + name + "\", \"" + code + "\")");
        }

        for (var i = 0; i < 3; i++)
        {
            Raw((i == 0 ? ",\"" + objectName + "\":{" : ",") + "\"" + properties[i] + "\":");
            W.Line(method + "(" + sides[i] + ", \"0\");");
        }

        if (suffix.Length > 0)
        {
            Raw(suffix);
        }

        W.Line("writer.WriteByte((byte)'}');");
        W.Close();
        W.Close();
    }

    /// <summary>Checks <c>v</c>, an integer stock quantity, is 0 to <paramref name="max"/> (a MarketplaceLimits constant or null for no top) and writes it as a JSON number.</summary>
    public void Quantity(TargetField field, string? max)
    {
        W.Line("var quantity = (long)v;");
        Fail("quantity < 0" + (max is null ? string.Empty : " || quantity > " + FeedEmitter.Limit(Target, max)),
            max is null
                ? Feeds + "FeedRules.NegativeQuantity(\"" + field.Name + "\")"
                : Feeds + "FeedRules.QuantityOutOfRange(\"" + field.Name + "\", " + FeedEmitter.Limit(Target, max) + ")");
        W.Line("writer.WriteFormatted(quantity, default);");
    }

    /// <summary>A C# UTF-8 literal of ASCII JSON text.</summary>
    public static string Utf8(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"u8";
}
