using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using IkmDomain.Common;

namespace IkmDomain;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":1300000.00,"currency":"IDR"}</c> (the amount a JSON
/// number with at least the currency's minor digits, so no precision is lost) and reads that
/// object (property names in any case) or the string form <c>"IDR 1300000.00"</c>.
/// Attached to <see cref="Money"/> with <see cref="JsonConverterAttribute"/>.
/// </summary>
/// <remarks>A value read from JSON is an ordinary <see cref="Money"/>: there is no hidden context
/// that would make it behave differently from a constructed one.</remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private static readonly JsonEncodedText AmountName = JsonEncodedText.Encode("amount");
    private static readonly JsonEncodedText CurrencyName = JsonEncodedText.Encode("currency");

    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString()!;
            return Money.TryParse(text, null, out var parsed)
                ? parsed
                : throw new JsonException($"'{text}' is not money: expected \"IDR 1300000.00\" or {{\"amount\":1300000.00,\"currency\":\"IDR\"}}.");
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected money as an object {{\"amount\":1300000.00,\"currency\":\"IDR\"}} or a string, found {reader.TokenType}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed money object.");
            }

            var isAmount = reader.ValueTextEquals("amount"u8) || reader.ValueTextEquals("Amount"u8);
            var isCurrency = !isAmount && (reader.ValueTextEquals("currency"u8) || reader.ValueTextEquals("Currency"u8));
            reader.Read();
            if (isAmount)
            {
                amount = reader.TokenType is JsonTokenType.Number or JsonTokenType.String
                    ? ReadExactAmount(ref reader)
                    : throw new JsonException("The money \"amount\" must be a number such as 1300000.00.");
            }
            else if (isCurrency)
            {
                currency = reader.TokenType == JsonTokenType.String
                    ? CurrencyJsonConverter.ReadCode(ref reader)
                    : throw new JsonException("The money \"currency\" must be an ISO 4217 code string such as \"IDR\".");
            }
            else
            {
                reader.Skip();
            }
        }

        if (amount is null || currency is null)
        {
            throw new JsonException("A money object needs both \"amount\" and \"currency\".");
        }

        return new Money(amount.Value, currency.Value);
    }

    // The amount exactly as written or an error: decimal would silently round 1e-29 to 0.
    private static decimal ReadExactAmount(ref Utf8JsonReader reader)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        return ExactDecimal.TryParse(text, allowSign: true, allowExponent: reader.TokenType == JsonTokenType.Number, out var amount)
            ? amount
            : throw new JsonException($"The money \"amount\" {text} is not a number that decimal holds exactly (at most 28 decimal places and 29 significant digits): it would be rounded or overflow.");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber(AmountName, Money.WithMinimumScale(value.Amount, value.Currency.MinorUnits));
        writer.WriteString(CurrencyName, value.Currency.CodeSpan);
        writer.WriteEndObject();
    }
}
