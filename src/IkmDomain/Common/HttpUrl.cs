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

    /// <summary>
    /// Whether <paramref name="text"/> (a URL's ASCII bytes) is an http(s) URL exactly as
    /// <see cref="Uri.AbsoluteUri"/> writes it, by a conservative grammar: <c>http://</c> or <c>https://</c>
    /// in lower case; a host of lower-case ASCII letters, digits, <c>-</c> and <c>.</c> whose last label
    /// has a letter (not an IP address, which System.Uri rewrites), at most 63 characters, with no port,
    /// no empty label and no <c>xn--</c>; then <c>/</c> and a path and query of the characters above with
    /// no <c>//</c> and no <c>/.</c> (dot segments are removed). Text outside it may still be canonical:
    /// the caller then asks the <see cref="Uri"/>. The feed writers check a <see cref="Uri"/>'s
    /// <see cref="Uri.OriginalString"/> with it as they copy it, so that a link typed in canonical form is
    /// written without building its <see cref="Uri.AbsoluteUri"/> (which .NET builds on first use). A test
    /// checks the claim against System.Uri on generated URLs.
    /// </summary>
    internal static bool IsCanonicalHttp(ReadOnlySpan<byte> text) => AreCanonicalChars(text) && IsCanonicalHttpShape(text, out _);

    /// <summary>
    /// Every byte is one a canonical URL may hold as typed (<see cref="IsPathChar"/>). The feed writers
    /// check this as they copy a link (<c>AsciiNarrowing.Specials.Url</c>: a table built from <see cref="IsPathChar"/>, looked up a vector at a time),
    /// then only its shape (<see cref="IsCanonicalHttpShape"/>).
    /// </summary>
    internal static bool AreCanonicalChars(ReadOnlySpan<byte> text)
    {
        foreach (var c in text)
        {
            if (!IsPathChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="IsCanonicalHttp(ReadOnlySpan{byte})"/> for text whose characters are known to pass
    /// <see cref="AreCanonicalChars"/>: the scheme, the host and the path's segments.
    /// </summary>
    /// <param name="text">The URL's ASCII bytes.</param>
    /// <param name="pathStart">When canonical: where the path starts (the '/' after the host). The bytes
    /// before it and that '/' decide the scheme and host rules alone, so a URL starting with the same
    /// bytes is canonical exactly when its path passes <see cref="IsCanonicalPath"/>.</param>
    /// <returns>Whether the text is its own <see cref="Uri.AbsoluteUri"/> by the grammar.</returns>
    internal static bool IsCanonicalHttpShape(ReadOnlySpan<byte> text, out int pathStart)
    {
        pathStart = 0;
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

        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated && rest.Length >= 16)
        {
            // Most hosts are shorter than 16 bytes: checked as one vector. -1: it is not; ask the loop.
            var vector = IsCanonicalShortHost(text, text.Length - rest.Length);
            if (vector >= 0)
            {
                pathStart = text.Length - rest.Length + vector;
                return vector > 0 && IsCanonicalPath(rest[vector..]);
            }
        }

        // The host, up to the first '/', in the same loop that finds it.
        var letterInLabel = false;
        var previous = (byte)'.';
        var slash = 0;
        for (; slash < rest.Length; slash++)
        {
            var c = rest[slash];
            if (c == '/')
            {
                break;
            }

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
                if (previous == '.' && c == 'x' && rest[slash..].StartsWith("xn--"u8))
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

        pathStart = text.Length - rest.Length + slash;
        return slash > 0 && slash <= 63 && slash < rest.Length && letterInLabel && previous != '-' && IsCanonicalPath(rest[slash..]);
    }

    // The host rule of IsCanonicalHttp for a host of at most 15 bytes followed by '/', on the 16 bytes
    // from `at` (text holds at least 16 from there; the byte before is the scheme's '/'), each byte
    // beside the one before it: the host's length when it holds, 0 when it breaks the rule, -1 when
    // the vector cannot tell (no '/' in the 16 bytes, or a label starting with 'x', for the "xn--" rule).
    private static int IsCanonicalShortHost(ReadOnlySpan<byte> text, int at)
    {
        ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text);
        var here = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)at);
        var before = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)(at - 1));
        var slashes = Bits(System.Runtime.Intrinsics.Vector128.Equals(here, System.Runtime.Intrinsics.Vector128.Create((byte)'/')));
        if (slashes == 0)
        {
            return -1;
        }

        var length = System.Numerics.BitOperations.TrailingZeroCount(slashes);
        var host = (1u << length) - 1;
        var dots = System.Runtime.Intrinsics.Vector128.Equals(here, System.Runtime.Intrinsics.Vector128.Create((byte)'.'));
        var dashes = System.Runtime.Intrinsics.Vector128.Equals(here, System.Runtime.Intrinsics.Vector128.Create((byte)'-'));
        var letters = System.Runtime.Intrinsics.Vector128.LessThanOrEqual(here - System.Runtime.Intrinsics.Vector128.Create((byte)'a'), System.Runtime.Intrinsics.Vector128.Create((byte)25));
        var digits = System.Runtime.Intrinsics.Vector128.LessThanOrEqual(here - System.Runtime.Intrinsics.Vector128.Create((byte)'0'), System.Runtime.Intrinsics.Vector128.Create((byte)9));

        // A label starts after the scheme's '/' or a '.'.
        var labelStart = System.Runtime.Intrinsics.Vector128.Equals(before, System.Runtime.Intrinsics.Vector128.Create((byte)'.'))
            | System.Runtime.Intrinsics.Vector128.Equals(before, System.Runtime.Intrinsics.Vector128.Create((byte)'/'));
        var afterDash = System.Runtime.Intrinsics.Vector128.Equals(before, System.Runtime.Intrinsics.Vector128.Create((byte)'-'));

        // Another character; an empty label ("..", a leading '.') or one ending in '-' ("-."); one starting with '-'.
        var broken = ~(letters | digits | dots | dashes) | (dots & (labelStart | afterDash)) | (dashes & labelStart);
        if ((Bits(broken) & host) != 0 || text[at + length - 1] == '-')
        {
            return 0;
        }

        if ((Bits(System.Runtime.Intrinsics.Vector128.Equals(here, System.Runtime.Intrinsics.Vector128.Create((byte)'x')) & labelStart) & host) != 0)
        {
            return -1;
        }

        // The last label has a letter (not an IP address).
        var dotBits = Bits(dots) & host;
        var lastLabel = dotBits == 0 ? host : host & ~((2u << (31 - System.Numerics.BitOperations.LeadingZeroCount(dotBits))) - 1);
        return length > 0 && (Bits(letters) & lastLabel) != 0 ? length : 0;
    }

    private static uint Bits(System.Runtime.Intrinsics.Vector128<byte> mask) => System.Runtime.Intrinsics.Vector128.ExtractMostSignificantBits(mask);

    /// <summary>A path (from its '/' after the host) with no empty segment ("//") and no dot segment ("/.", which System.Uri removes): 16 bytes at a time beside the same 16 one byte on.</summary>
    /// <param name="path">The path's bytes.</param>
    /// <returns>Whether no '/' is followed by '/' or '.'.</returns>
    internal static bool IsCanonicalPath(ReadOnlySpan<byte> path)
    {
        var i = 0;
        if (System.Runtime.Intrinsics.Vector128.IsHardwareAccelerated)
        {
            ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(path);
            var slash = System.Runtime.Intrinsics.Vector128.Create((byte)'/');
            var dot = System.Runtime.Intrinsics.Vector128.Create((byte)'.');
            for (; i + 17 <= path.Length; i += 16)
            {
                var here = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)i);
                var next = System.Runtime.Intrinsics.Vector128.LoadUnsafe(ref start, (nuint)(i + 1));
                if ((System.Runtime.Intrinsics.Vector128.Equals(here, slash) & (System.Runtime.Intrinsics.Vector128.Equals(next, slash) | System.Runtime.Intrinsics.Vector128.Equals(next, dot)))
                    != System.Runtime.Intrinsics.Vector128<byte>.Zero)
                {
                    return false;
                }
            }
        }

        for (; i + 1 < path.Length; i++)
        {
            if (path[i] == '/' && path[i + 1] is (byte)'/' or (byte)'.')
            {
                return false;
            }
        }

        return true;
    }

    // Bit c set: the ASCII character c may stand as typed in a canonical URL: unreserved and
    // sub-delimiter characters, ':', '@', '/' and '?' (RFC 3986 §3.3-3.4), with no '%' (System.Uri may
    // change the case of an escape or unescape it) and no '#' (a second one is escaped).
    private const ulong PathCharsLow = 0xAFFF_FFD2_0000_0000; // ! $ & ' ( ) * + , - . / 0-9 : ; = ?
    private const ulong PathCharsHigh = 0x47FF_FFFE_87FF_FFFF; // @ A-Z _ a-z ~

    /// <summary>Whether <paramref name="c"/> may stand as typed in a canonical URL (see the masks above).</summary>
    internal static bool IsPathChar(byte c) => c < 64 ? ((PathCharsLow >> c) & 1) != 0 : c < 128 && ((PathCharsHigh >> (c - 64)) & 1) != 0;

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
