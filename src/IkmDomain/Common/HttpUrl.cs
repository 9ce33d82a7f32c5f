using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace IkmDomain.Common;

/// <summary>
/// The one rule every link in the library follows: an absolute URL with the http or https scheme;
/// and the one guarded way into <see cref="Uri"/>, which can throw from its Try methods and
/// properties on hostile text (<c>Uri.TryCreate("file://\u202E/x", ...)</c> throws
/// <see cref="IndexOutOfRangeException"/> on .NET 10) and silently drops invisible characters
/// (<c>https://a\u202E.com</c> becomes <c>https://a.com</c>).
/// </summary>
internal static class HttpUrl
{
    /// <summary>Whether <paramref name="value"/> is absolute with the http or https scheme (RFC 9110 §4.2); false for null.</summary>
    /// <param name="value">The URL, or null.</param>
    /// <returns><see langword="true"/> when absolute http or https.</returns>
    public static bool IsAbsoluteHttp([NotNullWhen(true)] Uri? value)
    {
        try
        {
            return value is { IsAbsoluteUri: true } && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp)
                && TryGetAbsoluteUri(value, out _);
        }
        catch (Exception ex) when (IsUriFailure(ex))
        {
            return false;
        }
    }

    /// <summary>
    /// The rule of <see cref="IsAbsoluteHttp"/> and the text of <see cref="Uri.AbsoluteUri"/> in one
    /// guarded read, for the feed writers, which check and write every link of every item: the URL's
    /// text is fetched from inside the <see cref="Uri"/> once, not once for the check and again to write it.
    /// </summary>
    /// <param name="value">The URL.</param>
    /// <param name="text">Its escaped absolute text when the rule holds, else null.</param>
    /// <returns><see langword="true"/> when absolute http or https.</returns>
    public static bool TryGetAbsoluteHttpText(Uri value, [NotNullWhen(true)] out string? text)
    {
        text = null;
        try
        {
            if (!value.IsAbsoluteUri)
            {
                return false;
            }

            // The scheme is read where the text starts: an AbsoluteUri starts with its scheme in lower
            // case and "://" for http(s), and with no other scheme could it start so. AbsoluteUri is
            // cached inside the Uri, so a link written twice is read, not built, the second time.
            var absolute = value.AbsoluteUri;
            if (!(absolute.StartsWith("https://", StringComparison.Ordinal) || absolute.StartsWith("http://", StringComparison.Ordinal)))
            {
                return false;
            }

            text = absolute;
            return true;
        }
        catch (Exception ex) when (IsUriFailure(ex))
        {
            text = null;
            return false;
        }
    }

    /// <summary>
    /// <see cref="Uri.TryCreate(string?, UriKind, out Uri?)"/> for absolute URLs that never throws and
    /// rejects text holding control, format (bidirectional overrides, zero-width), line-separator,
    /// private-use or unassigned characters, which <see cref="Uri"/> would drop or choke on.
    /// </summary>
    public static bool TryCreateAbsolute([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Uri? uri)
    {
        uri = null;
        // System.Uri trims surrounding white space, but the text itself is what a feed writes: " http://a.b"
        // would pass the check and reach the feed with its space, so such text is not a URL here.
        if (text is null || text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || HasHiddenCharacter(text))
        {
            return false;
        }

        try
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var created) && TryGetAbsoluteUri(created, out _))
            {
                uri = created;
                return true;
            }
        }
        catch (Exception ex) when (IsUriFailure(ex))
        {
        }

        return false;
    }

    /// <summary>Reads <see cref="Uri.AbsoluteUri"/> without letting a <see cref="Uri"/> bug escape.</summary>
    public static bool TryGetAbsoluteUri(Uri? uri, [NotNullWhen(true)] out string? text)
    {
        text = null;
        try
        {
            if (uri is { IsAbsoluteUri: true })
            {
                text = uri.AbsoluteUri;
                return true;
            }
        }
        catch (Exception ex) when (IsUriFailure(ex))
        {
        }

        return false;
    }

    /// <summary>True for characters a URL must not hold as typed (they must be percent-encoded).</summary>
    public static bool HasHiddenCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return true;
            }
        }

        return false;
    }

    // The exceptions System.Uri has been seen to throw from its Try methods and property getters.
    private static bool IsUriFailure(Exception ex) =>
        ex is IndexOutOfRangeException or ArgumentException or UriFormatException or InvalidOperationException
            or FormatException or OverflowException or NullReferenceException;
}
