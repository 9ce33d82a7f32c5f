using System;

namespace IkmDomain.Feeds;

/// <summary>
/// Puts a property or field in a custom CSV template: a spreadsheet laid out by header name, such as
/// the Shopee or Blibli mass-upload sheet a seller downloads, or a local tool's import sheet. Repeat it
/// once per template. The type needs <c>[MarketplaceFeed(Marketplace.Custom, FeedFormat.Csv)]</c>; the
/// generator then writes <c>TFeeds.CustomCsv.&lt;Template&gt;</c> with the usual <c>Write</c> and
/// <c>WriteAsync</c> overloads, one class per template name (<c>"shopee-basic"</c> becomes
/// <c>ShopeeBasic</c>: letters and digits kept, each run of other characters starting a new word).
/// </summary>
/// <remarks>
/// <para>Columns are in <see cref="Order"/>, then in declaration order (base type members first).</para>
/// <para>
/// Template CSV is meant for spreadsheets, so a text cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab, CR or NUL is written with a leading <c>'</c> (OWASP "CSV Injection"; ASVS 1.2.10),
/// and reported in <see cref="FeedWriteResult.FormulaCells"/>. A cell of a numeric member (integers,
/// <see cref="decimal"/>, <see cref="double"/>, <see cref="float"/>) whose text is a number, such as
/// <c>-5</c> or <c>-1.5E+20</c>, is left as it is, so negative numbers stay numbers.
/// </para>
/// <para>On a positional record write <c>[property: FeedColumn("shopee-basic", "Nama Produk")]</c>.</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
public sealed class FeedColumnAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="template">The template's name, for example <c>"shopee-basic"</c>; it names the generated class.</param>
    /// <param name="header">The column's header text exactly as the spreadsheet has it, for example <c>"Nama Produk"</c>.</param>
    public FeedColumnAttribute(string template, string header)
    {
        Template = template;
        Header = header;
    }

    /// <summary>The template's name.</summary>
    public string Template { get; }

    /// <summary>The column's header text.</summary>
    public string Header { get; }

    /// <summary>
    /// Where the column goes: columns are sorted by this number (default 0), columns with the same
    /// number in declaration order.
    /// </summary>
    public int Order { get; set; }
}
