using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace IkmDomain.Feeds;

/// <summary>
/// The checks generated writers run on each item as they write it; the limits themselves are in
/// <see cref="MarketplaceLimits"/>. Called by generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class FeedRules
{
    /// <summary>Whether the text has a character other than white space.</summary>
    /// <param name="value">The text.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>Whether the text has at most <paramref name="maxCharacters"/> characters (Unicode scalar values; null fits): <see cref="MarketplaceLimits.FitsLength"/>.</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns><see langword="true"/> when within the limit.</returns>
    public static bool FitsLength(string? value, int maxCharacters) => MarketplaceLimits.FitsLength(value, maxCharacters);

    /// <summary>The problem of a text longer than its limit.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns>"is longer than N characters".</returns>
    public static FeedItemProblem TooLong(string attribute, int maxCharacters) =>
        new(attribute, "is longer than " + maxCharacters.ToString(CultureInfo.InvariantCulture) + " characters");

    /// <summary>The problem of a link that is not an absolute http(s) URL within its limit.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns>"is not an absolute http(s) URL of at most N characters".</returns>
    public static FeedItemProblem NotHttpUrl(string attribute, int maxCharacters) =>
        new(attribute, "is not an absolute http(s) URL of at most " + maxCharacters.ToString(CultureInfo.InvariantCulture) + " characters");

    /// <summary>
    /// Google Merchant Center's GTIN prefix rules: restricted prefixes 2, 02 and 04 (answer/6286293)
    /// and coupon prefixes 05, 981–984 and 99 (answer/6286302); a GTIN-14's first digit is ignored and
    /// a 12-digit UPC reads with a leading 0.
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it (<c>gtin</c>).</param>
    /// <param name="value">The GTIN.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or why Google disapproves it.</returns>
    public static FeedItemProblem CheckGoogleGtin(string attribute, IkmDomain.Crafts.Gtin value) => value.PrefixUse switch
    {
        IkmDomain.Crafts.GtinPrefixUse.RestrictedCirculation => new(attribute, "has a restricted prefix (2, 02 or 04) that Google disapproves (answer/6286293)"),
        IkmDomain.Crafts.GtinPrefixUse.Coupon => new(attribute, "is a coupon number (prefix 05, 981-984 or 99) that Google disapproves (answer/6286302)"),
        _ => FeedItemProblem.None,
    };

    /// <summary>As <see cref="CheckGoogleGtin(string, IkmDomain.Crafts.Gtin)"/> for GTIN text; text that is not a GTIN (<see cref="IkmDomain.Crafts.Gtin.TryParse(string, out IkmDomain.Crafts.Gtin)"/>) is left to Google.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it (<c>gtin</c>).</param>
    /// <param name="value">The GTIN digits, or <see langword="null"/>.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or why Google disapproves it.</returns>
    public static FeedItemProblem CheckGoogleGtin(string attribute, string? value) =>
        IkmDomain.Crafts.Gtin.TryParse(value, out var gtin) ? CheckGoogleGtin(attribute, gtin) : FeedItemProblem.None;

    /// <summary>
    /// A list member held as an <see cref="System.Collections.Immutable.ImmutableArray{T}"/> as generated
    /// writers read it: its default value, which holds no array and throws when enumerated, is no list
    /// (as a <see langword="null"/> list is), so an item whose list was never set is written without it.
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list.</param>
    /// <returns><see langword="null"/> when <paramref name="list"/> is default, else the list.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static System.Collections.Immutable.ImmutableArray<T>? NullIfDefault<T>(System.Collections.Immutable.ImmutableArray<T> list) =>
        list.IsDefault ? null : list;

    /// <summary>The problem of a list with more values than the marketplace takes.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="maxCount">The limit.</param>
    /// <returns>"has more than N values".</returns>
    public static FeedItemProblem TooMany(string attribute, int maxCount) =>
        new(attribute, "has more than " + IkmDomain.Common.EnglishCount.Of(maxCount, "value", "values"));

    /// <summary>
    /// Text as a plain-text attribute takes it (Meta's description): unchanged when it holds no
    /// <c>&lt;</c> or <c>&amp;</c>, else HTML tags stripped and entities decoded by
    /// <see cref="IkmDomain.Crafts.DescriptionHtml.ToPlainText"/>.
    /// </summary>
    /// <param name="value">The text, or <see langword="null"/>.</param>
    /// <returns>The plain text, or <see langword="null"/>.</returns>
    public static string? PlainText(string? value) =>
        value is null || value.AsSpan().IndexOfAny('<', '&') < 0 ? value : IkmDomain.Crafts.DescriptionHtml.ToPlainText(value);

    /// <summary>Whether the URL is absolute, http or https, and at most <paramref name="maxCharacters"/> long when written.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxCharacters">The limit (Google: 2000 for image links).</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsHttpUrl(Uri? value, int maxCharacters) =>
        HttpUrl.IsAbsoluteHttp(value) && HttpUrl.TryGetAbsoluteUri(value, out var text) && text.Length <= maxCharacters;


    /// <summary>
    /// Whether the text is an absolute http or https URL, at most <paramref name="maxCharacters"/> long,
    /// written as a feed must carry it: with no character RFC 3986 requires escaped (space, <c>" &lt; &gt;
    /// \ ^ ` { | }</c>, controls). The text is written as it is, so <c>https://a.example/ b</c> is not
    /// taken (a <see cref="Uri"/> member would be written escaped: <c>%20</c>).
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsHttpUrl(string? value, int maxCharacters) =>
        value is not null && value.Length <= maxCharacters && value.AsSpan().IndexOfAny(UrlMustEscape) < 0
        && HttpUrl.TryCreateAbsolute(value, out var uri) && IsHttpUrl(uri, maxCharacters);

    // RFC 3986 §2: characters a URL never holds unescaped (space and the C0 controls included).
    private static readonly System.Buffers.SearchValues<char> UrlMustEscape = System.Buffers.SearchValues.Create(
        " \"<>\\^`{|}\u007F\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\t\n\u000B\u000C\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
}
