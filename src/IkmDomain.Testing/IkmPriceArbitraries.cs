using FsCheck;
using FsCheck.Fluent;

namespace IkmDomain.Testing;

/// <summary>
/// Registers rupiah prices (<see cref="IkmArbitraries.IdrPrice"/>: non-negative IDR amounts in whole sen) for every
/// <see cref="Money"/> parameter. List it before <see cref="IkmArbitraries"/> (FsCheck.Xunit keeps the first
/// arbitrary registered for a type), and it replaces that class's <c>Money()</c>:
/// <c>[Property(Arbitrary = new[] { typeof(IkmPriceArbitraries), typeof(IkmArbitraries) })]</c>.
/// For another currency, use <c>Prop.ForAll(IkmArbitraries.Price(Currency.USD).ToArbitrary(), ...)</c>.
/// </summary>
public static class IkmPriceArbitraries
{
    /// <summary>Rupiah prices.</summary>
    /// <returns>An arbitrary of non-negative IDR amounts in whole sen.</returns>
    public static Arbitrary<Money> Money() => IkmArbitraries.IdrPrice().ToArbitrary();
}
