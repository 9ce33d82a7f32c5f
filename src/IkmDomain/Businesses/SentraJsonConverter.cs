using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IkmDomain.Classifications;
using IkmDomain.Regions;

namespace IkmDomain.Businesses;

/// <summary>
/// JSON of a <see cref="Sentra"/>: its members by name; a missing required member (<c>Id</c>, <c>Name</c>,
/// <c>Village</c>, <c>MainCommodity</c>) or a null where the record has no null (<c>Members</c>) is a
/// <see cref="JsonException"/> naming the member. The rules on the values are <c>SentraValidator</c>'s.
/// </summary>
public sealed class SentraJsonConverter : JsonConverter<Sentra>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override Sentra? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Sentra value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<Sentra, SentraJson>
    {
        protected override Sentra ToRecord(SentraJson s) => new()
        {
            Id = NotNull(s.Id, nameof(Sentra.Id)),
            Name = NotNull(s.Name, nameof(Sentra.Name)),
            Village = Required(s.Village, nameof(Sentra.Village)),
            MainCommodity = NotNull(s.MainCommodity, nameof(Sentra.MainCommodity)),
            MainKbli = s.MainKbli,
            MainMaterial = s.MainMaterial,
            Members = NotNull(s.Members, nameof(Sentra.Members)),
        };

        protected override SentraJson ToShadow(Sentra s) => new()
        {
            Id = s.Id,
            Name = s.Name,
            Village = s.Village,
            MainCommodity = s.MainCommodity,
            MainKbli = s.MainKbli,
            MainMaterial = s.MainMaterial,
            Members = s.Members,
        };

        protected override JsonTypeInfo<SentraJson> FromContext(JsonSerializerOptions options) =>
            new BusinessesJsonContext(options).SentraJson;
    }
}

/// <summary>The JSON members of <see cref="Sentra"/>, unchecked.</summary>
internal sealed class SentraJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public RegionCode? Village { get; set; }

    public string? MainCommodity { get; set; }

    public Kbli? MainKbli { get; set; }

    public CraftMaterial? MainMaterial { get; set; }

    // Absent means none; an explicit null is an error.
    public IReadOnlyList<Nib>? Members { get; set; } = [];
}
