using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IkmDomain.Classifications;

namespace IkmDomain.Exports;

/// <summary>
/// JSON of an <see cref="ExportRecord"/>: the record's members, read into <see cref="ExportRecordJson"/> and
/// checked by its constructor and init accessors; a missing or broken member is a <see cref="JsonException"/>
/// naming it and the rule.
/// </summary>
public sealed class ExportRecordJsonConverter : JsonConverter<ExportRecord>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override ExportRecord? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExportRecord value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<ExportRecord, ExportRecordJson>
    {
        protected override ExportRecord ToRecord(ExportRecordJson s) =>
            new(Required(s.Period, nameof(ExportRecord.Period)), Required(s.Partner, nameof(ExportRecord.Partner)), Required(s.Value, nameof(ExportRecord.Value)), Required(s.Source, nameof(ExportRecord.Source)))
            {
                Reporter = s.Reporter ?? CountryCode.Indonesia,
                HsCode = s.HsCode,
                // The JSON carries the derived material too; only one that differs from it was set explicitly.
            Material = s.Material is { } m && m != ExportRecord.DeriveMaterial(s.HsCode) ? m : null,
                NetWeightKg = s.NetWeightKg,
                Quantity = s.Quantity,
                QuantityUnit = s.QuantityUnit,
                Reference = s.Reference,
                TransportModeCode = s.TransportModeCode,
                CustomsProcedureCode = s.CustomsProcedureCode,
                SupplyModeCode = s.SupplyModeCode,
                SecondPartnerCode = s.SecondPartnerCode,
            };

        protected override ExportRecordJson ToShadow(ExportRecord r) => new()
        {
            Period = r.Period,
            Reporter = r.Reporter,
            Partner = r.Partner,
            HsCode = r.HsCode,
            Material = r.Material,
            Value = r.Value,
            NetWeightKg = r.NetWeightKg,
            Quantity = r.Quantity,
            QuantityUnit = r.QuantityUnit,
            Source = r.Source,
            Reference = r.Reference,
            TransportModeCode = r.TransportModeCode,
            CustomsProcedureCode = r.CustomsProcedureCode,
            SupplyModeCode = r.SupplyModeCode,
            SecondPartnerCode = r.SecondPartnerCode,
            IsBreakdown = r.IsBreakdown,
        };

        protected override JsonTypeInfo<ExportRecordJson> FromContext(JsonSerializerOptions options) =>
            new ExportsJsonContext(options).ExportRecordJson;
    }
}

/// <summary>The JSON members of <see cref="ExportRecord"/>, unchecked.</summary>
internal sealed class ExportRecordJson
{
    public TradePeriod? Period { get; set; }

    public CountryCode? Reporter { get; set; }

    public CountryCode? Partner { get; set; }

    public HsCode? HsCode { get; set; }

    public CraftMaterial? Material { get; set; }

    public Money? Value { get; set; }

    public decimal? NetWeightKg { get; set; }

    public decimal? Quantity { get; set; }

    public string? QuantityUnit { get; set; }

    public ExportSource? Source { get; set; }

    public string? Reference { get; set; }

    public int? TransportModeCode { get; set; }

    public string? CustomsProcedureCode { get; set; }

    public int? SupplyModeCode { get; set; }

    public int? SecondPartnerCode { get; set; }

    // Written for readers of the JSON (derived from the breakdown codes); ignored when read.
    public bool IsBreakdown { get; set; }
}

/// <summary>Source-generated metadata for the Exports records' JSON shadows (used when the caller's resolver has none).</summary>
[JsonSerializable(typeof(ExportRecordJson))]
[JsonSerializable(typeof(PublishedFigureJson))]
[JsonSerializable(typeof(HandicraftDestinationJson))]
internal sealed partial class ExportsJsonContext : JsonSerializerContext
{
}
