using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain;

/// <summary>
/// Writes a <see cref="Currency"/> as its ISO 4217 code (<c>"IDR"</c>) and reads it back; also
/// works for dictionary keys. Attached to <see cref="Currency"/> with <see cref="JsonConverterAttribute"/>.
/// </summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <inheritdoc/>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a currency code string such as \"IDR\", found {reader.TokenType}.");
        }

        return ReadCode(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.CodeSpan);
    }

    /// <inheritdoc/>
    public override Currency ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCode(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.CodeSpan);
    }

    internal static Currency ReadCode(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.Length == 3 &&
            Currency.TryFromCode(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        var text = reader.GetString();
        return Currency.TryFromCode(text, out var currency)
            ? currency
            : throw new JsonException($"'{text}' is not an ISO 4217 currency code.");
    }
}
