namespace IkmDomain.Validation;

/// <content>Codes of the feed writers' per-item value checks (IKM490–499).</content>
public static partial class IkmErrorCodes
{
    /// <summary>IKM490: a feed text member holds invalid UTF-16 (a lone surrogate); the item is skipped, the text is never replaced with U+FFFD.</summary>
    public const string FeedTextNotValidUtf16 = "IKM490";

    /// <summary>IKM491: a member the marketplace requires is null or empty; the item is skipped.</summary>
    public const string FeedRequiredValueMissing = "IKM491";

    /// <summary>IKM492: a feed price's currency is an ISO 4217 code that is not legal tender (funds, precious metals, bond units, testing: XAU, XTS, XXX...); the item is skipped.</summary>
    public const string FeedCurrencyNotTender = "IKM492";

    /// <summary>IKM493: a feed text is longer than the marketplace's limit for that attribute (where no marketplace-specific code names the rule).</summary>
    public const string FeedTextTooLong = "IKM493";

    /// <summary>IKM494: an enum member's value has no text in the marketplace's list (availability and condition have IKM411 and IKM423).</summary>
    public const string FeedEnumValueUndefined = "IKM494";

    /// <summary>IKM495: a number cannot be written at the field's precision (NaN, infinite, or a positive value that rounds to zero) or is negative.</summary>
    public const string FeedNumberNotWritable = "IKM495";

    /// <summary>IKM496: a list has more values than the marketplace takes (images have IKM415/IKM452).</summary>
    public const string FeedTooManyValues = "IKM496";

    /// <summary>IKM497: several items share an id; the marketplace (Meta) drops them all, so the writer skips them all.</summary>
    public const string FeedIdShared = "IKM497";

    /// <summary>IKM498: a value of a list a delimited feed joins with commas holds a comma itself, so the cell could not be read back as the same values; the item is skipped.</summary>
    public const string FeedListValueHasComma = "IKM498";

    /// <summary>IKM499: a feed rule without a code of its own rejected the item (a safety net: every generated rule names its code).</summary>
    public const string FeedItemRejected = "IKM499";
}
