using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// System.Text.Json converter for the business identifiers: a JSON string holding the canonical text,
/// also usable as a dictionary key. No reflection, so it works with source-generated contexts and AOT.
/// </summary>
/// <typeparam name="T">The identifier type.</typeparam>
internal sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpanParsable<T>, ISpanFormattable
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeof(T).Name}, got {reader.TokenType}.");
        }

        return ParseText(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, default, null))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString());
        }
    }

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseText(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString(null, null));
    }

    private static T ParseText(string text)
    {
        try
        {
            return T.Parse(text, null);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }
}
