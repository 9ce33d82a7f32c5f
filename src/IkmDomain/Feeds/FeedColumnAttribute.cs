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
/// <para>
/// Each value is checked as every feed checks it, and an item that breaks a rule is skipped with the
/// rule's code and written not at all (<see cref="FeedWriteResult.Skipped"/>): text with a lone
/// surrogate (IKM490); <see cref="Money"/> in a currency that is not tender (IKM492), with more
/// decimals than its currency's minor units (IKM130), or not above zero in an <see cref="IsPrice"/>
/// column (IKM408); a <see cref="double"/> or <see cref="float"/> that is NaN, infinite or rounds to
/// zero at six decimals (IKM495; they are written fixed-point to six decimals, never <c>1E-09</c>, and
/// may be negative); an enum value with no declared member (IKM494, also a <c>[Flags]</c> combination);
/// a <see cref="Required"/> column with no value (IKM491, IKM020).
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

    /// <summary>
    /// Whether every row must have a value in this column (default <see langword="false"/>). A template
    /// has no marketplace spec, so a column is optional unless marked: an optional column writes an
    /// empty cell for <see langword="null"/> and for a value type left at its "not set" default
    /// (<c>default(Money)</c>, <c>default(Gtin)</c>, <c>default(CraftMaterial)</c>, <c>default(DateOnly)</c>...:
    /// <see cref="FeedRules.SetOrNull{T}(T)"/>), and text as it is. A required column skips the item
    /// instead: IKM491 for null or blank text and for a list with nothing to write (null, empty, or only
    /// nulls and empty strings), IKM020 for a value left at its "not set" default. Non-nullable numbers,
    /// <see cref="bool"/> and enums always have a value, and the generator warns that it has no effect
    /// there (IKMG017).
    /// </summary>
    public bool Required { get; set; }

    /// <summary>
    /// Whether a <see cref="Money"/> column is a price (default <see langword="false"/>): a price must be
    /// greater than zero (IKM408; <see cref="FeedRules.CheckPrice(string, Money)"/>, as every marketplace
    /// feed checks it). Money in a column that is not a price (a cost, a discount, a balance) may be zero
    /// or negative. Either way the currency must be a currency of tender (IKM492) and the amount may not
    /// have more decimals than the currency's minor units (IKM130). On a member that is not
    /// <see cref="Money"/> (or a nullable or list of it) it has no effect, and the generator warns (IKMG017).
    /// </summary>
    public bool IsPrice { get; set; }
}
