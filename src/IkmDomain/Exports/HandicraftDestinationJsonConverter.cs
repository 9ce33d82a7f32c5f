using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IkmDomain.Exports;

/// <summary>
/// JSON of a <see cref="HandicraftDestination"/>: every member but <c>Share</c> is required and none but
/// <c>Share</c> may be null (a missing <c>Source</c> would otherwise read as its "not set" default); a breach
/// is a <see cref="JsonException"/> naming the member.
/// </summary>
public sealed class HandicraftDestinationJsonConverter : JsonConverter<HandicraftDestination>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override HandicraftDestination? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HandicraftDestination value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<HandicraftDestination, HandicraftDestinationJson>
    {
        protected override HandicraftDestination ToRecord(HandicraftDestinationJson s) => new(
            Required(s.Year, nameof(HandicraftDestination.Year)),
            Required(s.Rank, nameof(HandicraftDestination.Rank)),
            Required(s.Partner, nameof(HandicraftDestination.Partner)),
            s.Share,
            Required(s.Source, nameof(HandicraftDestination.Source)),
            NotNull(s.Reference, nameof(HandicraftDestination.Reference)));

        protected override HandicraftDestinationJson ToShadow(HandicraftDestination d) => new()
        {
            Year = d.Year,
            Rank = d.Rank,
            Partner = d.Partner,
            Share = d.Share,
            Source = d.Source,
            Reference = d.Reference,
        };

        protected override JsonTypeInfo<HandicraftDestinationJson> FromContext(JsonSerializerOptions options) =>
            new ExportsJsonContext(options).HandicraftDestinationJson;
    }
}

/// <summary>The JSON members of <see cref="HandicraftDestination"/>, unchecked.</summary>
internal sealed class HandicraftDestinationJson
{
    public int? Year { get; set; }

    public int? Rank { get; set; }

    public CountryCode? Partner { get; set; }

    public decimal? Share { get; set; }

    public ExportSource? Source { get; set; }

    public string? Reference { get; set; }
}
