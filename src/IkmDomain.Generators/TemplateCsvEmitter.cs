using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace IkmDomain.Generators;

/// <summary>
/// Custom CSV templates (<see cref="TemplateSpec"/>): <c>TFeeds.CustomCsv</c> with one nested class per
/// template, each with the usual Write overloads. The CSV is spreadsheet-bound: RFC 4180 quoting as
/// in Meta's CSV, and a leading <c>'</c> on a cell that starts like a formula (OWASP CSV Injection;
/// FEEDS.md §6.1), the header row included. A numeric member's cell that is a plain number keeps its minus.
/// </summary>
internal sealed class TemplateCsvEmitter : DelimitedEmitter
{
    public static readonly TemplateCsvEmitter Instance = new();

    private const string FeedsNamespace = "global::IkmDomain.Feeds.";

    public override string Description => "spreadsheet-bound comma-separated (CSV)";

    protected override string Separator => ",";

    protected override string TextCell => "WriteSpreadsheetCsvText";

    protected override string EndCell => "EndSpreadsheetCsvCell";

    protected override bool QuotesSpaces => true;

    protected override bool NotesFormulaCells => false;

    protected override bool UsesCommaInLists(TargetField field) => true;

    protected override string EndCellFor(TargetField field) =>
        field.Value.Kind == ValueKind.Number ? "EndSpreadsheetCsvNumberCell" : EndCell;

    protected override string CellArguments(TargetField field) => ", " + Literal(field.Name);

    /// <summary>
    /// A required list column must write at least one value: a list with no element the cell would
    /// take (only nulls or empty strings, or none) skips the item (IKM491) rather than leaving the
    /// cell empty. A null list is reported by the required check before this.
    /// </summary>
    public override void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index)
    {
        if (field.Required && field.Value.IsCollection)
        {
            w.Open();
            w.Line("var any = false;");
            w.Line("if (" + field.Value.ListOf("item." + field.Value.Member) + " is { } list)");
            w.Open();
            FeedEmitter.EmitElementLoop(w, target, field);
            w.Line("any = true;");
            w.Line("break;");
            w.Close();
            w.Close();
            w.Line("if (!any)");
            w.Open();
            w.Line("return " + FeedsNamespace + "FeedRules.Missing(" + FeedEmitter.Quote(field.Name) + ");");
            w.Close();
            w.Close();
        }

        base.EmitField(w, target, field, index);
    }

    /// <summary>The header row, escaped now as the writer would escape a text cell.</summary>
    public override void EmitHeader(CodeWriter w, FeedTargetModel target)
    {
        var row = new StringBuilder();
        for (var i = 0; i < target.Fields.Count; i++)
        {
            row.Append(i == 0 ? string.Empty : ",").Append(Cell(target.Fields[i].Name));
        }

        // A spreadsheet opens a CSV without a byte order mark in the system code page (Windows-1252 under
        // id-ID), so the BOM is on unless the caller turns it off (FeedWriterOptions.Utf8Bom).
        w.Line("if (options.Utf8Bom ?? true)");
        w.Open();
        w.Line("writer.WriteRaw(\"\\uFEFF\"u8);");
        w.Close();
        w.Line("writer.WriteRaw(" + Literal(row.Append('\n').ToString()) + "u8);");
    }

    /// <summary>The <c>CustomCsv</c> class: the target's constants and one writer class per template.</summary>
    public static void EmitTarget(CodeWriter w, FeedTypeModel model, FeedTargetModel target)
    {
        var t = model.FullyQualifiedName;
        w.Line("/// <summary>Custom CSV templates of <see cref=\"" + t + "\"/> from its <c>[FeedColumn]</c> members: one writer class per template, spreadsheet-bound CSV (UTF-8 with a byte order mark unless <see cref=\"" + FeedsNamespace + "FeedWriterOptions.Utf8Bom\"/> is false).</summary>");
        w.Line("public static partial class " + target.ClassName);
        w.Open();
        w.Line("/// <summary>The marketplace this writer targets.</summary>");
        w.Line("public const " + FeedsNamespace + "Marketplace Marketplace = (" + FeedsNamespace + "Marketplace)" + FeedEmitter.Invariant(target.Marketplace) + ";");
        w.Line();
        w.Line("/// <summary>The format this writer produces.</summary>");
        w.Line("public const " + FeedsNamespace + "FeedFormat Format = (" + FeedsNamespace + "FeedFormat)" + FeedEmitter.Invariant(target.Format) + ";");
        foreach (var template in target.Templates)
        {
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// Writes the <c>" + Xml(template.DisplayName) + "</c> template: a header row, then one row per item with columns " + Xml(HeaderList(template)) + ".");
            w.Line("/// A cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR or NUL is written with a leading <c>'</c> and reported in");
            w.Line("/// <see cref=\"" + FeedsNamespace + "FeedWriteResult.FormulaCells\"/> (IKM481); a numeric member's negative number is left as it is.");
            w.Line("/// </summary>");
            w.Line("public static partial class " + template.ClassName);
            w.Open();
            w.Line("/// <summary>The template's name as <c>[FeedColumn]</c> gives it.</summary>");
            w.Line("public const string TemplateName = " + Literal(template.DisplayName) + ";");
            FeedEmitter.EmitWriteMethods(w, t, template);
            w.Line();
            FeedEmitter.EmitFormatter(w, model, template, Instance);
            w.Close();
        }

        w.Close();
    }

    private static string HeaderList(FeedTargetModel template)
    {
        var list = new StringBuilder();
        foreach (var field in template.Fields)
        {
            list.Append(list.Length == 0 ? "\"" : ", \"").Append(field.Name).Append('"');
        }

        return list.Length == 0 ? "(none)" : list.ToString();
    }

    /// <summary>A header as a CSV cell: <c>'</c> before a formula start, quoted when it holds a comma, quote, space, tab, CR or LF.</summary>
    private static string Cell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0')
        {
            text = "'" + text;
        }

        return text.IndexOfAny(new[] { ',', '"', ' ', '\t', '\r', '\n' }) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    // XML doc text on one line: C# ends a comment at CR, LF, U+0085, U+2028 and U+2029.
    private static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace('\r', ' ').Replace('\n', ' ').Replace('\u0085', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ');
}
