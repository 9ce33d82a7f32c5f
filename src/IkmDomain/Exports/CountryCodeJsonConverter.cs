using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Exports;

/// <summary>
/// Reads a <see cref="CountryCode"/> from a JSON string (alpha-2, alpha-3 or numeric) or number
/// (numeric code) and writes the canonical alpha-2 string. Works as a dictionary key too.
/// </summary>
public sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    /// <inheritdoc/>
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out var n) && CountryCode.TryFromNumeric(n, out var byNumber)
                ? byNumber
                : throw new JsonException($"{reader.GetDouble()} is not an ISO 3166-1 numeric country code.");
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a country code string, found {reader.TokenType}.");
        }

        return Convert(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Alpha2);
    }

    /// <inheritdoc/>
    public override CountryCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Convert(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Alpha2);
    }

    private static CountryCode Convert(string text) =>
        CountryCode.TryParse(text, out var code) ? code : throw new JsonException(
            $"'{text}' is not an ISO 3166-1 country code: expected an assigned alpha-2 (ID), alpha-3 (IDN) or numeric (360) code.");
}
