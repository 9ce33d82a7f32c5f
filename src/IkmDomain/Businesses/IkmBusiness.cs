using System;
using System.Collections.Generic;
using System.Linq;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Regions;

namespace IkmDomain.Businesses;

/// <summary>
/// An IKM (<i>industri kecil dan menengah</i>) business profile, as e-Smart IKM holds it: who the maker
/// is (NIB, name, legal form, NPWP), what they do (KBLI codes, materials), where (region, address), how
/// to reach them, how big they are (workers, capital, sales, declared scale) and what certifications
/// they hold.
/// </summary>
/// <remarks>
/// <para>Every identifier is already a parsed value type, so a NIB, NPWP, KBLI code, phone number or
/// region code here is well-formed. The record does not enforce the business rules that depend on
/// several members or on today's date (at least one KBLI code, a declared scale that matches capital
/// and sales, a founding year not in the future...): <c>IkmDomain.Validation.IkmBusinessValidator</c>
/// checks those and reports each with an IKM3xx code. e-Smart IKM's own field schema is not public; the
/// fields follow the OSS RBA API where it defines them.</para>
/// <para>Equality is by value, including the items of the lists.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(IkmBusinessJsonConverter))]
public sealed record IkmBusiness
{
    private EquatableList<Kbli> _kbliCodes = EquatableList<Kbli>.Empty;
    private EquatableList<CraftMaterial> _materials = EquatableList<CraftMaterial>.Empty;
    private EquatableList<Certification> _certifications = EquatableList<Certification>.Empty;

    /// <summary>Gets the business identification number issued by OSS.</summary>
    public required Nib Nib { get; init; }

    /// <summary>Gets the business name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the legal form.</summary>
    public required LegalForm LegalForm { get; init; }

    /// <summary>Gets the taxpayer number, when known.</summary>
    public Npwp? Npwp { get; init; }

    /// <summary>Gets the KBLI codes of the business's activities, main activity first; the validator requires at least one.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public required IReadOnlyList<Kbli> KbliCodes
    {
        get => _kbliCodes;
        init => _kbliCodes = new EquatableList<Kbli>((value ?? throw new ArgumentNullException(nameof(KbliCodes))).ToArray());
    }

    /// <summary>Gets the region of the business premises: a district (<i>kecamatan</i>) or village (<i>desa/kelurahan</i>) code.</summary>
    public required RegionCode Region { get; init; }

    /// <summary>Gets the street address (street, number, RT/RW, hamlet).</summary>
    public required string StreetAddress { get; init; }

    /// <summary>Gets the postal code, when known.</summary>
    public PostalCode? PostalCode { get; init; }

    /// <summary>Gets the contact phone number, when known.</summary>
    public PhoneNumber? Phone { get; init; }

    /// <summary>Gets the contact e-mail address, when known (checked by the validator).</summary>
    public string? Email { get; init; }

    /// <summary>Gets the year the business was founded, when known.</summary>
    public int? FoundedYear { get; init; }

    /// <summary>Gets the total number of workers (<i>tenaga kerja</i>), owners included.</summary>
    public int Workers { get; init; }

    /// <summary>Gets the number of male workers, when recorded; with <see cref="FemaleWorkers"/> it must add up to <see cref="Workers"/>.</summary>
    public int? MaleWorkers { get; init; }

    /// <summary>Gets the number of female workers, when recorded.</summary>
    public int? FemaleWorkers { get; init; }

    /// <summary>
    /// Gets the business capital (<i>modal usaha</i>) or investment, excluding land and buildings: the
    /// measure of PP 7/2021 Art. 35 and Permenperin 64/M-IND/PER/7/2016.
    /// </summary>
    public Money? Capital { get; init; }

    /// <summary>Gets the annual sales (<i>hasil penjualan tahunan</i>), the measure of PP 7/2021 Art. 35.</summary>
    public Money? AnnualSales { get; init; }

    /// <summary>Gets the UMKM scale the business declared (for example at OSS registration), when known.</summary>
    public UmkmScale? DeclaredScale { get; init; }

    /// <summary>Gets the materials the business works in, main material first.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IReadOnlyList<CraftMaterial> Materials
    {
        get => _materials;
        init => _materials = new EquatableList<CraftMaterial>((value ?? throw new ArgumentNullException(nameof(Materials))).ToArray());
    }

    /// <summary>Gets the certifications the business holds.</summary>
    /// <exception cref="ArgumentNullException">Set to null or to a list containing null.</exception>
    public IReadOnlyList<Certification> Certifications
    {
        get => _certifications;
        init => _certifications = EquatableList<Certification>.CopyOfNonNull(value, nameof(Certifications));
    }

    /// <summary>
    /// The UMKM scale by <see cref="Capital"/> (PP 7/2021 Art. 35), or null when the capital is unknown,
    /// negative or not in rupiah.
    /// </summary>
    /// <returns>The scale, or null.</returns>
    public UmkmScale? ScaleByCapital() =>
        Capital is { } c && c.Currency == Currency.IDR && c.Amount >= 0 ? BusinessScale.FromCapital(c) : null;

    /// <summary>
    /// The UMKM scale by <see cref="AnnualSales"/> (PP 7/2021 Art. 35), or null when the sales are
    /// unknown, negative or not in rupiah.
    /// </summary>
    /// <returns>The scale, or null.</returns>
    public UmkmScale? ScaleByAnnualSales() =>
        AnnualSales is { } s && s.Currency == Currency.IDR && s.Amount >= 0 ? BusinessScale.FromAnnualSales(s) : null;

    /// <summary>
    /// The industry class by <see cref="Workers"/> and <see cref="Capital"/> as investment
    /// (Permenperin 64/M-IND/PER/7/2016), or null when the capital is unknown, negative or not in rupiah.
    /// </summary>
    /// <returns>The class, or null.</returns>
    public IndustryClass? ClassifyIndustry() =>
        Capital is { } c && c.Currency == Currency.IDR && c.Amount >= 0 && Workers >= 0 ? BusinessScale.ClassifyIndustry(Workers, c) : null;
}
