using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    /// <summary>Any currency of the embedded ISO 4217 table (including the N.A. units such as XAU).</summary>
    public static Arbitrary<Currency> Currency() =>
        Gen.Elements(IkmDomain.Currency.All.ToArray()).ToArbitrary();

    /// <summary>Any currency that has an ISO 4217 minor unit (so rounding, minor units and allocation apply).</summary>
    public static Gen<Currency> CurrencyWithMinorUnits() =>
        Gen.Elements(IkmDomain.Currency.All.Where(c => c.HasMinorUnits).ToArray());

    /// <summary>
    /// Amounts up to ±10^15 with between 0 and (minor units + 2) decimals, so some have more digits
    /// than the currency's minor unit (as computed amounts do).
    /// </summary>
    /// <param name="currency">The currency of the amounts.</param>
    public static Gen<Money> MoneyIn(Currency currency) =>
        from mantissa in Mantissa()
        from scale in Gen.Choose(0, currency.MinorUnits + 2)
        select new Money(new decimal(mantissa) / Power(scale), currency);

    /// <summary>Amounts in whole minor units (what <see cref="IkmDomain.Money.Round()"/> returns), up to ±10^13 major units.</summary>
    /// <param name="currency">The currency of the amounts.</param>
    public static Gen<Money> RoundedMoneyIn(Currency currency) =>
        from mantissa in Mantissa()
        select new Money(new decimal(mantissa / 100) / Power(currency.MinorUnits), currency);

    /// <summary>Any <see cref="IkmDomain.Money"/>: a random currency and a random amount (see <see cref="MoneyIn"/>).</summary>
    public static Arbitrary<Money> Money() =>
        Gen.Elements(IkmDomain.Currency.All.ToArray()).SelectMany(MoneyIn).ToArbitrary();

    /// <summary>
    /// Prices: non-negative amounts in <paramref name="currency"/>, in whole minor units (as a price list holds
    /// them), from zero up to 10^12 major units, often small. Use it for price-like properties (price, sale price,
    /// capital, sales), where <see cref="MoneyIn"/>'s negative and over-precise amounts are not meaningful;
    /// <see cref="IkmPriceArbitraries"/> registers it for every <see cref="IkmDomain.Money"/> parameter.
    /// </summary>
    /// <param name="currency">The currency of the prices.</param>
    /// <returns>A generator of non-negative, rounded amounts.</returns>
    public static Gen<Money> Price(Currency currency) =>
        from major in Gen.OneOf(Gen.Choose(0, 1_000_000).Select(n => (long)n), Mantissa().Select(m => Math.Abs(m) / 1_000))
        from minor in currency.HasMinorUnits ? Gen.Choose(0, (int)Power(currency.MinorUnits) - 1) : Gen.Constant(0)
        select new Money(major + (minor / Power(currency.MinorUnits)), currency);

    /// <summary>Rupiah prices (see <see cref="Price"/>): non-negative IDR amounts in whole sen.</summary>
    /// <returns>A generator of rupiah prices.</returns>
    public static Gen<Money> IdrPrice() => Price(IkmDomain.Currency.IDR);

    /// <summary>Rupiah amounts (see <see cref="MoneyIn"/>).</summary>
    public static Gen<Money> Idr() => MoneyIn(IkmDomain.Currency.IDR);

    /// <summary>Any <see cref="IkmDomain.ExchangeRate"/> between two different currencies, value from 0.000001 to 10^9.</summary>
    public static Arbitrary<ExchangeRate> ExchangeRate() =>
        (from pair in Gen.Two(Gen.Elements(IkmDomain.Currency.All.ToArray())).Where(p => p.Item1 != p.Item2)
         from units in Gen.Choose(1, int.MaxValue)
         from scale in Gen.Choose(0, 6)
         select new ExchangeRate(pair.Item1, pair.Item2, units / Power(scale))).ToArbitrary();

    /// <summary>Text that is not money in any form, for TryParse tests.</summary>
    public static Gen<string> InvalidMoneyText() =>
        Gen.Elements("", " ", "IDR", "Rp", "$776", "IDR abc", "1300000", "IDR 1.3.0", "Rp1.3", "QQQ 100", "IDR 100 USD", "Rp1.300.000,00 juta juta");

    private static Gen<long> Mantissa() =>
        from high in Gen.Choose(-999_999, 999_999)
        from low in Gen.Choose(0, 999_999_999)
        select (high * 1_000_000_000L) + (high < 0 ? -low : low);

    private static decimal Power(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
