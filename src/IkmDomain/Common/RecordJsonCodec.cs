using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IkmDomain.Common;

/// <summary>
/// The body of the public record converters (CraftProductJsonConverter, ExportRecordJsonConverter...): reads and
/// writes a record that keeps invariants (its constructor and init accessors throw
/// <see cref="ArgumentException"/>) through a plain shadow class with the same JSON members, so that
/// reading JSON gives a valid record or a <see cref="JsonException"/> naming the JSON member and the rule,
/// never an <see cref="ArgumentException"/> from deep inside the serializer.
/// </summary>
/// <typeparam name="TRecord">The record.</typeparam>
/// <typeparam name="TShadow">Its shadow: public settable members with the record's names, nothing checked.</typeparam>
/// <remarks>
/// The shadow's metadata comes from the caller's options (reflection, <c>JsonSerializerOptions.Web</c>,
/// the caller's naming policy and converters); when their resolver does not know the shadow (a source-generated
/// context), from the area's own source-generated context over a copy of the caller's options.
/// </remarks>
internal abstract class RecordJsonCodec<TRecord, TShadow>
    where TRecord : class
    where TShadow : class
{
    private readonly ConditionalWeakTable<JsonSerializerOptions, JsonTypeInfo<TShadow>> _fallback = [];

    public TRecord Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeof(TRecord).Name}, got {reader.TokenType}.");
        }

        var shadow = JsonSerializer.Deserialize(ref reader, Info(options))
            ?? throw new JsonException($"Expected a JSON object for {typeof(TRecord).Name}, got null.");
        try
        {
            return ToRecord(shadow);
        }
        catch (ArgumentException e)
        {
            var member = e.ParamName is { Length: > 0 } name ? options.PropertyNamingPolicy?.ConvertName(name) ?? name : "?";
            var rule = e is ArgumentNullException && e.Message.StartsWith("Value cannot be null", StringComparison.Ordinal)
                ? "is required and must not be null"
                : e.Message;
            throw new JsonException($"{typeof(TRecord).Name} member '{member}': {rule}", e);
        }
    }

    public void Write(Utf8JsonWriter writer, TRecord value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, ToShadow(value), Info(options));
    }

    /// <summary>Builds the record from a shadow read from JSON.</summary>
    /// <param name="shadow">The shadow.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException">A member breaks its rule or a required member is missing (the parameter name is the member's).</exception>
    protected abstract TRecord ToRecord(TShadow shadow);

    /// <summary>The shadow of a record, to write.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The shadow.</returns>
    protected abstract TShadow ToShadow(TRecord record);

    /// <summary>The shadow's metadata from the area's source-generated context over <paramref name="options"/> (a fresh copy).</summary>
    /// <param name="options">A mutable copy of the caller's options.</param>
    /// <returns>The metadata.</returns>
    protected abstract JsonTypeInfo<TShadow> FromContext(JsonSerializerOptions options);

    /// <summary>Throws the error of a missing required member.</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="value">The value read.</param>
    /// <param name="member">The member's name.</param>
    /// <returns>The value.</returns>
    protected static T Required<T>(T? value, string member)
        where T : struct =>
        value ?? throw new ArgumentNullException(member);

    /// <summary>Throws the error of a missing or null reference member (a non-nullable member of the record).</summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="value">The value read.</param>
    /// <param name="member">The member's name.</param>
    /// <returns>The value.</returns>
    protected static T NotNull<T>(T? value, string member)
        where T : class =>
        value ?? throw new ArgumentNullException(member);

    private JsonTypeInfo<TShadow> Info(JsonSerializerOptions options) =>
        options.TryGetTypeInfo(typeof(TShadow), out var info)
            ? (JsonTypeInfo<TShadow>)info
            : _fallback.GetValue(options, o => FromContext(new JsonSerializerOptions(o)));
}
