namespace IkmDomain.Crafts;

public readonly partial struct Gtin
{
    /// <summary>
    /// What this GTIN's GS1 prefix is for: a trade item, a restricted-circulation number or a coupon; see
    /// <see cref="IsAcceptedByGoogle"/>.
    /// </summary>
    /// <remarks>
    /// <para>The prefix is read from the GTIN-13 form, as Google Merchant Center does for its gtin attribute
    /// (support.google.com/merchants/answer/6324461, and the two issues named on <see cref="GtinPrefixUse"/>):
    /// a 12-digit UPC counts as having a leading 0 (so UPC <c>212345678906</c> has prefix 02 and
    /// <c>412345678905</c> has 04), and the first digit of a GTIN-14 (the packaging indicator) is ignored.
    /// A GTIN-8 is read as written (GS1 restricted-circulation GTIN-8s start with 0 or 2; Google names no
    /// GTIN-8 rule, so only its prefixes 2, 02, 04, 05 and 99 count here).</para>
    /// <para>Prefixes (GS1 General Specifications §1.4.4 and the GS1 company prefix list,
    /// gs1.org/standards/id-keys/company-prefix): 02 and 20–29 restricted circulation within a geographic
    /// region (variable-measure and in-store items), 04 restricted circulation within a company, 05 and
    /// 99 coupons, 981–984 coupons in common currency areas. 977–979 (ISSN, ISBN) are trade items.</para>
    /// <para><c>default(Gtin)</c> has no digits and reports <see cref="GtinPrefixUse.TradeItem"/>.</para>
    /// </remarks>
    public GtinPrefixUse PrefixUse
    {
        get
        {
            if (_length == 0)
            {
                return GtinPrefixUse.TradeItem;
            }

            // The first three digits of the GTIN-13 form: a GTIN-14's value without its indicator digit,
            // a GTIN-12 with its leading 0, a GTIN-13 as is; a GTIN-8's first three digits as written.
            var first3 = _length == 8 ? (int)(_value / 100_000) : (int)(_value % 10_000_000_000_000UL / 10_000_000_000UL);
            var first2 = first3 / 10;
            if (first2 / 10 == 2 || first2 is 2 or 4)
            {
                return GtinPrefixUse.RestrictedCirculation;
            }

            return first2 is 5 or 99 || first3 is >= 981 and <= 984 ? GtinPrefixUse.Coupon : GtinPrefixUse.TradeItem;
        }
    }

    /// <summary>
    /// Whether Google Merchant Center accepts this GTIN's prefix: false for restricted-circulation prefixes
    /// (2, 02, 04) and coupon prefixes (05, 981–984, 99), read from the GTIN-13 form (see
    /// <see cref="PrefixUse"/>). Google disapproves an item whose gtin has such a prefix
    /// (support.google.com/merchants/answer/6286293 and 6286302); leave the gtin out instead.
    /// </summary>
    /// <remarks>For example <c>2001234567893</c> (an in-store number) and <c>9812345678906</c> (a coupon) are
    /// not accepted; <c>8991234567891</c> (Indonesia, GS1 prefix 899) is. <c>default(Gtin)</c> is not set
    /// and is not accepted either.</remarks>
    public bool IsAcceptedByGoogle => _length != 0 && PrefixUse == GtinPrefixUse.TradeItem;
}
