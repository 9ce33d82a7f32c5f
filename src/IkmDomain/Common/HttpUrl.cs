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

    // What a canonical path, query and fragment may hold as typed: unreserved and sub-delimiter
    // characters, ':', '@', '/' and '?' (RFC 3986 §3.3-3.4), with no '%' (System.Uri may change the
    // case of an escape or unescape it) and no '#' (a second one is escaped).
    private static readonly System.Buffers.SearchValues<byte> CanonicalPathBytes =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?"u8);

    /// <summary>
    /// Whether <paramref name="text"/> (a URL's ASCII bytes) is an http(s) URL exactly as
    /// <see cref="Uri.AbsoluteUri"/> writes it, by a conservative grammar: <c>http://</c> or <c>https://</c>
    /// in lower case; a host of lower-case ASCII letters, digits, <c>-</c> and <c>.</c> whose last label
    /// has a letter (not an IP address, which System.Uri rewrites), at most 63 characters, with no port,
    /// no empty label and no <c>xn--</c>; then <c>/</c> and a path and query of the characters above with
    /// no <c>//</c> and no <c>/.</c> (dot segments are removed). Text outside it may still be canonical:
    /// the caller then asks the <see cref="Uri"/>. The feed writers check a <see cref="Uri"/>'s
    /// <see cref="Uri.OriginalString"/> with it as they copy it, so that a link typed in canonical form is
    /// written without building its <see cref="Uri.AbsoluteUri"/> (which .NET makes on first use: about
    /// 1.5 µs and 220 bytes a link). A test checks the claim against System.Uri on generated URLs.
    /// </summary>
    internal static bool IsCanonicalHttp(ReadOnlySpan<byte> text)
    {
        ReadOnlySpan<byte> rest;
        if (text.StartsWith("https://"u8))
        {
            rest = text[8..];
        }
        else if (text.StartsWith("http://"u8))
        {
            rest = text[7..];
        }
        else
        {
            return false;
        }

        var slash = rest.IndexOf((byte)'/');
        if (slash <= 0 || slash > 63)
        {
            return false;
        }

        var host = rest[..slash];
        var letterInLabel = false;
        var previous = (byte)'.';
        for (var i = 0; i < host.Length; i++)
        {
            var c = host[i];
            if (c == '.')
            {
                if (previous is (byte)'.' or (byte)'-')
                {
                    return false;
                }

                letterInLabel = false;
            }
            else if (c is >= (byte)'a' and <= (byte)'z')
            {
                // A label starting "xn--" is punycode, which Uri may show otherwise.
                if (previous == '.' && c == 'x' && host[i..].StartsWith("xn--"u8))
                {
                    return false;
                }

                letterInLabel = true;
            }
            else if (!(c is >= (byte)'0' and <= (byte)'9' || (c == '-' && previous != '.')))
            {
                return false;
            }

            previous = c;
        }

        var path = rest[slash..];
        return letterInLabel && previous != '-' && !path.ContainsAnyExcept(CanonicalPathBytes) && !HasEmptyOrDotSegment(path);
    }

    // Whether a '/' is followed by '/' or '.' ("//", "/./", "/../", and to be safe "/.x").
    private static bool HasEmptyOrDotSegment(ReadOnlySpan<byte> path)
    {
        var i = 0;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            // Each block of 16 bytes beside the same block one byte on: a slash with a slash or dot after it.
            ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(path);
            var slash = System.Runtime.Intrinsics.Vector128.Create((byte)'/');
            var dot = System.Runtime.Intrinsics.Vector128.Create((byte)'.');
            for (; i + 17 <= path.Length; i += 16)
            {
                var here = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)i);
                var next = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
                var found = System.Runtime.Intrinsics.Vector128.Equals(here, slash)
                    & (System.Runtime.Intrinsics.Vector128.Equals(next, slash) | System.Runtime.Intrinsics.Vector128.Equals(next, dot));
                if (found != System.Runtime.Intrinsics.Vector128<byte>.Zero)
                {
                    return true;
                }
            }
        }

        for (; i + 1 < path.Length; i++)
        {
            if (path[i] == '/' && path[i + 1] is (byte)'/' or (byte)'.')
            {
                return true;
            }
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
