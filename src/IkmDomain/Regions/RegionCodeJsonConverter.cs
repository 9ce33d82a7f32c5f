using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>
/// Reads and writes a <see cref="RegionCode"/> as a JSON string in dotted form (<c>"35.73.01.1001"</c>);
/// reading also accepts the compact form. Works as a property-name converter too, so codes can key dictionaries.
/// The library's shared canonical-text converter does the work.
/// </summary>
/// <threadsafety static="true" instance="true"/>
public sealed class RegionCodeJsonConverter : JsonConverter<RegionCode>
{
    private static readonly CanonicalTextJsonConverter<RegionCode> Canonical = new();

    /// <inheritdoc/>
    public override RegionCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Canonical.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) =>
        Canonical.Write(writer, value, options);

    /// <inheritdoc/>
    public override RegionCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Canonical.ReadAsPropertyName(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, RegionCode value, JsonSerializerOptions options) =>
        Canonical.WriteAsPropertyName(writer, value, options);
}
