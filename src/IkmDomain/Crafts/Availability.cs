using System.Text.Json.Serialization;

namespace IkmDomain.Crafts;

/// <summary>
/// Whether a product can be bought now, using Google Merchant Center's four values
/// (support.google.com/merchants/answer/6324448); feeds map them to each marketplace's spelling
/// (<c>in_stock</c> for Google, <c>in stock</c> for Meta).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Availability>))]
public enum Availability
{
    /// <summary>In stock and ready to ship.</summary>
    InStock = 0,

    /// <summary>Not available now.</summary>
    OutOfStock = 1,

    /// <summary>Can be ordered before it is available (made to order); Google then needs an availability date.</summary>
    Preorder = 2,

    /// <summary>Temporarily out of stock but can be ordered; Google then needs an availability date.</summary>
    Backorder = 3,
}
