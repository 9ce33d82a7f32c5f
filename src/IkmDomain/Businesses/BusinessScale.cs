using System;

namespace IkmDomain.Businesses;

/// <summary>
/// The size rules for Indonesian businesses: the UMKM scale of PP 7/2021 Art. 35 (by capital or by
/// annual sales) and the industry class of Permenperin 64/M-IND/PER/7/2016 (by workers and investment).
/// Pure functions over rupiah amounts.
/// </summary>
/// <remarks>
/// <para>Every limit is a boundary that belongs to the lower class ("paling banyak", at most): exactly
/// Rp1,000,000,000 of capital is micro, Rp1,000,000,001 small.</para>
/// <para>Amounts must be in IDR; for another currency pass an <see cref="ExchangeRate"/> to convert it
/// first, otherwise a <see cref="CurrencyMismatchException"/> is thrown. Capital and investment exclude
/// land and buildings, as both regulations define them; that is the caller's responsibility.</para>
/// <para>PP 7/2021 replaced the UU 20/2008 thresholds. PP 5/2021 was replaced by PP 28/2025 (from
/// 5 June 2025), which is not known to change these thresholds.</para>
/// </remarks>
/// <threadsafety static="true"/>
public static class BusinessScale
{
    /// <summary>Highest capital of a micro business: Rp1,000,000,000 (PP 7/2021 Art. 35).</summary>
    public const decimal MicroCapitalLimit = 1_000_000_000m;

    /// <summary>Highest capital of a small business: Rp5,000,000,000 (PP 7/2021 Art. 35).</summary>
    public const decimal SmallCapitalLimit = 5_000_000_000m;

    /// <summary>Highest capital of a medium business: Rp10,000,000,000 (PP 7/2021 Art. 35).</summary>
    public const decimal MediumCapitalLimit = 10_000_000_000m;

    /// <summary>Highest annual sales of a micro business: Rp2,000,000,000 (PP 7/2021 Art. 35).</summary>
    public const decimal MicroSalesLimit = 2_000_000_000m;

    /// <summary>Highest annual sales of a small business: Rp15,000,000,000 (PP 7/2021 Art. 35).</summary>
    public const decimal SmallSalesLimit = 15_000_000_000m;

    /// <summary>Highest annual sales of a medium business: Rp50,000,000,000 (PP 7/2021 Art. 35).</summary>
    public const decimal MediumSalesLimit = 50_000_000_000m;

    /// <summary>Most workers of a small-or-medium-by-investment industry: 19 (Permenperin 64/M-IND/PER/7/2016).</summary>
    public const int IndustryWorkerLimit = 19;

    /// <summary>Investment at or above which a firm of at most 19 workers is medium: Rp1,000,000,000 (Permenperin 64/M-IND/PER/7/2016).</summary>
    public const decimal SmallIndustryInvestmentLimit = 1_000_000_000m;

    /// <summary>Highest investment of a medium industry with 20 or more workers: Rp15,000,000,000 (Permenperin 64/M-IND/PER/7/2016).</summary>
    public const decimal MediumIndustryInvestmentLimit = 15_000_000_000m;

    /// <summary>
    /// The UMKM scale by business capital (<i>modal usaha</i>, excluding land and buildings), the
    /// criterion used at founding and registration (PP 7/2021 Art. 35): micro up to Rp1 bn, small up
    /// to Rp5 bn, medium up to Rp10 bn, large above. Upper limits are inclusive.
    /// </summary>
    /// <param name="capital">The capital in IDR, zero or more.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="capital"/> is not in IDR.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capital"/> is negative.</exception>
    public static UmkmScale FromCapital(Money capital)
    {
        var amount = Rupiah(capital, nameof(capital));
        return amount <= MicroCapitalLimit ? UmkmScale.Micro
            : amount <= SmallCapitalLimit ? UmkmScale.Small
            : amount <= MediumCapitalLimit ? UmkmScale.Medium
            : UmkmScale.Large;
    }

    /// <summary>The UMKM scale by capital in another currency, converted to IDR with <paramref name="rate"/> first (PP 7/2021 Art. 35).</summary>
    /// <param name="capital">The capital.</param>
    /// <param name="rate">A rate between the capital's currency and IDR.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="CurrencyMismatchException">The rate does not convert the capital to IDR.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capital"/> is negative.</exception>
    public static UmkmScale FromCapital(Money capital, ExchangeRate rate) => FromCapital(ToRupiah(capital, rate));

    /// <summary>
    /// The UMKM scale by annual sales (<i>hasil penjualan tahunan</i>), the criterion for businesses that
    /// existed before PP 7/2021 (Art. 35): micro up to Rp2 bn, small up to Rp15 bn, medium up to
    /// Rp50 bn, large above. Upper limits are inclusive.
    /// </summary>
    /// <param name="annualSales">The annual sales in IDR, zero or more.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="annualSales"/> is not in IDR.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualSales"/> is negative.</exception>
    public static UmkmScale FromAnnualSales(Money annualSales)
    {
        var amount = Rupiah(annualSales, nameof(annualSales));
        return amount <= MicroSalesLimit ? UmkmScale.Micro
            : amount <= SmallSalesLimit ? UmkmScale.Small
            : amount <= MediumSalesLimit ? UmkmScale.Medium
            : UmkmScale.Large;
    }

    /// <summary>The UMKM scale by annual sales in another currency, converted to IDR with <paramref name="rate"/> first (PP 7/2021 Art. 35).</summary>
    /// <param name="annualSales">The annual sales.</param>
    /// <param name="rate">A rate between the sales' currency and IDR.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="CurrencyMismatchException">The rate does not convert the sales to IDR.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualSales"/> is negative.</exception>
    public static UmkmScale FromAnnualSales(Money annualSales, ExchangeRate rate) => FromAnnualSales(ToRupiah(annualSales, rate));

    /// <summary>
    /// The industry class under Permenperin 64/M-IND/PER/7/2016 (investment excludes land and buildings):
    /// small with at most 19 workers and investment below Rp1 bn; medium with at most 19 workers and
    /// investment of Rp1 bn or more, or with 20 workers or more and investment up to Rp15 bn; large with
    /// 20 workers or more and investment above Rp15 bn.
    /// </summary>
    /// <param name="workers">The number of workers, zero or more.</param>
    /// <param name="investment">The investment in IDR, zero or more.</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workers"/> or <paramref name="investment"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="investment"/> is not in IDR.</exception>
    public static IndustryClass ClassifyIndustry(int workers, Money investment)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workers);
        var amount = Rupiah(investment, nameof(investment));
        if (workers <= IndustryWorkerLimit)
        {
            return amount < SmallIndustryInvestmentLimit ? IndustryClass.Small : IndustryClass.Medium;
        }

        return amount <= MediumIndustryInvestmentLimit ? IndustryClass.Medium : IndustryClass.Large;
    }

    /// <summary>The industry class with the investment in another currency, converted to IDR with <paramref name="rate"/> first.</summary>
    /// <param name="workers">The number of workers.</param>
    /// <param name="investment">The investment.</param>
    /// <param name="rate">A rate between the investment's currency and IDR.</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative input.</exception>
    /// <exception cref="CurrencyMismatchException">The rate does not convert the investment to IDR.</exception>
    public static IndustryClass ClassifyIndustry(int workers, Money investment, ExchangeRate rate) =>
        ClassifyIndustry(workers, ToRupiah(investment, rate));

    private static decimal Rupiah(Money money, string parameter)
    {
        if (money.Currency != Currency.IDR)
        {
            throw new CurrencyMismatchException(
                $"Business scale thresholds are in rupiah (PP 7/2021 Art. 35; Permenperin 64/M-IND/PER/7/2016), but {parameter} is in {money.Currency.Code}: pass an ExchangeRate to convert it.");
        }

        if (money.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(parameter, money.Amount, "The amount must not be negative.");
        }

        return money.Amount;
    }

    private static Money ToRupiah(Money money, ExchangeRate rate)
    {
        if (money.Currency == Currency.IDR)
        {
            return money;
        }

        var converted = rate.Convert(money);
        return converted.Currency == Currency.IDR
            ? converted
            : throw new CurrencyMismatchException($"The rate {rate} does not convert {money.Currency.Code} to IDR.");
    }
}
