using System.Text.Json.Serialization;

namespace IkmDomain.Crafts;

/// <summary>
/// What the GS1 prefix of a <see cref="Gtin"/> is for, as far as Google Merchant Center is concerned
/// (see <see cref="Gtin.PrefixUse"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<GtinPrefixUse>))]
public enum GtinPrefixUse
{
    /// <summary>A globally unique trade item number: any prefix Google does not restrict.</summary>
    TradeItem = 0,

    /// <summary>
    /// Restricted circulation: GS1 prefixes 02 and 20–29 (variable-measure and in-store numbers, the labels
    /// shops print for their own goods) and 04 (numbers for use inside one company). Google rejects them:
    /// "Unsupported value due to restricted prefix", support.google.com/merchants/answer/6286293.
    /// </summary>
    RestrictedCirculation = 1,

    /// <summary>
    /// Coupons: GS1 prefixes 05, 981–984 and 99. Google rejects them: "Unsupported coupon value",
    /// support.google.com/merchants/answer/6286302.
    /// </summary>
    Coupon = 2,
}
