using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// The colour of a Batikmark "batik INDONESIA" label, which states how the batik was made
/// (Permenperin 74/M-IND/PER/9/2007; quality per SNI 8302/8303/8304:2016).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<BatikmarkLabel>))]
public enum BatikmarkLabel
{
    /// <summary>Gold label: <i>batik tulis</i>, hand-drawn with a canting.</summary>
    Gold = 0,

    /// <summary>White label: <i>batik cap</i>, stamped with a copper block.</summary>
    White = 1,

    /// <summary>Silver label: a combination of <i>tulis</i> and <i>cap</i>.</summary>
    Silver = 2,
}
