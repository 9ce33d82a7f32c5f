using System.Text;

namespace IkmDomain.Generators;

/// <summary>
/// Delimited text: a header row of the spec's attribute names, then one row per item; a cell holding
/// the format's special characters is quoted with inner quotes doubled. List values are joined with
/// commas (URLs get <c>%2C</c> for their own commas) or slashes. <see cref="TsvEmitter"/> and
/// <see cref="CsvEmitter"/> differ only in the separator and which cells they quote.
/// </summary>
internal abstract class DelimitedEmitter : FormatEmitter
{
    /// <summary>The separator as a C# char literal body: <c>\t</c> or <c>,</c>.</summary>
    protected abstract string Separator { get; }

    /// <summary>The FeedBufferWriter method that writes a whole text cell: WriteTsvText.</summary>
    protected abstract string TextCell { get; }

    /// <summary>The FeedBufferWriter method that finishes a cell written unescaped: EndTsvCell.</summary>
    protected abstract string EndCell { get; }

    public override void EmitHeader(CodeWriter w, FeedTargetModel target)
    {
        var header = new StringBuilder();
        for (var i = 0; i < target.Fields.Count; i++)
        {
            header.Append(i == 0 ? string.Empty : Separator).Append(target.Fields[i].Name);
        }

        w.Line("writer.WriteRaw(\"" + header + "\\n\"u8);");
    }

    public override void EmitFooter(CodeWriter w, FeedTargetModel target) => w.Line("// No footer.");

    public override void EmitItemStart(CodeWriter w, FeedTargetModel target)
    {
    }

    public override void EmitItemEnd(CodeWriter w, FeedTargetModel target) => w.Line("writer.WriteByte((byte)'\\n');");

    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        if (index > 0)
        {
            w.Line("writer.WriteByte((byte)'" + Separator + "');");
        }

        var value = field.Value;
        if (ChecksTextAsWritten(field))
        {
            // Checked and written in one pass (FeedBufferWriter.WriteCheckedCsvText, WriteCheckedTsvText):
            // the problems of FeedRules.HasText and CheckText, and the formula note.
            var text = "textProblem" + FeedEmitter.Invariant(index);
            var limit = field.MaxLength is { } max
                ? FeedEmitter.Limit(target, max) + ", " + FeedEmitter.Quote(MarketplaceSpecs.Of(target).LengthCode(field.Value.Attribute))
                : "-1, null";
            w.Line("// " + field.Name);
            w.Line("if (writer." + CheckedTextCell + "(" + field.Access(index) + ", " + FeedEmitter.Quote(field.Name) + ", " + limit + ", " + (field.Required ? "true" : "false") + ") is { IsProblem: true } " + text + ")");
            w.Open();
            w.Line("return " + text + ";");
            w.Close();
            return;
        }

        // Checked http(s) URLs are written in their escaped absolute form: no separator, space, CR, LF or quote can occur.
        var checkedUrl = field.Type == AttributeType.Url && value.Kind is ValueKind.Uri or ValueKind.FeedUrl;
        var needsCellCheck = (!checkedUrl && (!value.AlwaysPlain || QuotesSpaces)) || (value.IsCollection && UsesCommaInLists(field));
        w.Line("// " + OneLine(field.Name)); // A template header may hold a line break.
        w.Open();
        if (!value.IsCollection && value.Kind == ValueKind.String)
        {
            if (NotesFormulaCells)
            {
                // Reported, not changed (OWASP CSV Injection): the marketplace reads the value as data.
                w.Line("writer.NoteFormulaCell(" + field.Access(index) + ", \"" + field.Name + "\");");
            }

            // One pass: copied, checked and quoted if need be (null writes an empty cell).
            w.Line("writer." + TextCell + "(" + field.Access(index) + CellArguments(field) + ");");
            w.Close();
            return;
        }

        if (needsCellCheck)
        {
            w.Line(StartCell is { } startCell ? "var start = writer." + startCell + "();" : "var start = writer.WrittenCount;");
        }

        if (value.IsCollection)
        {
            w.Line("if (" + value.ListOf("item." + value.Member) + " is { } list)");
            w.Open();
            w.Line("var first = true;");
            FeedEmitter.EmitElementLoop(w, target, field);
            w.Line("if (!first)");
            w.Open();
            w.Line("writer.WriteByte((byte)'" + (field.Repeat == RepeatMode.Slash ? "/" : ",") + "');");
            w.Close();
            if (NotesFormulaCells && value.Kind == ValueKind.String)
            {
                // The first value starts the cell.
                w.Line("if (first)");
                w.Open();
                w.Line("writer.NoteFormulaCell(v, \"" + field.Name + "\");");
                w.Close();
            }

            w.Line("first = false;");
            FeedEmitter.EmitTextValue(w, target, field, inList: true, xml: false);
            w.Close();
            w.Close();
        }
        else
        {
            FeedEmitter.EmitScalar(w, field, index, () => FeedEmitter.EmitTextValue(w, target, field, inList: false, xml: false));
        }

        if (needsCellCheck)
        {
            w.Line("writer." + EndCellFor(field) + "(start" + CellArguments(field) + ");");
        }

        w.Close();
    }

    private static string OneLine(string text) =>
        text.Replace('\r', ' ').Replace('\n', ' ').Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');

    /// <summary>
    /// The FeedBufferWriter method that starts a cell written unescaped and returns its start, or null to
    /// take <c>WrittenCount</c> (then <see cref="EndCell"/> finishes it).
    /// </summary>
    protected virtual string? StartCell => null;

    public override bool JoinsListsWithCommas => true;

    /// <summary>
    /// The FeedBufferWriter method that checks and writes a whole text cell in one pass (machine feeds),
    /// or null when text is checked apart (<see cref="FeedEmitter"/>) and written with <see cref="TextCell"/>.
    /// </summary>
    protected virtual string? CheckedTextCell => null;

    /// <summary>A single text value that is not a link, in a format with a <see cref="CheckedTextCell"/>: checked as it is copied.</summary>
    public override bool ChecksTextAsWritten(TargetField field) =>
        CheckedTextCell is not null && !field.Value.IsCollection && field.Value.Kind == ValueKind.String && field.Type != AttributeType.Url;

    /// <summary>Whether string values that start like a formula are noted for the result (machine feeds) rather than changed.</summary>
    protected virtual bool NotesFormulaCells => true;

    /// <summary>The method that finishes a cell of <paramref name="field"/> written unescaped.</summary>
    protected virtual string EndCellFor(TargetField field) => EndCell;

    /// <summary>Further arguments of the cell methods, after the value or start (a leading comma), or empty.</summary>
    protected virtual string CellArguments(TargetField field) => string.Empty;

    /// <summary>Whether a space makes a cell quoted (Meta's CSV rule), so values such as "in stock" and "150000.00 IDR" need the check.</summary>
    protected virtual bool QuotesSpaces => false;

    /// <summary>Whether a comma makes a cell quoted, so comma-joined lists need the check.</summary>
    protected virtual bool UsesCommaInLists(TargetField field) => false;
}

/// <summary>Tab-separated values: a cell holding a tab, CR, LF or quote is quoted (Google answer/14998273).</summary>
internal sealed class TsvEmitter : DelimitedEmitter
{
    public static readonly TsvEmitter Instance = new();

    public override string Description => "tab-separated (TSV)";

    protected override string Separator => "\\t";

    protected override string TextCell => "WriteTsvText";

    protected override string? CheckedTextCell => "WriteCheckedTsvText";

    protected override string EndCell => "EndTsvCell";
}

/// <summary>
/// Comma-separated values (RFC 4180, as Meta reads it): a cell holding a comma, quote, CR, LF, tab or
/// space is quoted with inner quotes doubled ("a field containing whitespace or a comma is wrapped in
/// double quotes", Meta catalog reference).
/// </summary>
internal sealed class CsvEmitter : DelimitedEmitter
{
    public static readonly CsvEmitter Instance = new();

    public override string Description => "comma-separated (CSV)";

    protected override string Separator => ",";

    protected override string TextCell => "WriteCsvText";

    protected override string? CheckedTextCell => "WriteCheckedCsvText";

    protected override string EndCell => "EndQuotableCsvCell";

    // A byte kept for the opening quote: Meta quotes every cell with a space, so most checked cells
    // ("in stock", "150000.00 IDR", lists of links) are then closed where they stand, never moved.
    protected override string? StartCell => "StartQuotableCsvCell";

    protected override bool QuotesSpaces => true;

    protected override bool UsesCommaInLists(TargetField field) => field.Repeat == RepeatMode.Comma;

    /// <summary>
    /// Cells whose quoting is known now are written as they will stand, with no scan: an enumerated
    /// value's text (quoted here when it holds a space, as <c>"in stock"</c>), a price (the amount, a
    /// space and the code: always quoted), a weight or length (a number, a space and the unit: always quoted),
    /// and other numbers and GTINs (digits, sign, point, exponent, NaN, Infinity: never quoted).
    /// </summary>
    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        var value = field.Value;
        if (ChecksTextAsWritten(field))
        {
            base.EmitField(w, target, field, index);
            return;
        }

        var known = !value.IsCollection && (value.Kind is ValueKind.Enum or ValueKind.Money or ValueKind.Number || value.IsGtin || value.IsWeight);
        if (!known)
        {
            base.EmitField(w, target, field, index);
            return;
        }

        if (index > 0)
        {
            w.Line("writer.WriteByte((byte)',');");
        }

        // A number written as a measure gets " kg" or " cm" (FeedEmitter.EmitTextValue).
        var quoted = value.Kind == ValueKind.Money || value.IsWeight
            || (value.Kind == ValueKind.Number && field.Type is AttributeType.Weight or AttributeType.Length);
        w.Line("// " + field.Name);
        w.Open();
        FeedEmitter.EmitScalar(w, field, index, () =>
        {
            if (quoted)
            {
                w.Line("writer.WriteByte((byte)'\"');");
            }

            FeedEmitter.EmitTextValue(w, target, field, inList: false, xml: false);
            if (quoted)
            {
                w.Line("writer.WriteByte((byte)'\"');");
            }
        });
        w.Close();
    }

    /// <summary>An enumerated value's text as the cell holds it: quoted (inner quotes doubled) when it holds a comma, quote, space, tab, CR or LF.</summary>
    public override string EnumCell(string text) =>
        text.IndexOfAny(new[] { ',', '"', ' ', '\t', '\r', '\n' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
