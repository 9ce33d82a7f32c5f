using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IkmDomain.Regions;

/// <summary>
/// JSON of a <see cref="Region"/>: <c>Code</c>, <c>Name</c>, <c>MatchedFormerName</c> and (written only)
/// <c>Level</c>; a missing code or a missing or blank name is a <see cref="JsonException"/> naming the member.
/// </summary>
public sealed class RegionJsonConverter : JsonConverter<Region>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override Region? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Region value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<Region, RegionJson>
    {
        protected override Region ToRecord(RegionJson s)
        {
            var region = new Region(Required(s.Code, nameof(Region.Code)), s.Name!);
            return s.MatchedFormerName is { } former ? new Region(region, former) : region;
        }

        protected override RegionJson ToShadow(Region r) => new()
        {
            Code = r.Code,
            Name = r.Name,
            MatchedFormerName = r.MatchedFormerName,
            Level = r.Level,
        };

        protected override JsonTypeInfo<RegionJson> FromContext(JsonSerializerOptions options) =>
            new RegionsJsonContext(options).RegionJson;
    }
}

/// <summary>The JSON members of <see cref="Region"/>, unchecked.</summary>
internal sealed class RegionJson
{
    public RegionCode? Code { get; set; }

    public string? Name { get; set; }

    public string? MatchedFormerName { get; set; }

    // Written for readers of the JSON (derived from the code); ignored when read.
    public RegionLevel Level { get; set; }
}

/// <summary>Source-generated metadata for <see cref="RegionJson"/> (used when the caller's resolver has none).</summary>
[JsonSerializable(typeof(RegionJson))]
internal sealed partial class RegionsJsonContext : JsonSerializerContext
{
}
