using System;
using System.Collections.Generic;

namespace IkmDomain.Crafts;

/// <content>TikTok Shop's description markup rule.</content>
public static partial class DescriptionHtml
{
    private static readonly HashSet<string> TikTokBlockTags = new(StringComparer.Ordinal) { "p", "ul", "ol" };
    private static readonly HashSet<string> TikTokInlineTags = new(StringComparer.Ordinal) { "strong", "b", "i", "em", "u" };

    /// <summary>The tags TikTok Shop allows in a description, lower case.</summary>
    public static IReadOnlyCollection<string> TikTokShopAllowedTags { get; } =
        new[] { "p", "img", "ul", "ol", "li", "br", "strong", "b", "i", "em", "u" };

    /// <summary>
    /// True when <paramref name="html"/> is markup TikTok Shop takes as it is (Partner API
    /// <c>POST /product/202309/products</c>, <c>description</c>): only the tags p, img, ul, ol, li, br,
    /// strong, b, i, em and u; tags not nested in each other, which this reads as: p, ul and ol only at
    /// the top level, li only directly inside ul or ol, strong, b, i, em, u, br and img only at the top
    /// level or directly inside p or li; every end tag closes the element last opened. Plain text is
    /// TikTok markup. Whether an img points at a TikTok-hosted image is not checked (it cannot be from here).
    /// </summary>
    /// <param name="html">The description.</param>
    /// <returns>True when TikTok Shop accepts the markup as it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static bool IsTikTokShopHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (html.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            return true;
        }

        // Open elements, innermost last; the rules allow at most two levels (ul > li > strong).
        var open = new List<string>(3);
        var pos = 0;
        while ((pos = html.IndexOf('<', pos)) >= 0)
        {
            if (!TryReadTag(html, pos, out var tag))
            {
                pos++;
                continue;
            }

            pos = tag.End;
            if (tag.Name.Length == 0)
            {
                continue; // A comment or declaration: no element.
            }

            var parent = open.Count == 0 ? null : open[^1];
            if (tag.Closing)
            {
                if (parent != tag.Name)
                {
                    return false;
                }

                open.RemoveAt(open.Count - 1);
                continue;
            }

            var name = tag.Name;
            bool allowed;
            if (TikTokBlockTags.Contains(name))
            {
                allowed = parent is null;
            }
            else if (name == "li")
            {
                allowed = parent is "ul" or "ol";
            }
            else if (TikTokInlineTags.Contains(name) || name is "br" or "img")
            {
                allowed = parent is null or "p" or "li";
            }
            else
            {
                return false;
            }

            if (!allowed)
            {
                return false;
            }

            if (!tag.SelfClosing && name is not ("br" or "img"))
            {
                open.Add(name);
            }
        }

        return true;
    }
}
