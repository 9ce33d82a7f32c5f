using System;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IkmDomain.Crafts;
using IkmDomain.Validation;

namespace IkmDomain.AspNetCore;

/// <summary>JSON settings for IkmDomain types in request and response bodies.</summary>
public static class IkmJson
{
    /// <summary>
    /// Adds IkmDomain's JSON settings to <paramref name="options"/>: the money members of input records
    /// (<see cref="CraftProductInput.Price"/>, <see cref="CraftProductInput.SalePrice"/>) read a number, a money
    /// object <c>{"amount":150000,"currency":"IDR"}</c> or money text (<c>"Rp150.000"</c>, <c>"IDR 150000"</c>),
    /// and IkmDomain's public enums read and write as their names (<c>"Medium"</c>, not <c>2</c>).
    /// <see cref="IkmServiceCollectionExtensions.AddIkmDomain"/> calls it for minimal APIs and MVC.
    /// </summary>
    /// <param name="options">The serializer options to change (not yet used for serialization).</param>
    /// <param name="enumsAsNames">Whether to add the enum-name converter.</param>
    public static void Configure(JsonSerializerOptions options, bool enumsAsNames = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Converters.OfType<CraftProductInputJsonConverter>().Any())
        {
            options.Converters.Add(new CraftProductInputJsonConverter());
        }

        if (enumsAsNames && !options.Converters.OfType<IkmEnumNameConverterFactory>().Any())
        {
            options.Converters.Add(new IkmEnumNameConverterFactory());
        }
    }
}

/// <summary>Reads and writes IkmDomain's public enums (and only those) as their names; reading also accepts numbers.</summary>
public sealed class IkmEnumNameConverterFactory : JsonConverterFactory
{
    private readonly JsonStringEnumConverter _inner = new(namingPolicy: null, allowIntegerValues: true);

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsEnum && typeToConvert.Assembly == typeof(Money).Assembly && typeToConvert.IsPublic;

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        _inner.CreateConverter(typeToConvert, options);
}

/// <summary>The error of a JSON body member that is not a valid IkmDomain value; carries the IKM code.</summary>
public sealed class IkmJsonValueException : JsonException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The IKM code.</param>
    /// <param name="member">The JSON member.</param>
    /// <param name="message">The message (the library's explanation).</param>
    /// <param name="inner">The parser's exception, if any.</param>
    public IkmJsonValueException(string code, string member, string message, Exception? inner = null)
        : base(message, "$." + member, null, null, inner)
    {
        Code = code;
        Member = member;
    }

    /// <summary>The IKM code (IKM101 for money text that does not parse).</summary>
    public string Code { get; }

    /// <summary>The JSON member, such as <c>price</c>.</summary>
    public string Member { get; }
}

/// <summary>
/// Reads a <see cref="CraftProductInput"/> whose <c>price</c> and <c>salePrice</c> may be a number, a money object
/// or money text; a money value's currency fills <c>currency</c> when the body does not give one, and must match it
/// when it does (IKM102). Writes the input as it is.
/// </summary>
public sealed class CraftProductInputJsonConverter : JsonConverter<CraftProductInput>
{
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Inner = [];

    /// <inheritdoc/>
    public override CraftProductInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader);
        if (node is null)
        {
            return null;
        }

        if (node is JsonObject body)
        {
            var currencyName = Find(body, nameof(CraftProductInput.Currency)) ?? "currency";
            string? currency = body[currencyName] is JsonValue c && c.TryGetValue<string>(out var code) ? code : null;
            string? currencyFrom = currency is null ? null : currencyName;
            foreach (var member in new[] { nameof(CraftProductInput.Price), nameof(CraftProductInput.SalePrice) })
            {
                var name = Find(body, member);
                if (name is null || body[name] is not { } value || value.GetValueKind() == JsonValueKind.Number)
                {
                    continue;
                }

                var money = ReadMoney(name, value, options);
                if (money is null)
                {
                    body[name] = JsonValue.Create(ReadPlainAmount(name, value));
                    continue;
                }

                var moneyCode = money.Value.Currency.Code;
                if (currency is not null && !string.Equals(currency, moneyCode, StringComparison.OrdinalIgnoreCase))
                {
                    throw new IkmJsonValueException(IkmErrorCodes.WrongCurrency, name, $"'{name}' is in {moneyCode} but '{currencyFrom}' says {currency}: a product's prices share one currency.");
                }

                currency = moneyCode;
                currencyFrom = name;
                body[name] = JsonValue.Create(money.Value.Amount);
                body[currencyName] = JsonValue.Create(moneyCode);
            }
        }

        return node.Deserialize<CraftProductInput>(InnerOptions(options));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CraftProductInput value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, InnerOptions(options));

    private static JsonSerializerOptions InnerOptions(JsonSerializerOptions options) =>
        Inner.GetValue(options, static o =>
        {
            var copy = new JsonSerializerOptions(o);
            foreach (var converter in copy.Converters.OfType<CraftProductInputJsonConverter>().ToList())
            {
                copy.Converters.Remove(converter);
            }

            return copy;
        });

    private static string? Find(JsonObject body, string member) =>
        body.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, member, StringComparison.OrdinalIgnoreCase));

    private static Money? ReadMoney(string name, JsonNode value, JsonSerializerOptions options)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.Object:
                try
                {
                    return value.Deserialize<Money>(options);
                }
                catch (JsonException e)
                {
                    throw new IkmJsonValueException(IkmErrorCodes.InvalidMoney, name, $"'{name}' is not money: {e.Message}", e);
                }

            case JsonValueKind.String:
                var text = value.GetValue<string>();
                if (decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
                {
                    return null;
                }

                try
                {
                    return Money.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new IkmJsonValueException(IkmErrorCodes.InvalidMoney, name, $"'{name}' is not an amount of money: {e.Message}", e);
                }

            case JsonValueKind.Null:
                return null;

            default:
                throw new IkmJsonValueException(IkmErrorCodes.InvalidMoney, name, $"'{name}' must be a number, money text such as \"Rp150.000\" or \"IDR 150000\", or an object {{\"amount\":150000,\"currency\":\"IDR\"}}; found {value.GetValueKind()}.");
        }
    }

    private static decimal? ReadPlainAmount(string name, JsonNode value) =>
        value.GetValueKind() == JsonValueKind.Null
            ? null
            : decimal.Parse(value.GetValue<string>(), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
