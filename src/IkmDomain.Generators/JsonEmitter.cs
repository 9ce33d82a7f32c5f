namespace IkmDomain.Generators;

/// <summary>
/// A JSON array (RFC 8259) of one object per item: <c>[</c>, the items one per line separated by
/// commas, <c>]</c>. Each object starts with the spec's <c>JsonItemStart</c>; every property after it
/// is written with a leading comma. An attribute named <c>offers.price</c> is property <c>price</c>
/// of the nested object <c>offers</c>, opened before its first field and closed after its last
/// (inside the value's presence check when the object has one field, so an absent brand writes no
/// <c>brand</c>). Strings go through <c>WriteJsonString</c>, which escapes <c>&lt;</c>, <c>&gt;</c> and
/// <c>&amp;</c> so the output is safe inside an HTML script block.
/// </summary>
internal sealed class JsonEmitter : FormatEmitter
{
    public static readonly JsonEmitter Instance = new();

    public override string Description => "JSON";

    public override void EmitHeader(CodeWriter w, FeedTargetModel target) => w.Line("writer.WriteJsonArrayStart();");

    public override void EmitFooter(CodeWriter w, FeedTargetModel target) => w.Line("writer.WriteJsonArrayEnd();");

    public override void EmitItemStart(CodeWriter w, FeedTargetModel target)
    {
        w.Line("writer.WriteJsonArrayItemStart();");
        w.Line("writer.WriteRaw(" + Utf8(target.JsonItemStart) + ");");
    }

    public override void EmitItemEnd(CodeWriter w, FeedTargetModel target)
    {
        w.Line("writer.WriteByte((byte)'}');");
        w.Line("writer.EndJsonArrayItem();");
    }

    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        var value = field.Value;
        var group = field.JsonObject;
        var fields = target.Fields;
        var opens = group is not null && (index == 0 || fields[index - 1].JsonObject != group);
        var closes = group is not null && (index == fields.Count - 1 || fields[index + 1].JsonObject != group);
        var alone = opens && closes;
        var open = group is null ? null : "writer.WriteRaw(" + Utf8(",\"" + group + "\":{" + field.JsonObjectStart) + ");";
        var property = "writer.WriteRaw(" + Utf8((group is not null && field.JsonObjectStart.Length == 0 && opens ? string.Empty : ",") + "\"" + PropertyName(field.Name) + "\":") + ");";
        w.Line("// " + field.Name);
        if (opens && !alone)
        {
            w.Line(open!);
        }

        w.Open();
        if (value.IsCollection)
        {
            w.Line("if (" + value.ListOf("item." + value.Member) + " is { } list)");
            w.Open();
            if (alone)
            {
                w.Line(open!);
            }

            w.Line(property);
            w.Line("writer.WriteByte((byte)'[');");
            w.Line("var first = true;");
            FeedEmitter.EmitElementLoop(w, target, field);
            w.Line("if (!first)");
            w.Open();
            w.Line("writer.WriteByte((byte)',');");
            w.Close();
            w.Line("first = false;");
            EmitValue(w, target, field);
            w.Close();
            w.Line("writer.WriteByte((byte)']');");
            if (alone)
            {
                w.Line("writer.WriteByte((byte)'}');");
            }

            w.Close();
        }
        else
        {
            FeedEmitter.EmitScalar(w, field, index, () =>
            {
                if (value.Kind == ValueKind.String)
                {
                    w.Line("if (v.Length != 0)");
                    w.Open();
                }

                if (alone)
                {
                    w.Line(open!);
                }

                w.Line(property);
                EmitValue(w, target, field);
                if (value.Kind == ValueKind.Money && field.CurrencyName is { } currency)
                {
                    w.Line("writer.WriteRaw(" + Utf8(",\"" + currency + "\":") + ");");
                    w.Line("writer.WriteJsonCurrencyString(v);");
                }

                if (alone)
                {
                    w.Line("writer.WriteByte((byte)'}');");
                }

                if (value.Kind == ValueKind.String)
                {
                    w.Close();
                }
            });
        }

        w.Close();
        if (closes && !alone)
        {
            w.Line("writer.WriteByte((byte)'}');");
        }
    }

    /// <summary>Writes <c>v</c> as a JSON value.</summary>
    private static void EmitValue(CodeWriter w, FeedTargetModel target, TargetField field)
    {
        var value = field.Value;
        var format = value.Format is null ? "default" : "\"" + value.Format + "\"";
        var max = FeedEmitter.Limit(target, field.MaxLength ?? "MaxUrlLength");
        switch (value.Kind)
        {
            case ValueKind.String:
                w.Line("writer.WriteJsonString(v);");
                break;
            case ValueKind.Uri when field.Type == AttributeType.Url:
                EmitCheckedUrl(w, target, field, "TryWriteJsonHttpUrl", max);
                break;
            case ValueKind.Uri:
                w.Line("writer.WriteJsonString(v.IsAbsoluteUri ? v.AbsoluteUri : v.OriginalString);");
                break;
            case ValueKind.FeedUrl:
                EmitCheckedUrl(w, target, field, "TryWriteJsonFeedUrl", max);
                break;
            case ValueKind.Bool:
                w.Line("writer.WriteRaw(v ? \"true\"u8 : \"false\"u8);");
                break;
            case ValueKind.Enum:
                w.Line("writer.WriteByte((byte)'\"');");
                w.Line("writer.WriteRaw(" + field.EnumHelper + "(v));");
                w.Line("writer.WriteByte((byte)'\"');");
                break;
            case ValueKind.Money:
                w.Line("writer.WriteJsonAmountString(v);");
                break;
            case ValueKind.Dimensions:
                w.Line("writer.WriteFormatted(v." + value.Format + ", default);");
                break;
            case ValueKind.Number:
                w.Line("writer.WriteFormatted(v, " + format + ");");
                break;
            default:
                w.Line("writer.WriteJsonFormattedString(v, " + format + ");");
                break;
        }
    }

    private static void EmitCheckedUrl(CodeWriter w, FeedTargetModel target, TargetField field, string method, string max)
    {
        w.Line("if (!writer." + method + "(v, " + max + "))");
        w.Open();
        w.Line("return global::IkmDomain.Feeds.FeedRules.NotHttpUrl(\"" + field.Name + "\", " + max + ", " + FeedEmitter.Quote(MarketplaceSpecs.Of(target).LinkCode(field.Value.Attribute)) + ");");
        w.Close();
    }

    private static string PropertyName(string name) => name.Substring(name.IndexOf('.') + 1);

    /// <summary>A C# UTF-8 literal of ASCII JSON text: <c>"{\"@type\":\"Offer\""u8</c>.</summary>
    private static string Utf8(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"u8";
}
