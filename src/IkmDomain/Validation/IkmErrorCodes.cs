namespace IkmDomain.Validation;

/// <summary>
/// The stable error codes (<c>IKM</c> + three digits) that IkmDomain validators put on every failure,
/// listed with their meaning in <c>docs/error-codes.md</c>. Codes never change meaning once shipped.
/// </summary>
/// <remarks>
/// Ranges by area: IKM0xx general, IKM1xx money, IKM2xx regions, IKM3xx businesses,
/// IKM4xx crafts and products, IKM5xx exports, IKM6xx feeds.
/// Each area declares its codes in its own part of this class.
/// </remarks>
public static partial class IkmErrorCodes
{
}
