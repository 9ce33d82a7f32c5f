namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    // Feed cells and custom CSV templates (IKM480–489).

    /// <summary>
    /// IKM480 (warning): a machine-feed cell (Google, Meta) starts like a spreadsheet formula (<c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, tab, CR or NUL); it is written unchanged and reported in
    /// <see cref="Feeds.FeedWriteResult.FormulaCells"/> (OWASP "CSV Injection").
    /// </summary>
    public const string FeedCellStartsLikeFormula = "IKM480";

    /// <summary>
    /// IKM481 (warning): a custom CSV template cell started like a spreadsheet formula and was written with a
    /// leading <c>'</c> (OWASP "CSV Injection", ASVS 1.2.10); reported in <see cref="Feeds.FeedWriteResult.FormulaCells"/>.
    /// </summary>
    public const string FeedCellNeutralised = "IKM481";
}
