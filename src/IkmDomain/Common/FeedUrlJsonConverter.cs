using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Common;

/// <summary>
/// Writes a <see cref="FeedUrl"/> as its absolute URL string and reads it back through <see cref="FeedUrl.Parse"/>.
/// <c>default(FeedUrl)</c> (empty, "not set") has no JSON text: writing it, or reading text that is no
/// absolute http(s) URL, throws <see cref="JsonException"/>.
/// </summary>
public sealed class FeedUrlJsonConverter : JsonConverter<FeedUrl>
{
    /// <inheritdoc/>
    public override FeedUrl Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for FeedUrl, got {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        return FeedUrl.TryParse(text, CultureInfo.InvariantCulture, out var url)
            ? url
            : throw new JsonException($"'{text}' is not a FeedUrl: a feed URL is an absolute http or https URL (an empty text is default(FeedUrl), 'not set').");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, FeedUrl value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsEmpty)
        {
            throw new JsonException("default(FeedUrl) is not set: it has no JSON text (leave the member out or make it nullable).");
        }

        writer.WriteStringValue(value.Text);
    }
}
