namespace IkmDomain.Common;

/// <summary>
/// How every length limit of the package counts text: Unicode scalar values (runes), so an emoji or another
/// character outside the Basic Multilingual Plane is one character, not two UTF-16 units. The same count
/// as <c>IkmDomain.Feeds.MarketplaceLimits.CountCharacters</c>, which the feed writers use, so a record's
/// invariants and the feeds agree on what fits.
/// </summary>
internal static class TextLength
{
    /// <summary>Whether <paramref name="text"/> has at most <paramref name="maxCharacters"/> characters (a lone surrogate counts as one).</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns>True when within the limit.</returns>
    public static bool Fits(string text, int maxCharacters)
    {
        if (text.Length <= maxCharacters)
        {
            return true;
        }

        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            if (++count > maxCharacters)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number of characters (Unicode scalar values) in <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The count.</returns>
    public static int Count(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
