using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using IkmDomain.Classifications;
using IkmDomain.Regions;

namespace IkmDomain.Businesses;

/// <summary>
/// JSON of an <see cref="IkmBusiness"/>: its members by name; a missing required member (<c>Nib</c>,
/// <c>Name</c>, <c>LegalForm</c>, <c>KbliCodes</c>, <c>Region</c>, <c>StreetAddress</c>), a null or blank
/// name or street address, or a null list is a <see cref="JsonException"/> naming the member. The other rules
/// on the values are <c>IkmBusinessValidator</c>'s.
/// </summary>
public sealed class IkmBusinessJsonConverter : JsonConverter<IkmBusiness>
{
    private static readonly Codec Inner = new();

    /// <inheritdoc/>
    public override IkmBusiness? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IkmBusiness value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    private sealed class Codec : RecordJsonCodec<IkmBusiness, IkmBusinessJson>
    {
        protected override IkmBusiness ToRecord(IkmBusinessJson s) => new()
        {
            Nib = Required(s.Nib, nameof(IkmBusiness.Nib)),
            Name = NotBlank(s.Name, nameof(IkmBusiness.Name), "the business name is required and must not be null or blank"),
            LegalForm = Required(s.LegalForm, nameof(IkmBusiness.LegalForm)),
            Npwp = s.Npwp,
            KbliCodes = NotNull(s.KbliCodes, nameof(IkmBusiness.KbliCodes)),
            Region = Required(s.Region, nameof(IkmBusiness.Region)),
            StreetAddress = NotBlank(s.StreetAddress, nameof(IkmBusiness.StreetAddress), "the street address is required and must not be null or blank"),
            PostalCode = s.PostalCode,
            Phone = s.Phone,
            Email = s.Email,
            FoundedYear = s.FoundedYear,
            Workers = s.Workers,
            MaleWorkers = s.MaleWorkers,
            FemaleWorkers = s.FemaleWorkers,
            Capital = s.Capital,
            AnnualSales = s.AnnualSales,
            DeclaredScale = s.DeclaredScale,
            Materials = NotNull(s.Materials, nameof(IkmBusiness.Materials)),
            Certifications = NotNull(s.Certifications, nameof(IkmBusiness.Certifications)),
        };

        protected override IkmBusinessJson ToShadow(IkmBusiness b) => new()
        {
            Nib = b.Nib,
            Name = b.Name,
            LegalForm = b.LegalForm,
            Npwp = b.Npwp,
            KbliCodes = b.KbliCodes,
            Region = b.Region,
            StreetAddress = b.StreetAddress,
            PostalCode = b.PostalCode,
            Phone = b.Phone,
            Email = b.Email,
            FoundedYear = b.FoundedYear,
            Workers = b.Workers,
            MaleWorkers = b.MaleWorkers,
            FemaleWorkers = b.FemaleWorkers,
            Capital = b.Capital,
            AnnualSales = b.AnnualSales,
            DeclaredScale = b.DeclaredScale,
            Materials = b.Materials,
            Certifications = b.Certifications,
        };

        protected override JsonTypeInfo<IkmBusinessJson> FromContext(JsonSerializerOptions options) =>
            new BusinessesJsonContext(options).IkmBusinessJson;

        private static string NotBlank(string? value, string member, string rule) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException(rule, member) : value;
    }
}

/// <summary>The JSON members of <see cref="IkmBusiness"/>, unchecked.</summary>
internal sealed class IkmBusinessJson
{
    public Nib? Nib { get; set; }

    public string? Name { get; set; }

    public LegalForm? LegalForm { get; set; }

    public Npwp? Npwp { get; set; }

    public IReadOnlyList<Kbli>? KbliCodes { get; set; }

    public RegionCode? Region { get; set; }

    public string? StreetAddress { get; set; }

    public PostalCode? PostalCode { get; set; }

    public PhoneNumber? Phone { get; set; }

    public string? Email { get; set; }

    public int? FoundedYear { get; set; }

    public int Workers { get; set; }

    public int? MaleWorkers { get; set; }

    public int? FemaleWorkers { get; set; }

    public Money? Capital { get; set; }

    public Money? AnnualSales { get; set; }

    public UmkmScale? DeclaredScale { get; set; }

    // Absent means none; an explicit null is an error.
    public IReadOnlyList<CraftMaterial>? Materials { get; set; } = [];

    public IReadOnlyList<Certification>? Certifications { get; set; } = [];
}

/// <summary>Source-generated metadata for the Businesses records' JSON shadows (used when the caller's resolver has none).</summary>
[JsonSerializable(typeof(IkmBusinessJson))]
[JsonSerializable(typeof(SentraJson))]
[JsonSerializable(typeof(CertificationJson))]
internal sealed partial class BusinessesJsonContext : JsonSerializerContext
{
}
