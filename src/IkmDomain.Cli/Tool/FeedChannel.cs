using System;
using System.Collections.Generic;
using IkmDomain.Feeds;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// The RSS channel of the XML feeds (Google Merchant, Meta): RSS 2.0 requires a title, a link (the web site the
/// channel belongs to) and a description. The tool fills the link from <c>--channel-link</c>, else from the site
/// of the first product's link (https://shop.example.id/p/1 gives https://shop.example.id/), so it is never empty
/// when there is a product.
/// </summary>
internal static class FeedChannel
{
    /// <summary>Whether <paramref name="text"/> is an absolute http or https URL.</summary>
    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && text.Trim().Length == text.Length;

    /// <summary>The site (scheme, host and port, path "/") of a product link, or null.</summary>
    public static Uri? SiteOf(Uri? link) =>
        link is { IsAbsoluteUri: true } ? new Uri(link.GetLeftPart(UriPartial.Authority) + "/") : null;

    /// <summary>Writer options with the channel title (default the library's) and link.</summary>
    public static FeedWriterOptions Options(string? title, Uri? link, IReadOnlySet<string>? sharedIds = null) =>
        title is null
            ? new FeedWriterOptions { ChannelLink = link, SharedIds = sharedIds }
            : new FeedWriterOptions { ChannelLink = link, ChannelTitle = title, SharedIds = sharedIds };
}
