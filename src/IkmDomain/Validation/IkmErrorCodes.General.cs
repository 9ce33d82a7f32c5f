namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>IKM001: a required value is missing.</summary>
    public const string Required = "IKM001";
}
