using System.Text.Json.Serialization;

namespace IkmDomain.Crafts;

/// <summary>The condition of a product, as Google Merchant Center and Meta name it (<c>new</c>, <c>refurbished</c>, <c>used</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Condition>))]
public enum Condition
{
    /// <summary>New: the usual condition of handicrafts.</summary>
    New = 0,

    /// <summary>Restored to working order (for example a restored antique).</summary>
    Refurbished = 1,

    /// <summary>Previously owned.</summary>
    Used = 2,
}
