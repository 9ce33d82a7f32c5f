using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace IkmDomain.Businesses;

/// <summary>
/// JSON of a <see cref="Certification"/>: its members by name; a missing required member (<c>Kind</c>,
/// <c>Number</c>, <c>Issuer</c>, <c>IssuedOn</c>) or a null where the record has no null is a
/// <see cref="JsonException"/> naming the member. The rules on the values (number and issuer not blank, expiry
/// after issue) are <c>CertificationValidator</c>'s.
/// </summary>
public sealed class CertificationJsonConverter : JsonConverter<Certification>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override Certification? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Certification value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<Certification, CertificationJson>
    {
        protected override Certification ToRecord(CertificationJson s) => new()
        {
            Kind = Required(s.Kind, nameof(Certification.Kind)),
            Number = NotNull(s.Number, nameof(Certification.Number)),
            Issuer = NotNull(s.Issuer, nameof(Certification.Issuer)),
            IssuedOn = Required(s.IssuedOn, nameof(Certification.IssuedOn)),
            ExpiresOn = s.ExpiresOn,
            BatikmarkLabel = s.BatikmarkLabel,
        };

        protected override CertificationJson ToShadow(Certification c) => new()
        {
            Kind = c.Kind,
            Number = c.Number,
            Issuer = c.Issuer,
            IssuedOn = c.IssuedOn,
            ExpiresOn = c.ExpiresOn,
            BatikmarkLabel = c.BatikmarkLabel,
        };

        protected override JsonTypeInfo<CertificationJson> FromContext(JsonSerializerOptions options) =>
            new BusinessesJsonContext(options).CertificationJson;
    }
}

/// <summary>The JSON members of <see cref="Certification"/>, unchecked.</summary>
internal sealed class CertificationJson
{
    public CertificationKind? Kind { get; set; }

    public string? Number { get; set; }

    public string? Issuer { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    public BatikmarkLabel? BatikmarkLabel { get; set; }
}
