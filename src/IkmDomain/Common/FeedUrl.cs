using System;
using System.Diagnostics.CodeAnalysis;

namespace IkmDomain.Common;

/// <summary>
/// An absolute http or https URL as a feed writes it: checked once, its escaped RFC 3986 text
/// (<see cref="Uri.AbsoluteUri"/>) computed once. A member of this type mapped to a URL attribute
/// (<c>link</c>, <c>image_link</c>, <c>additional_image_link</c>) is written without reading the
/// <see cref="Uri"/> again for every feed: what <c>CraftProduct</c> keeps for its links.
/// </summary>
/// <remarks>
/// <c>default(FeedUrl)</c> is empty (<see cref="IsEmpty"/>): a feed writer treats it as a missing
/// URL; it is "not set", so JSON (a <see cref="System.Text.Json.JsonException"/>), the EF Core converters and
/// the validators (IKM020) refuse it. JSON is the URL string. Equality is ordinal on the text.
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(FeedUrlJsonConverter))]
public readonly struct FeedUrl : IDefaultIsNotSet, IEquatable<FeedUrl>, IParsable<FeedUrl>
{
    private readonly string? _text;
    private readonly bool _hasComma;

    /// <summary>Takes an absolute http or https URL.</summary>
    /// <param name="url">The URL.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is relative, or its scheme is not http or https.</exception>
    public FeedUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!HttpUrl.IsAbsoluteHttp(url))
        {
            throw new ArgumentException($"A feed URL must be an absolute http or https URL; '{url}' is not.", nameof(url));
        }

        _text = url.AbsoluteUri;
        _hasComma = _text.Contains(',');
    }

    /// <summary>The escaped absolute text (<see cref="Uri.AbsoluteUri"/>), or empty for <c>default</c>.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>True for <c>default(FeedUrl)</c>: no URL.</summary>
    public bool IsEmpty => _text is null;

    /// <summary>Whether the text holds a comma (written as <c>%2C</c> in comma-separated TSV lists).</summary>
    internal bool HasComma => _hasComma;

    /// <summary>The text, or null when empty.</summary>
    internal string? TextOrNull => _text;

    /// <summary>True when both hold the same text.</summary>
    /// <param name="left">The first URL.</param>
    /// <param name="right">The second URL.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(FeedUrl left, FeedUrl right) => left.Equals(right);

    /// <summary>True when the texts differ.</summary>
    /// <param name="left">The first URL.</param>
    /// <param name="right">The second URL.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FeedUrl left, FeedUrl right) => !left.Equals(right);

    /// <summary>Parses an absolute http or https URL (what ASP.NET Core binding and the EF Core converter call).</summary>
    /// <param name="s">The URL text.</param>
    /// <param name="provider">Ignored: URLs are culture-invariant.</param>
    /// <returns>The feed URL.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an absolute http or https URL.</exception>
    public static FeedUrl Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s}' is not a feed URL: it must be an absolute http or https URL.");
    }

    /// <summary>Parses an absolute http or https URL; never throws.</summary>
    /// <param name="s">The URL text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The feed URL, or empty.</param>
    /// <returns>True when <paramref name="s"/> is an absolute http or https URL.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FeedUrl result)
    {
        result = default;
        return Uri.TryCreate(s, UriKind.Absolute, out var uri) && TryCreate(uri, out result);
    }

    /// <summary>Takes a URL when it is an absolute http or https URL. Never throws.</summary>
    /// <param name="url">The URL, or null.</param>
    /// <param name="result">The feed URL, or empty.</param>
    /// <returns>True when <paramref name="url"/> is an absolute http or https URL.</returns>
    public static bool TryCreate([NotNullWhen(true)] Uri? url, out FeedUrl result)
    {
        if (!HttpUrl.IsAbsoluteHttp(url))
        {
            result = default;
            return false;
        }

        result = new FeedUrl(url);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(FeedUrl other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FeedUrl other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>The escaped absolute text, or empty.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
