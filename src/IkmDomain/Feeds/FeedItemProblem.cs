namespace IkmDomain.Feeds;

/// <summary>
/// The result of writing one item under a marketplace's rules: <see cref="None"/> when the item was
/// written whole, otherwise the attribute and the first rule it broke. Used by generated writers.
/// </summary>
/// <param name="Attribute">The attribute as the marketplace spells it, or <see langword="null"/> for no problem.</param>
/// <param name="Reason">What was wrong, or <see langword="null"/> for no problem.</param>
public readonly record struct FeedItemProblem(string? Attribute, string? Reason)
{
    /// <summary>No problem: the item was written.</summary>
    public static FeedItemProblem None => default;

    /// <summary>
    /// The IkmDomain error code of the rule when a readiness validator checks the same rule
    /// (<c>IKM450</c>, see <c>IkmErrorCodes</c>), else <see langword="null"/>.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>Whether the item broke a rule.</summary>
    public bool IsProblem => Reason is not null;
}
