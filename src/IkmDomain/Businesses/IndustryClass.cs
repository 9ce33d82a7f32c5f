using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// The industry class of a manufacturing business under Permenperin 64/M-IND/PER/7/2016, decided by
/// workers and investment (see <see cref="BusinessScale.ClassifyIndustry(int, Money)"/>). IKM means
/// <i>industri kecil dan menengah</i>: the <see cref="Small"/> and <see cref="Medium"/> classes.
/// </summary>
/// <remarks>There is no micro class here; keep this apart from <see cref="UmkmScale"/>.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<IndustryClass>))]
public enum IndustryClass
{
    /// <summary>Small industry (<i>industri kecil</i>): at most 19 workers and investment below Rp1 billion.</summary>
    Small = 0,

    /// <summary>
    /// Medium industry (<i>industri menengah</i>): at most 19 workers and investment of Rp1 billion or more,
    /// or 20 workers or more and investment up to Rp15 billion.
    /// </summary>
    Medium = 1,

    /// <summary>Large industry (<i>industri besar</i>): 20 workers or more and investment above Rp15 billion.</summary>
    Large = 2,
}
