using System;
using System.Diagnostics.CodeAnalysis;
using IkmDomain.Common;

namespace IkmDomain.Feeds;

/// <content>Links: checked http(s) URLs, comma escaping for delimited lists.</content>
public sealed partial class FeedBufferWriter
{
    /// <summary>Writes a URL's text (absolute URLs in their escaped RFC 3986 form), with no further escaping.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="escapeCommas">Write commas as <c>%2C</c>, as Google asks for URLs in a comma-separated TSV list.</param>
    public void WriteUri(Uri value, bool escapeCommas)
    {
        ArgumentNullException.ThrowIfNull(value);
        ReadOnlySpan<char> text = value.IsAbsoluteUri ? value.AbsoluteUri : value.OriginalString;
        if (!escapeCommas)
        {
            WriteUtf8(text);
            return;
        }

        WriteCommaEscaped(text);
    }

    private void WriteCommaEscaped(ReadOnlySpan<char> text)
    {
        // A link's text (escaped: no space, quote or control) is ASCII, and most hold no comma: one
        // pass copies it and finds what CSV quotes, a comma among it. Only then is it split at commas.
        Ensure(text.Length);
        if (AsciiNarrowing.NarrowAscii(text, _buffer.AsSpan(_written), AsciiNarrowing.Specials.Csv) == 0)
        {
            _written += text.Length;
            return;
        }

        int comma;
        while ((comma = text.IndexOf(',')) >= 0)
        {
            WriteUtf8(text[..comma]);
            WriteRaw("%2C"u8);
            text = text[(comma + 1)..];
        }

        WriteUtf8(text);
    }

    /// <summary>
    /// Writes an absolute http or https URL in its escaped RFC 3986 form, after checking it: the
    /// check and the write read the URL's text once. Writes nothing when the URL breaks the rule.
    /// </summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <param name="escapeCommas">Write commas as <c>%2C</c>, as Google asks for URLs in a comma-separated TSV list.</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is relative, not http(s), or longer than <paramref name="maxLength"/>.</returns>
    public bool TryWriteHttpUrl(Uri value, int maxLength, bool escapeCommas)
    {
        if (TryNarrowCanonical(value, maxLength, escapeCommas, out var original, out var hasComma))
        {
            // Already copied where it goes.
            if (!(escapeCommas && hasComma))
            {
                _written += original.Length;
                return true;
            }

            WriteCommaEscaped(original);
            return true;
        }

        if (HttpUrlText(value, maxLength) is not { } text)
        {
            return false;
        }

        if (escapeCommas)
        {
            WriteCommaEscaped(text);
        }
        else
        {
            WriteUtf8(text);
        }

        return true;
    }

    /// <summary>As <see cref="TryWriteHttpUrl"/>, written as XML character data.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is relative, not http(s), or longer than <paramref name="maxLength"/>.</returns>
    public bool TryWriteXmlHttpUrl(Uri value, int maxLength)
    {
        if ((TryNarrowCanonical(value, maxLength, false, out var original, out _) ? original : HttpUrlText(value, maxLength)) is not { } text)
        {
            return false;
        }

        WriteXmlText(text);
        return true;
    }

    /// <summary>Writes a checked feed URL's text when it is not empty and at most <paramref name="maxLength"/> long.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <param name="escapeCommas">Write commas as <c>%2C</c>, as Google asks for URLs in a comma-separated TSV list.</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is empty or too long.</returns>
    public bool TryWriteFeedUrl(FeedUrl value, int maxLength, bool escapeCommas)
    {
        var text = value.TextOrNull;
        if (text is null || text.Length > maxLength)
        {
            return false;
        }

        if (escapeCommas && value.HasComma)
        {
            WriteCommaEscaped(text);
        }
        else
        {
            WriteUtf8(text);
        }

        return true;
    }

    /// <summary>As <see cref="TryWriteFeedUrl"/>, written as XML character data.</summary>
    /// <param name="value">The URL.</param>
    /// <param name="maxLength">The longest text allowed (Google: 2000).</param>
    /// <returns><see langword="false"/>, with nothing written, when the URL is empty or too long.</returns>
    public bool TryWriteXmlFeedUrl(FeedUrl value, int maxLength)
    {
        var text = value.TextOrNull;
        if (text is null || text.Length > maxLength)
        {
            return false;
        }

        WriteXmlText(text);
        return true;
    }

    // The scheme, host and '/' of the last link found canonical (FeedBufferWriter is one per write).
    private const int CanonicalPrefixCapacity = 8 + 63 + 1;
    private CanonicalPrefixBytes _canonicalPrefix;
    private int _canonicalPrefixLength;

    // A link typed in canonical form (most are) is its own AbsoluteUri: its OriginalString, read from
    // the Uri itself, is copied into the buffer's free room and checked there (HttpUrl.IsCanonicalHttp: its characters as the copy goes, then its shape),
    // so the check reads the text once, and the AbsoluteUri that .NET builds on first use (a string and
    // an object per Uri) is neither built nor read. Nothing is committed: a caller writing the text as
    // it stands advances past the copy. hasComma: the copy holds a comma (it holds no space, quote or
    // control character, which the grammar refuses); looked for only when findComma.
    private bool TryNarrowCanonical(Uri value, int maxLength, bool findComma, [NotNullWhen(true)] out string? original, out bool hasComma)
    {
        ArgumentNullException.ThrowIfNull(value);
        original = null;
        hasComma = false;
        var text = value.OriginalString;
        if (!value.IsAbsoluteUri || text.Length > maxLength)
        {
            return false;
        }

        Ensure(text.Length);
        var room = _buffer.AsSpan(_written, text.Length);
        // The copy checks every character (Specials.Url), so the grammar checks only the structure; and
        // most links of a feed share their scheme and host, whose rule is then known from the last one.
        if (AsciiNarrowing.NarrowAscii(text, room, AsciiNarrowing.Specials.Url) != 0)
        {
            return false;
        }

        ReadOnlySpan<byte> prefix = ((Span<byte>)_canonicalPrefix)[.._canonicalPrefixLength];
        if (prefix.Length != 0 && room.Length > prefix.Length && room.StartsWith(prefix))
        {
            if (!HttpUrl.IsCanonicalPath(room[(prefix.Length - 1)..]))
            {
                return false;
            }
        }
        else if (HttpUrl.IsCanonicalHttpShape(room, out var pathStart))
        {
            // The scheme, the host and the '/' after it: at most 8 + 63 + 1 bytes.
            room[..(pathStart + 1)].CopyTo(_canonicalPrefix);
            _canonicalPrefixLength = pathStart + 1;
        }
        else
        {
            return false;
        }

        original = text;
        hasComma = findComma && room.Contains((byte)',');
        return true;
    }

    // The text of an absolute http(s) URL of at most maxLength characters, else null (FeedRules.IsHttpUrl's rule).
    private static string? HttpUrlText(Uri value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        return HttpUrl.TryGetAbsoluteHttpText(value, out var text) && text.Length <= maxLength ? text : null;
    }

    // Room for a canonical prefix inside the writer itself: nothing allocated.
    [System.Runtime.CompilerServices.InlineArray(CanonicalPrefixCapacity)]
    private struct CanonicalPrefixBytes
    {
        private byte _first;
    }
}
