using System.Text.Json.Serialization;

namespace IkmDomain.Feeds;

/// <summary>Whether <see cref="FeedFile"/> replaced the feed, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedPublishStatus>))]
public enum FeedPublishStatus
{
    /// <summary>The new feed was flushed to disk and renamed over the target.</summary>
    Published = 0,

    /// <summary>
    /// The shrink guard refused the new feed: it held fewer items than
    /// <see cref="FeedPublishOptions.MinItemsRatio"/> of the previous one. The old file is untouched
    /// and the new one was deleted.
    /// </summary>
    RefusedShrink = 1,
}
