using System.Text.Json.Serialization;

namespace IkmDomain.Feeds;

/// <summary>The file format a generated feed writer produces. Every format is UTF-8 without a byte order mark.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeedFormat>))]
public enum FeedFormat
{
    /// <summary>Tab-separated values with a header row.</summary>
    Tsv = 0,

    /// <summary>Comma-separated values (RFC 4180) with a header row.</summary>
    Csv = 1,

    /// <summary>XML (RSS 2.0 for Google and Meta).</summary>
    Xml = 2,

    /// <summary>A JSON array.</summary>
    Json = 3,

    /// <summary>JSON Lines: one JSON object per line.</summary>
    JsonLines = 4,
}
