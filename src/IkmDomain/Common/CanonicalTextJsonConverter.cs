using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Common;

/// <summary>
/// Writes a value type as its canonical, culture-invariant string and reads it back through <c>Parse</c>
/// (the shared converter of the identifiers and craft values: Nib, Npwp, Gtin, HsCode, Weight...);
/// also works as a dictionary key. No reflection: the type's static <see cref="ISpanParsable{TSelf}"/>
/// members are called directly.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>
/// <para>JSON that is not a string, or text the type rejects, throws <see cref="JsonException"/> carrying the parser's message.</para>
/// <para>Public only because the value types name it in their <see cref="JsonConverterAttribute"/>: a user's own
/// System.Text.Json source-generated context (<c>[JsonSerializable(typeof(MyDto))]</c>) creates the converter
/// in the user's assembly, and an internal converter there gives SYSLIB1030 and no metadata for the type.
/// Not meant to be used directly: the value types already carry it.</para>
/// </remarks>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class CanonicalTextJsonConverter<T> : JsonConverter<T>
    where T : struct, ISpanParsable<T>, ISpanFormattable, IEquatable<T>
{
    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string for {typeof(T).Name}, got {reader.TokenType}.");
        }

        return ParseOrThrow(reader.GetString()!);
    }

    // default(T) of a type marked IDefaultIsNotSet is "not set": it has no text to write or read.
    private static readonly bool s_defaultIsNotSet = default(T) is IDefaultIsNotSet;

    private static JsonException NotSet() => new(
        $"default({typeof(T).Name}) is not set: it has no JSON text (leave the member out or make it nullable), and text that reads as default({typeof(T).Name}) is rejected.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (s_defaultIsNotSet && value.Equals(default(T)))
        {
            throw NotSet();
        }

        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseOrThrow(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (s_defaultIsNotSet && value.Equals(default(T)))
        {
            throw NotSet();
        }

        writer.WritePropertyName(value.ToString(null, CultureInfo.InvariantCulture));
    }

    private static T ParseOrThrow(string text)
    {
        if (T.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return s_defaultIsNotSet && value.Equals(default(T)) ? throw NotSet() : value;
        }

        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }
}
