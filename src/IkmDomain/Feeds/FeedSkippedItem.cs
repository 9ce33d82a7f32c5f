namespace IkmDomain.Feeds;

/// <summary>An item a feed writer left out because it broke a marketplace rule.</summary>
/// <param name="Index">The zero-based position of the item in the input sequence.</param>
/// <param name="Id">The item's id as text, when it has one.</param>
/// <param name="Attribute">The feed attribute that broke the rule, as the marketplace spells it (for example <c>title</c>).</param>
/// <param name="Reason">What was wrong, in English (for example "longer than 150 characters").</param>
public sealed record FeedSkippedItem(int Index, string? Id, string Attribute, string Reason)
{
    /// <summary>
    /// The IkmDomain error code of the rule when a readiness validator checks the same rule
    /// (<c>IKM450</c>, see <c>IkmErrorCodes</c> and docs/error-codes.md), else <see langword="null"/>.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>One line: index, id, attribute and reason, and the code in brackets when there is one.</summary>
    /// <returns>For example <c>item 3 (id "A-1"): title longer than 150 characters</c>.</returns>
    public override string ToString() =>
        "item " + Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + (Id is null ? string.Empty : " (id \"" + Id + "\")") + ": " + Attribute + " " + Reason
        + (Code is null ? string.Empty : " [" + Code + "]");
}
