using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Exports;

/// <summary>Reads and writes an <see cref="ExportSource"/> as its name.</summary>
public sealed class ExportSourceJsonConverter : JsonConverter<ExportSource>
{
    /// <inheritdoc/>
    public override ExportSource Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an export source name, found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        return ExportSource.TryParse(text, out var source)
            ? source
            : throw new JsonException($"'{text}' is not an export source name (1 to {ExportSource.MaxLength} characters, no control characters, no padding).");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExportSource value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Equals(default(ExportSource)))
        {
            throw new JsonException("default(ExportSource) is not set: it has no name to write (leave the member out or make it nullable).");
        }

        writer.WriteStringValue(value.Name);
    }
}
