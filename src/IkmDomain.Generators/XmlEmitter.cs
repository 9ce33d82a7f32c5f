namespace IkmDomain.Generators;

/// <summary>
/// RSS 2.0 XML (Google answer/160589): the channel from <c>RssChannel</c>, one <c>&lt;item&gt;</c> per
/// item holding one element per attribute in the spec's namespace prefix (<c>g:</c>). Repeated
/// attributes are repeated elements; slash-joined ones one element.
/// </summary>
internal sealed class XmlEmitter : FormatEmitter
{
    public static readonly XmlEmitter Instance = new();

    public override string Description => "RSS 2.0 XML";

    public override void EmitHeader(CodeWriter w, FeedTargetModel target) => w.Line(Feeds + "RssChannel.WriteStart(writer, options);");

    public override void EmitFooter(CodeWriter w, FeedTargetModel target) => w.Line(Feeds + "RssChannel.WriteEnd(writer);");

    public override void EmitItemStart(CodeWriter w, FeedTargetModel target) => w.Line("writer.WriteRaw(\"<item>\\n\"u8);");

    public override void EmitItemEnd(CodeWriter w, FeedTargetModel target) => w.Line("writer.WriteRaw(\"</item>\\n\"u8);");

    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        var value = field.Value;
        var element = target.XmlPrefix + field.Name;
        var open = "writer.WriteRaw(\"<" + element + ">\"u8);";
        var close = "writer.WriteRaw(\"</" + element + ">\\n\"u8);";
        w.Line("// " + field.Name);
        w.Open();
        if (value.IsCollection)
        {
            var joined = field.Repeat == RepeatMode.Slash;
            w.Line("if (" + value.ListOf("item." + value.Member) + " is { } list)");
            w.Open();
            if (joined)
            {
                w.Line("var first = true;");
            }

            FeedEmitter.EmitElementLoop(w, target, field);
            if (value.Kind == ValueKind.String)
            {
                // Each value is its own element; a joined one starts with its first value.
                w.Line(joined ? "if (first)" : "// Reported, not changed (OWASP CSV Injection).");
                w.Line((joined ? "    " : string.Empty) + "writer.NoteFormulaCell(v, \"" + field.Name + "\");");
            }

            if (joined)
            {
                w.Line("writer.WriteRaw(first ? \"<" + element + ">\"u8 : \"/\"u8);");
                w.Line("first = false;");
                FeedEmitter.EmitTextValue(w, target, field, inList: true, xml: true);
            }
            else
            {
                w.Line(open);
                FeedEmitter.EmitTextValue(w, target, field, inList: true, xml: true);
                w.Line(close);
            }

            w.Close();
            if (joined)
            {
                w.Line("if (!first)");
                w.Open();
                w.Line(close);
                w.Close();
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
                    w.Line("writer.NoteFormulaCell(v, \"" + field.Name + "\");");
                }

                w.Line(open);
                FeedEmitter.EmitTextValue(w, target, field, inList: false, xml: true);
                w.Line(close);
                if (value.Kind == ValueKind.String)
                {
                    w.Close();
                }
            });
        }

        w.Close();
    }
}
