using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>Reads and writes a <see cref="PostalCode"/> as a JSON string of five digits (<c>"65111"</c>).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class PostalCodeJsonConverter : JsonConverter<PostalCode>
{
    /// <inheritdoc/>
    public override PostalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A postal code must be a JSON string such as \"65111\", not {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        try
        {
            return PostalCode.Parse(text);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PostalCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[5];
        value.TryFormat(buffer, out _, default, null);
        writer.WriteStringValue(buffer);
    }
}
