using System.Text;

namespace IkmDomain.Generators;

/// <summary>
/// Tab-separated values: a header row of the spec's attribute names, then one row per item. A cell
/// holding a tab, CR, LF or quote is quoted with inner quotes doubled (Google answer/14998273);
/// list values are joined with commas (URLs get <c>%2C</c> for their own commas) or slashes.
/// </summary>
internal sealed class TsvEmitter : FormatEmitter
{
    public static readonly TsvEmitter Instance = new();

    public override string Description => "tab-separated (TSV)";

    public override void EmitHeader(CodeWriter w, FeedTargetModel target)
    {
        var header = new StringBuilder();
        for (var i = 0; i < target.Fields.Count; i++)
        {
            header.Append(i == 0 ? string.Empty : "\\t").Append(target.Fields[i].Name);
        }

        w.Line("writer.WriteRaw(\"" + header + "\\n\"u8);");
    }

    public override void EmitFooter(CodeWriter w, FeedTargetModel target) => w.Line("// TSV has no footer.");

    public override void EmitItemStart(CodeWriter w, FeedTargetModel target)
    {
    }

    public override void EmitItemEnd(CodeWriter w, FeedTargetModel target) => w.Line("writer.WriteByte((byte)'\\n');");

    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        if (index > 0)
        {
            w.Line("writer.WriteByte((byte)'\\t');");
        }

        var value = field.Value;

        // Checked http(s) URLs are written in their escaped absolute form: no tab, CR, LF or quote can occur.
        var checkedUrl = field.Type == AttributeType.Url && value.Kind is ValueKind.Uri or ValueKind.FeedUrl;
        var needsCellCheck = !checkedUrl && !value.AlwaysPlain;
        w.Line("// " + field.Name);
        w.Open();
        if (!value.IsCollection && value.Kind == ValueKind.String)
        {
            // One pass: copied, checked and quoted if need be (null writes an empty cell).
            w.Line("writer.WriteTsvText(item." + value.Member + ");");
            w.Close();
            return;
        }

        if (needsCellCheck)
        {
            w.Line("var start = writer.WrittenCount;");
        }

        if (value.IsCollection)
        {
            w.Line("if (item." + value.Member + " is { } list)");
            w.Open();
            w.Line("var first = true;");
            FeedEmitter.EmitElementLoop(w, value);
            w.Line("if (!first)");
            w.Open();
            w.Line("writer.WriteByte((byte)'" + (field.Repeat == RepeatMode.Slash ? "/" : ",") + "');");
            w.Close();
            w.Line("first = false;");
            FeedEmitter.EmitTextValue(w, target, field, inList: true, xml: false);
            w.Close();
            w.Close();
        }
        else
        {
            FeedEmitter.EmitScalar(w, value, () => FeedEmitter.EmitTextValue(w, target, field, inList: false, xml: false));
        }

        if (needsCellCheck)
        {
            w.Line("writer.EndTsvCell(start);");
        }

        w.Close();
    }
}
