using System.Text.Json.Serialization;

namespace IkmDomain.Classifications;

/// <summary>How detailed an <see cref="HsCode"/> is, by its number of digits.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HsCodeLevel>))]
public enum HsCodeLevel
{
    /// <summary>Two digits: an HS chapter, for example <c>44</c> (wood and articles of wood).</summary>
    Chapter = 2,

    /// <summary>Four digits: an HS heading, for example <c>4420</c>.</summary>
    Heading = 4,

    /// <summary>Six digits: an HS subheading, the last internationally harmonised level, for example <c>4420.11</c>.</summary>
    Subheading = 6,

    /// <summary>
    /// Eight digits: a national tariff line of Indonesia's BTKI (based on the ASEAN Harmonised Tariff
    /// Nomenclature), for example <c>4420.11.00</c> (KMK 9/2024 list).
    /// </summary>
    TariffLine = 8,

    /// <summary>Ten digits: the older national statistical codes, for example <c>4602.12.10.00</c>.</summary>
    Statistical = 10,
}
