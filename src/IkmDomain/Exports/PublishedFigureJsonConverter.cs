using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IkmDomain.Exports;

/// <summary>
/// JSON of a <see cref="PublishedFigure"/>: every member is required and none may be null (a missing
/// <c>Period</c> or <c>Source</c> would otherwise read as its "not set" default); a breach is a
/// <see cref="JsonException"/> naming the member.
/// </summary>
public sealed class PublishedFigureJsonConverter : JsonConverter<PublishedFigure>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override PublishedFigure? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, PublishedFigure value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<PublishedFigure, PublishedFigureJson>
    {
        protected override PublishedFigure ToRecord(PublishedFigureJson s) => new(
            Required(s.Value, nameof(PublishedFigure.Value)),
            NotNull(s.Unit, nameof(PublishedFigure.Unit)),
            Required(s.Period, nameof(PublishedFigure.Period)),
            Required(s.Source, nameof(PublishedFigure.Source)),
            NotNull(s.Reference, nameof(PublishedFigure.Reference)));

        protected override PublishedFigureJson ToShadow(PublishedFigure f) => new()
        {
            Value = f.Value,
            Unit = f.Unit,
            Period = f.Period,
            Source = f.Source,
            Reference = f.Reference,
        };

        protected override JsonTypeInfo<PublishedFigureJson> FromContext(JsonSerializerOptions options) =>
            new ExportsJsonContext(options).PublishedFigureJson;
    }
}

/// <summary>The JSON members of <see cref="PublishedFigure"/>, unchecked.</summary>
internal sealed class PublishedFigureJson
{
    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public TradePeriod? Period { get; set; }

    public ExportSource? Source { get; set; }

    public string? Reference { get; set; }
}
