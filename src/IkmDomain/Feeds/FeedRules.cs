using System;
using System.Text;

namespace IkmDomain.Feeds;

/// <summary>
/// The checks generated writers run on each item before writing it (Google Merchant Center product
/// data specification, support.google.com/merchants/answer/7052112).
/// </summary>
public static class FeedRules
{
    /// <summary>Whether the text has a character other than white space.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>Whether the text has at most <paramref name="maxCharacters"/> characters (Unicode scalar values; null fits).</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns><see langword="true"/> when within the limit.</returns>
    public static bool FitsLength(string? value, int maxCharacters)
    {
        if (value is null || value.Length <= maxCharacters)
        {
            return true;
        }

        // Only text longer in UTF-16 units than the limit needs counting: surrogate pairs are one character.
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            if (++count > maxCharacters)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the URL is absolute, http or https, and at most <paramref name="maxCharacters"/> long when written.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxCharacters">The limit (Google: 2000 for image links).</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsHttpUrl(Uri? value, int maxCharacters) =>
        HttpUrl.IsAbsoluteHttp(value) && value.AbsoluteUri.Length <= maxCharacters;

    /// <summary>Whether the text is an absolute http or https URL, at most <paramref name="maxCharacters"/> long.</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsHttpUrl(string? value, int maxCharacters) =>
        value is not null && value.Length <= maxCharacters
        && Uri.TryCreate(value, UriKind.Absolute, out var uri) && IsHttpUrl(uri, maxCharacters);
}
