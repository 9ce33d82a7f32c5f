using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>
/// What kind of village a village-level <see cref="RegionCode"/> names, from the first digit of its
/// four-digit village part (Permendagri 137/2017 Art. 4; desa adat added by Permendagri 58/2021).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<VillageKind>))]
public enum VillageKind
{
    /// <summary>Kelurahan: an urban village headed by a civil servant (village part <c>1xxx</c>).</summary>
    Kelurahan = 1,

    /// <summary>Desa: a self-governing rural village (village part <c>2xxx</c>).</summary>
    Desa = 2,

    /// <summary>Desa adat: a customary village (village part <c>3xxx</c>, Permendagri 58/2021).</summary>
    DesaAdat = 3,
}
