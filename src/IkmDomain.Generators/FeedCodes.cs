namespace IkmDomain.Generators;

/// <summary>
/// The error code each generated per-item rule reports, the same code the readiness validators use
/// where one exists (docs/error-codes.md), else the feed writers' own IKM490-499.
/// </summary>
internal static class FeedCodes
{
    /// <summary>A text longer than the marketplace's limit.</summary>
    public static string Length(int marketplace, string attribute) => (marketplace, attribute) switch
    {
        (0, "title") => "IKM430",
        (0, "brand") => "IKM418",
        (1, "title") => "IKM440",
        (1, "description") => "IKM441",
        (2, "title") => "IKM450",
        _ => "IKM493",
    };

    /// <summary>A link that is not an absolute http(s) URL within its limit: IKM417 the product link, IKM416 image links and others.</summary>
    public static string Link(string attribute) => attribute is "link" or "url" ? "IKM417" : "IKM416";

    /// <summary>An enum value the marketplace has no text for.</summary>
    public static string Enum(int marketplace, string attribute) =>
        marketplace > 1 ? "IKM494" : attribute.Contains("availability") ? "IKM411" : attribute.Contains("condition") ? "IKM423" : "IKM494";

    /// <summary>A list longer than the marketplace takes.</summary>
    public static string TooMany(int marketplace, string attribute) =>
        marketplace == 2 && attribute.Contains("image") ? "IKM452" : attribute.Contains("image") ? "IKM415" : "IKM496";
}
