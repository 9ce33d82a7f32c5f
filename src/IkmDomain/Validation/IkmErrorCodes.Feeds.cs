namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>
    /// IKM490: Google Merchant Center: the GTIN has a restricted prefix (2, 02 or 04), reserved for
    /// restricted circulation; a GTIN-14's first digit is ignored and a UPC reads with a leading 0
    /// (support.google.com/merchants/answer/6286293).
    /// </summary>
    public const string GoogleGtinRestrictedPrefix = "IKM490";

    /// <summary>IKM491: Google Merchant Center: the GTIN is a coupon number (prefix 05, 981–984 or 99; support.google.com/merchants/answer/6286302).</summary>
    public const string GoogleGtinCoupon = "IKM491";
}
