using System;

namespace IkmDomain.Feeds;

/// <summary>Why Google Merchant Center disapproves a GTIN that is otherwise well formed.</summary>
internal enum GoogleGtinRestriction
{
    /// <summary>Google accepts the prefix.</summary>
    None,

    /// <summary>Prefix 2, 02 or 04: numbers for restricted circulation and internal use (answer/6286293).</summary>
    RestrictedPrefix,

    /// <summary>Prefix 05, 981–984 or 99: coupon numbers (answer/6286302).</summary>
    Coupon,
}

/// <summary>
/// Google Merchant Center's prefix rules for the <c>gtin</c> attribute: a GTIN starting with 2, 02
/// or 04 is restricted ("Unsupported value due to restricted prefix", support.google.com/merchants/answer/6286293)
/// and one starting with 05, 981, 982, 983, 984 or 99 is a coupon ("Unsupported coupon value",
/// answer/6286302). The first digit of a GTIN-14 is not part of the prefix (answer/6286293), and a
/// 12-digit UPC is read as its GTIN-13 form, with a leading 0 (so UPC 2… is prefix 02). A GTIN-8 is
/// read as written.
/// </summary>
/// <remarks>
/// Internal to the Feeds and Validation side: <see cref="IkmDomain.Crafts.Gtin"/> has no public
/// member for this rule yet. Both the generated Google writers (through <see cref="FeedRules"/>)
/// and <c>GoogleMerchantReadinessValidator</c> call it.
/// </remarks>
internal static class GoogleGtinRules
{
    public const string RestrictedReason = "has a restricted prefix (2, 02 or 04) that Google disapproves (answer/6286293)";

    public const string CouponReason = "is a coupon number (prefix 05, 981-984 or 99) that Google disapproves (answer/6286302)";

    /// <summary>Classifies a GTIN by its digits; text that is not 8, 12, 13 or 14 ASCII digits is not judged here (None).</summary>
    public static GoogleGtinRestriction Classify(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return GoogleGtinRestriction.None;
            }
        }

        // The prefix as Google reads it: 13 digits for GTIN-12/13/14, the 8 digits of a GTIN-8.
        char first, second, third;
        switch (digits.Length)
        {
            case 14:
                (first, second, third) = (digits[1], digits[2], digits[3]);
                break;
            case 13:
            case 8:
                (first, second, third) = (digits[0], digits[1], digits[2]);
                break;
            case 12:
                (first, second, third) = ('0', digits[0], digits[1]);
                break;
            default:
                return GoogleGtinRestriction.None;
        }

        if (first == '2' || (first == '0' && second is '2' or '4'))
        {
            return GoogleGtinRestriction.RestrictedPrefix;
        }

        if ((first == '0' && second == '5') || (first == '9' && second == '9') || (first == '9' && second == '8' && third is >= '1' and <= '4'))
        {
            return GoogleGtinRestriction.Coupon;
        }

        return GoogleGtinRestriction.None;
    }

    /// <summary>Classifies a <see cref="IkmDomain.Crafts.Gtin"/> (<c>default</c> is None).</summary>
    public static GoogleGtinRestriction Classify(IkmDomain.Crafts.Gtin gtin)
    {
        Span<char> digits = stackalloc char[14];
        return gtin.TryFormat(digits, out var written, default, null) ? Classify(digits[..written]) : GoogleGtinRestriction.None;
    }

    /// <summary>The problem for <paramref name="restriction"/>, or none.</summary>
    public static FeedItemProblem Problem(string attribute, GoogleGtinRestriction restriction) => restriction switch
    {
        GoogleGtinRestriction.RestrictedPrefix => new FeedItemProblem(attribute, RestrictedReason),
        GoogleGtinRestriction.Coupon => new FeedItemProblem(attribute, CouponReason),
        _ => FeedItemProblem.None,
    };
}
