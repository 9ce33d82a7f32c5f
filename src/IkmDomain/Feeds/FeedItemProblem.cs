namespace IkmDomain.Feeds;

/// <summary>
/// The result of checking one item against a marketplace's rules: <see cref="None"/> when the item
/// may be written, otherwise the attribute and the rule it broke. Used by generated writers.
/// </summary>
/// <param name="Attribute">The attribute as the marketplace spells it, or <see langword="null"/> for no problem.</param>
/// <param name="Reason">What was wrong, or <see langword="null"/> for no problem.</param>
public readonly record struct FeedItemProblem(string? Attribute, string? Reason)
{
    /// <summary>No problem: the item may be written.</summary>
    public static FeedItemProblem None => default;

    /// <summary>Whether the item broke a rule.</summary>
    public bool IsProblem => Reason is not null;
}
