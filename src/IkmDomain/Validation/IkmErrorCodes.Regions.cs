namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>IKM201: the text is not a well-formed Kemendagri region code (Permendagri 137/2017 Art. 4).</summary>
    public const string RegionCodeMalformed = "IKM201";

    /// <summary>IKM202: a well-formed region code that does not exist in the embedded edition (Kepmendagri 300.2.2-2138/2025).</summary>
    public const string RegionCodeUnknown = "IKM202";

    /// <summary>IKM203: a region code at another level than the one required (for example a regency where a village is expected).</summary>
    public const string RegionCodeWrongLevel = "IKM203";

    /// <summary>IKM204: the text is not a five-digit Indonesian postal code with a zone digit 1–9.</summary>
    public const string PostalCodeMalformed = "IKM204";
}
