using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace IkmDomain.Crafts;

/// <summary>
/// Turns a product description written in HTML into the form each marketplace accepts: plain text
/// for Meta and Shopee, and HTML restricted to Google's allowed tags for Google Merchant Center.
/// </summary>
/// <remarks>
/// <para>Google allows "some plain HTML": <c>strong, em, ul, ol, li, br, sub, sup, div, span, dl, dt, dd</c>,
/// with no tag attributes and no malformed or unsafe HTML (support.google.com/merchants/answer/6324468).
/// Meta wants plain text in <c>description</c> (HTML goes in <c>rich_text_description</c>); Shopee's
/// description is plain text too (FEEDS.md §6.4).</para>
/// <para>This is a small forgiving tokenizer, not a full HTML5 parser: it handles tags, attributes
/// (quoted or not), comments, entities and <c>script</c>/<c>style</c> blocks, and treats a <c>&lt;</c>
/// that starts no tag as text. Both methods are pure and thread-safe.</para>
/// </remarks>
public static partial class DescriptionHtml
{
    private static readonly HashSet<string> GoogleTags = new(StringComparer.Ordinal)
    {
        "strong", "em", "ul", "ol", "li", "br", "sub", "sup", "div", "span", "dl", "dt", "dd",
    };

    // Content of these elements is never text.
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "script", "style", "head", "title", "template", "noscript", "iframe", "object", "svg", "math",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "ul", "ol", "dl", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "hr",
    };

    private static readonly HashSet<string> LineTags = new(StringComparer.Ordinal)
    {
        "br", "div", "li", "tr", "dt", "dd", "figcaption", "address",
    };

    /// <summary>The tags Google Merchant Center allows in a description, lower case.</summary>
    public static IReadOnlyCollection<string> GoogleAllowedTags => GoogleTags;

    /// <summary>True when <paramref name="text"/> contains an HTML tag or comment.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when a tag or comment is found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool ContainsHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pos = 0;
        while ((pos = text.IndexOf('<', pos)) >= 0)
        {
            if (TryReadTag(text, pos, out _))
            {
                return true;
            }

            pos++;
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="html"/> uses only the tags Google Merchant Center allows, with no
    /// attributes, and no script or style blocks (answer/6324468). Plain text is Google HTML.
    /// </summary>
    /// <param name="html">The description.</param>
    /// <returns>True when Google accepts the markup as it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static bool IsGoogleHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var pos = 0;
        while ((pos = html.IndexOf('<', pos)) >= 0)
        {
            if (TryReadTag(html, pos, out var tag))
            {
                if (tag.Name.Length > 0 && (!GoogleTags.Contains(tag.Name) || tag.HasAttributes))
                {
                    return false;
                }

                pos = tag.End;
                continue;
            }

            pos++;
        }

        return true;
    }

    /// <summary>
    /// Converts HTML to plain text: tags removed, entities decoded, white space collapsed, paragraphs
    /// and block elements become line breaks, list items start with "- ", script and style dropped.
    /// </summary>
    /// <param name="html">The HTML (plain text passes through with its white space normalised).</param>
    /// <returns>The plain text, trimmed, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder(html.Length);
        var pendingBreak = 0;
        var spacePending = false;

        void Break(int level)
        {
            pendingBreak = Math.Max(pendingBreak, level);
            spacePending = false;
        }

        void Text(string text)
        {
            foreach (var raw in text)
            {
                var c = raw == '\u00A0' ? ' ' : raw;
                if (char.IsWhiteSpace(c))
                {
                    spacePending = true;
                    continue;
                }

                if (output.Length > 0)
                {
                    if (pendingBreak > 0)
                    {
                        output.Append('\n', pendingBreak);
                    }
                    else if (spacePending)
                    {
                        output.Append(' ');
                    }
                }

                pendingBreak = 0;
                spacePending = false;
                output.Append(c);
            }
        }

        Walk(html, Text, (tag, closing) =>
        {
            if (ParagraphTags.Contains(tag.Name))
            {
                Break(2);
            }
            else if (LineTags.Contains(tag.Name))
            {
                Break(1);
                if (tag.Name == "li" && !closing)
                {
                    Text("-");
                    spacePending = true;
                }
            }
            else if (tag.Name is "td" or "th" && !closing)
            {
                spacePending = true;
            }
        });

        return output.ToString();
    }

    /// <summary>
    /// Keeps only the HTML Google Merchant Center allows: its whitelisted tags without attributes,
    /// properly nested and closed. <c>b</c> becomes <c>strong</c>, <c>i</c> becomes <c>em</c>, and
    /// <c>p</c> and headings become <c>div</c>; other tags are removed but their text is kept (script
    /// and style are removed with their content). Text is re-escaped, so the result is well formed.
    /// </summary>
    /// <param name="html">The HTML.</param>
    /// <returns>HTML using only Google's allowed tags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static string ToGoogleHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder(html.Length);
        var open = new List<string>();

        Walk(
            html,
            text =>
            {
                foreach (var c in text)
                {
                    _ = c switch
                    {
                        '&' => output.Append("&amp;"),
                        '<' => output.Append("&lt;"),
                        '>' => output.Append("&gt;"),
                        _ => output.Append(c),
                    };
                }
            },
            (tag, closing) =>
            {
                var name = tag.Name switch
                {
                    "b" => "strong",
                    "i" => "em",
                    "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => "div",
                    _ => tag.Name,
                };
                if (!GoogleTags.Contains(name))
                {
                    return;
                }

                if (name == "br")
                {
                    output.Append("<br>");
                    return;
                }

                if (!closing)
                {
                    output.Append('<').Append(name).Append('>');
                    if (!tag.SelfClosing)
                    {
                        open.Add(name);
                    }
                    else
                    {
                        output.Append("</").Append(name).Append('>');
                    }

                    return;
                }

                var index = open.LastIndexOf(name);
                if (index < 0)
                {
                    return;
                }

                // Close anything left open inside it, so the output stays properly nested.
                for (var i = open.Count - 1; i >= index; i--)
                {
                    output.Append("</").Append(open[i]).Append('>');
                }

                open.RemoveRange(index, open.Count - index);
            });

        for (var i = open.Count - 1; i >= 0; i--)
        {
            output.Append("</").Append(open[i]).Append('>');
        }

        return output.ToString();
    }

    /// <summary>Calls <paramref name="onText"/> with decoded text and <paramref name="onTag"/> with each element tag.</summary>
    private static void Walk(string html, Action<string> onText, Action<Tag, bool> onTag)
    {
        var pos = 0;
        var textStart = 0;
        while (pos < html.Length)
        {
            var lt = html.IndexOf('<', pos);
            if (lt < 0)
            {
                break;
            }

            if (!TryReadTag(html, lt, out var tag))
            {
                pos = lt + 1;
                continue;
            }

            if (lt > textStart)
            {
                onText(WebUtility.HtmlDecode(html[textStart..lt]));
            }

            pos = tag.End;
            if (tag.Name.Length > 0)
            {
                if (!tag.Closing && !tag.SelfClosing && Dropped.Contains(tag.Name))
                {
                    // Skip to the matching end tag (or the end of the text).
                    var end = html.IndexOf("</" + tag.Name, pos, StringComparison.OrdinalIgnoreCase);
                    var gt = end < 0 ? -1 : html.IndexOf('>', end);
                    pos = gt < 0 ? html.Length : gt + 1;
                }
                else
                {
                    onTag(tag, tag.Closing);
                }
            }

            textStart = pos;
        }

        if (textStart < html.Length)
        {
            onText(WebUtility.HtmlDecode(html[textStart..]));
        }
    }

    /// <summary>Reads a tag, comment or declaration starting at <paramref name="start"/> ('&lt;'). Comments have an empty name.</summary>
    private static bool TryReadTag(string html, int start, out Tag tag)
    {
        tag = default;
        var i = start + 1;
        if (i >= html.Length)
        {
            return false;
        }

        if (html.AsSpan(i).StartsWith("!--"))
        {
            var end = html.IndexOf("-->", i + 3, StringComparison.Ordinal);
            tag = new Tag(string.Empty, false, false, end < 0 ? html.Length : end + 3);
            return true;
        }

        if (html[i] is '!' or '?')
        {
            var end = html.IndexOf('>', i);
            tag = new Tag(string.Empty, false, false, end < 0 ? html.Length : end + 1);
            return true;
        }

        var closing = html[i] == '/';
        if (closing)
        {
            i++;
        }

        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || (i > nameStart && html[i] == '-')))
        {
            i++;
        }

        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
        {
            return false;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        char quote = '\0';
        var selfClosing = false;
        var attributes = false;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                attributes = true;
            }
            else if (c == '>')
            {
                selfClosing |= name is "br" or "hr" or "img" or "input" or "meta" or "link" or "wbr";
                tag = new Tag(name, closing, selfClosing && !closing, i + 1, attributes);
                return true;
            }
            else if (c == '/')
            {
                selfClosing = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                selfClosing = false;
                attributes = true;
            }
        }

        // No closing '>': not a tag, so the '<' is text.
        return false;
    }

    private readonly record struct Tag(string Name, bool Closing, bool SelfClosing, int End, bool HasAttributes = false);
}
