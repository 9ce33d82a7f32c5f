namespace IkmDomain.Feeds;

/// <summary>
/// The RSS 2.0 envelope of a Google Merchant Center XML feed (answer/160589):
/// <c>&lt;rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"&gt;&lt;channel&gt;</c> with its
/// title, link and description, then the items, then the closing tags. Used by generated writers.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class RssChannel
{
    /// <summary>Writes the XML declaration, the <c>rss</c> and <c>channel</c> openings and the channel's title, link and description.</summary>
    /// <param name="writer">The buffer.</param>
    /// <param name="options">Where the channel text comes from.</param>
    public static void WriteStart(FeedBufferWriter writer, FeedWriterOptions options)
    {
        System.ArgumentNullException.ThrowIfNull(writer);
        System.ArgumentNullException.ThrowIfNull(options);
        writer.WriteRaw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n<title>"u8);
        writer.WriteXmlText(options.ChannelTitle);
        writer.WriteRaw("</title>\n<link>"u8);
        if (options.ChannelLink is not null)
        {
            writer.WriteXmlUri(options.ChannelLink);
        }

        writer.WriteRaw("</link>\n<description>"u8);
        writer.WriteXmlText(options.ChannelDescription);
        writer.WriteRaw("</description>\n"u8);
    }

    /// <summary>Writes the <c>channel</c> and <c>rss</c> closings.</summary>
    /// <param name="writer">The buffer.</param>
    public static void WriteEnd(FeedBufferWriter writer)
    {
        System.ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("</channel>\n</rss>\n"u8);
    }
}
