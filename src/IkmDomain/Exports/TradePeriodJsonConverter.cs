using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Exports;

/// <summary>
/// Reads a <see cref="TradePeriod"/> from a JSON string (<c>"2023"</c>, <c>"2023-01"</c>, <c>"202301"</c>)
/// or number (<c>2023</c>, <c>202301</c>, as UN Comtrade writes it) and writes the canonical string.
/// </summary>
public sealed class TradePeriodJsonConverter : JsonConverter<TradePeriod>
{
    /// <inheritdoc/>
    public override TradePeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            JsonTokenType.Number when reader.TryGetInt32(out var n) => n.ToString(CultureInfo.InvariantCulture),
            _ => throw new JsonException($"Expected a trade period, found {reader.TokenType}."),
        };

        return TradePeriod.TryParse(text, out var period)
            ? period
            : throw new JsonException($"'{text}' is not a trade period: expected 2023, 2023-01 or 202301.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TradePeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Equals(default(TradePeriod)))
        {
            throw new JsonException("default(TradePeriod) is not set: year 0 has no text (leave the member out or make it nullable).");
        }

        writer.WriteStringValue(value.ToString());
    }
}
