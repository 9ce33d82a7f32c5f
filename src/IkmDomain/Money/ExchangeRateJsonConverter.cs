using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain;

/// <summary>
/// Writes an <see cref="ExchangeRate"/> as its text form <c>"USD/IDR 16250"</c> and reads it back.
/// Attached to <see cref="ExchangeRate"/> with <see cref="JsonConverterAttribute"/>.
/// </summary>
public sealed class ExchangeRateJsonConverter : JsonConverter<ExchangeRate>
{
    /// <inheritdoc/>
    public override ExchangeRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an exchange rate string such as \"USD/IDR 16250\", found {reader.TokenType}.");
        }

        var text = reader.GetString();
        return ExchangeRate.TryParse(text, null, out var rate)
            ? rate
            : throw new JsonException($"'{text}' is not an exchange rate such as \"USD/IDR 16250\".");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExchangeRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[48];
        value.TryFormat(buffer, out var written, default, null);
        writer.WriteStringValue(buffer[..written]);
    }
}
