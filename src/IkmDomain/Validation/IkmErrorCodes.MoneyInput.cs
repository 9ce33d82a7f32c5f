namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>
    /// IKM130: an amount written with more decimals than its currency has minor units
    /// (<c>150.000</c> IDR: three decimals on a two-decimal currency), which is almost always a
    /// thousands separator read as a decimal point (Indonesian writes 150.000 for 150,000).
    /// </summary>
    public const string AmountHasTooManyDecimals = "IKM130";
}
