using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// The UMKM (<i>usaha mikro, kecil dan menengah</i>) size class of a business under PP 7/2021 Art. 35,
/// decided by capital or annual sales (see <see cref="BusinessScale"/>).
/// </summary>
/// <remarks>
/// Not the same thing as <see cref="IndustryClass"/>, the Ministry of Industry's class for industrial
/// firms (Permenperin 64/M-IND/PER/7/2016), which has no micro tier and counts workers.
/// The OSS codes are 01 Mikro, 02 Kecil, 03 Menengah, 04 Besar, matching the values here plus one.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<UmkmScale>))]
public enum UmkmScale
{
    /// <summary>Micro (<i>usaha mikro</i>): capital up to Rp1 billion, or annual sales up to Rp2 billion.</summary>
    Micro = 0,

    /// <summary>Small (<i>usaha kecil</i>): capital above Rp1 billion up to Rp5 billion, or sales above Rp2 billion up to Rp15 billion.</summary>
    Small = 1,

    /// <summary>Medium (<i>usaha menengah</i>): capital above Rp5 billion up to Rp10 billion, or sales above Rp15 billion up to Rp50 billion.</summary>
    Medium = 2,

    /// <summary>Large (<i>usaha besar</i>): above the medium limits.</summary>
    Large = 3,
}
