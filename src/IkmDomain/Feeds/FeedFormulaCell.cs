namespace IkmDomain.Feeds;

/// <summary>
/// A cell whose text starts like a spreadsheet formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab, CR
/// or NUL; OWASP "CSV Injection"). Machine feeds (Google, Meta) write it unchanged and report it
/// (IKM480); custom CSV templates write it with a leading <c>'</c> and report it (IKM481).
/// </summary>
/// <param name="Index">The zero-based position of the item in the input sequence.</param>
/// <param name="Id">The item's id as text, when the target has one.</param>
/// <param name="Attribute">The attribute or column header, as the file spells it.</param>
/// <param name="Code">IKM480 (reported, written unchanged) or IKM481 (written with the <c>'</c> prefix).</param>
public sealed record FeedFormulaCell(int Index, string? Id, string Attribute, string Code)
{
    /// <summary>One line: index, id, attribute and what was done.</summary>
    /// <returns>For example <c>item 3 (id "A-1"): title starts like a formula (IKM480)</c>.</returns>
    public override string ToString() =>
        "item " + Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (Id is null ? string.Empty : " (id \"" + Id + "\")") + ": " + Attribute
        + (Code == Validation.IkmErrorCodes.FeedCellNeutralised ? " started like a formula and was prefixed with ' (" : " starts like a formula (") + Code + ")";
}
