using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddFeeds(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.GoogleGtinRestrictedPrefix, new(
            "Google Merchant Center: the GTIN '{PropertyValue}' has a restricted prefix (2, 02 or 04) and will be disapproved; list a GTIN only when the maker owns a real one.",
            "Google Merchant Center: GTIN '{PropertyValue}' memakai prefiks terbatas (2, 02 atau 04) dan akan ditolak; cantumkan GTIN hanya bila pembuat memiliki GTIN asli."));
        table.Add(IkmErrorCodes.GoogleGtinCoupon, new(
            "Google Merchant Center: the GTIN '{PropertyValue}' is a coupon number (prefix 05, 981-984 or 99) and will be disapproved.",
            "Google Merchant Center: GTIN '{PropertyValue}' adalah nomor kupon (prefiks 05, 981-984 atau 99) dan akan ditolak."));
    }
}
