using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>
/// Reads and writes a <see cref="RegionCode"/> as a JSON string in dotted form (<c>"35.73.01.1001"</c>);
/// reading also accepts the compact form. Works as a property-name converter too, so codes can key dictionaries.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    /// <inheritdoc/>
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A region code must be a JSON string such as \"35.73\", not {reader.TokenType}.");
        }

        return ReadCore(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[RegionCode.MaxFormattedLength];
        value.TryFormat(buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <inheritdoc/>
    public override RegionCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCore(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[RegionCode.MaxFormattedLength];
        value.TryFormat(buffer, out var written);
        writer.WritePropertyName(buffer[..written]);
    }

    private static RegionCode ReadCore(ref Utf8JsonReader reader)
    {
        var text = reader.GetString();
        if (text is null)
        {
            throw new JsonException("A region code must not be null.");
        }

        try
        {
            return RegionCode.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }
}
