using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>Reads and writes a <see cref="PostalCode"/> as a JSON string of five digits (<c>"65111"</c>).</summary>
/// <threadsafety static="true" instance="true"/>
public sealed class PostalCodeJsonConverter : JsonConverter<PostalCode>
{
    // The library's shared canonical-text converter does the work.
    private static readonly CanonicalTextJsonConverter<PostalCode> Canonical = new();

    /// <inheritdoc/>
    public override PostalCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Canonical.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PostalCode value, JsonSerializerOptions options) =>
        Canonical.Write(writer, value, options);
}
