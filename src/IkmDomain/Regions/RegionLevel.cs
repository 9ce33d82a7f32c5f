using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>
/// The four levels of Indonesian administrative regions in the Kemendagri coding
/// (Permendagri 137/2017 Art. 4; Permendagri 58/2021).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegionLevel>))]
public enum RegionLevel
{
    /// <summary>Provinsi: a province, code <c>PP</c> (for example <c>35</c>, Jawa Timur).</summary>
    Province = 0,

    /// <summary>Kabupaten (regency, part 01–69) or kota (city, part 71–99), code <c>PP.KK</c>.</summary>
    Regency = 1,

    /// <summary>Kecamatan: a district, code <c>PP.KK.CC</c>.</summary>
    District = 2,

    /// <summary>Kelurahan, desa or desa adat: a village, code <c>PP.KK.CC.DDDD</c>.</summary>
    Village = 3,
}
