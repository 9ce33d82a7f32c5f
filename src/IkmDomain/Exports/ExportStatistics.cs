using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IkmDomain.Classifications;
using IkmDomain.Crafts;

namespace IkmDomain.Exports;

/// <summary>
/// Aggregates over export records: totals by year, partner, material and HS heading; year-on-year
/// growth; compound annual growth (CAGR); partner shares and the top partners. All arithmetic is
/// exact <see cref="decimal"/> arithmetic; growth rates and shares are decimal fractions
/// (0.0388 is 3.88 %), which <see cref="FormatPercentage"/> prints.
/// </summary>
/// <remarks>
/// <para><b>One source at a time.</b> Kemenperin and Kemendag count different goods as handicraft, so
/// every aggregate throws <see cref="MixedSourcesException"/> when the records come from more than one
/// <see cref="ExportSource"/>; choose one with <see cref="ForSource"/> or the two-argument constructor.</para>
/// <para><b>No double counting.</b> Within a year, when there are whole-year records the monthly ones
/// are ignored (they are a breakdown of the year); and when there are records for partner
/// <see cref="CountryCode.World"/> they alone make the year's totals (by year, material and heading),
/// while partner totals, shares and the top partners use the other partners' records. Records are
/// added as given otherwise: a file holding both a chapter (44) and its headings (4420) counts twice.
/// Records of different reporters are added together.</para>
/// <para><b>Breakdown rows are left out.</b> A UN Comtrade file can hold a flow's all-modes row (motCode 0,
/// customsCode C00, mosCode 0, partner2Code 0) beside its breakdown rows (motCode 2100 sea and 1000 air, …),
/// which add up to the same flow again. Every aggregate uses only records that are not
/// <see cref="ExportRecord.IsBreakdown"/>; the breakdown rows are listed in <see cref="LeftOutOfTotals"/>
/// (so a file with motCode 0 = 1,000,000, 2100 = 700,000 and 1000 = 300,000 totals 1,000,000 and lists two
/// rows left out). <see cref="WithBreakdownRows"/> counts every record as given instead.</para>
/// <para>The statistics copy the records once, when constructed; later changes to the source
/// collection are not seen.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class ExportStatistics
{
    private readonly ExportRecord[] _given;
    private readonly ExportRecord[] _records;
    private readonly ExportRecord[] _leftOut;
    private readonly ExportSource[] _sources;
    private readonly bool _withBreakdownRows;

    /// <summary>Statistics over <paramref name="records"/>, which may come from several sources (aggregates then throw until you choose one).</summary>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or one of its items is null.</exception>
    public ExportStatistics(IEnumerable<ExportRecord> records)
        : this(records, withBreakdownRows: false)
    {
    }

    private ExportStatistics(IEnumerable<ExportRecord> records, bool withBreakdownRows)
    {
        ArgumentNullException.ThrowIfNull(records);
        _given = records.ToArray();
        if (Array.IndexOf(_given, null) >= 0)
        {
            throw new ArgumentNullException(nameof(records), "The records contain null.");
        }

        _withBreakdownRows = withBreakdownRows;
        _records = withBreakdownRows ? _given : Array.FindAll(_given, r => !r.IsBreakdown);
        _leftOut = withBreakdownRows ? [] : Array.FindAll(_given, r => r.IsBreakdown);
        _sources = _records.Select(r => r.Source).Distinct().OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>Statistics over the records of <paramref name="records"/> that come from <paramref name="source"/>; the others are left out.</summary>
    /// <param name="records">The records.</param>
    /// <param name="source">The source to keep.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public ExportStatistics(IEnumerable<ExportRecord> records, ExportSource source)
        : this((records ?? throw new ArgumentNullException(nameof(records))).Where(r => r is null || r.Source == source))
    {
    }

    /// <summary>The records, in the order given (including those <see cref="LeftOutOfTotals"/>).</summary>
    public IReadOnlyList<ExportRecord> Records => _given;

    /// <summary>
    /// The records no aggregate counts, in the order given: the breakdown rows (<see cref="ExportRecord.IsBreakdown"/>:
    /// one mode of transport, customs procedure, mode of supply or second partner) whose flow the all-modes rows
    /// already count. Empty after <see cref="WithBreakdownRows"/>.
    /// </summary>
    public IReadOnlyList<ExportRecord> LeftOutOfTotals => _leftOut;

    /// <summary>
    /// Statistics over the same records that count the breakdown rows too, as given. Use it only for a file that
    /// holds breakdown rows and no all-modes rows (or one breakdown dimension and nothing else); otherwise each
    /// flow counts once for its all-modes row and again for its parts.
    /// </summary>
    /// <returns>New statistics.</returns>
    public ExportStatistics WithBreakdownRows() => new(_given, withBreakdownRows: true);

    /// <summary>The different sources among the records, by name.</summary>
    public IReadOnlyList<ExportSource> Sources => _sources;

    /// <summary>The years that have records, ascending.</summary>
    public IReadOnlyList<int> Years => _records.Select(r => r.Period.Year).Distinct().Order().ToArray();

    /// <summary>Statistics over the records from <paramref name="source"/> only.</summary>
    /// <param name="source">The source to keep.</param>
    /// <returns>New statistics.</returns>
    public ExportStatistics ForSource(ExportSource source) => new(_given.Where(r => r.Source == source), _withBreakdownRows);

    /// <summary>The total over every year.</summary>
    /// <returns>The total in US dollars.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public Money Total() => Usd(TotalsByYearCore().Values.Sum());

    /// <summary>The total of one year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The total in US dollars.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    /// <exception cref="ArgumentOutOfRangeException">No record covers that year.</exception>
    public Money TotalForYear(int year) => Usd(YearTotal(year));

    /// <summary>The total of each year that has records, ascending by year.</summary>
    /// <returns>Totals by year.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyDictionary<int, Money> TotalsByYear()
    {
        var result = new SortedDictionary<int, Money>();
        foreach (var (year, total) in TotalsByYearCore())
        {
            result.Add(year, Usd(total));
        }

        return result;
    }

    /// <summary>The total to each partner (not <see cref="CountryCode.World"/>), in one year or all, ordered by partner code.</summary>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>Totals by partner.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyDictionary<CountryCode, Money> TotalsByPartner(int? year = null)
    {
        var sums = new SortedDictionary<CountryCode, decimal>();
        foreach (var r in PartnerRows(year))
        {
            sums[r.Partner] = sums.GetValueOrDefault(r.Partner) + r.Value.Amount;
        }

        return ToMoney(sums);
    }

    /// <summary>The total for each material, in one year or all, in the order of <see cref="CraftMaterial.All"/>; records with no material are in <see cref="TotalWithoutMaterial"/>.</summary>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>Totals by material.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyDictionary<CraftMaterial, Money> TotalsByMaterial(int? year = null)
    {
        var sums = new Dictionary<CraftMaterial, decimal>();
        foreach (var r in TotalRows(year))
        {
            if (r.Material is { } material)
            {
                sums[material] = sums.GetValueOrDefault(material) + r.Value.Amount;
            }
        }

        var result = new Dictionary<CraftMaterial, Money>();
        foreach (var material in CraftMaterial.All)
        {
            if (sums.TryGetValue(material, out var sum))
            {
                result.Add(material, Usd(sum));
            }
        }

        return result;
    }

    /// <summary>The total of the records that have no material (none set and none derivable from the HS code).</summary>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>The total in US dollars.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public Money TotalWithoutMaterial(int? year = null) => Usd(TotalRows(year).Where(r => r.Material is null).Sum(r => r.Value.Amount));

    /// <summary>The total for each 4-digit HS heading, in one year or all, ascending; records with no HS code, or only a chapter, are in <see cref="TotalWithoutHeading"/>.</summary>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>Totals by heading.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyDictionary<HsCode, Money> TotalsByHeading(int? year = null)
    {
        var sums = new SortedDictionary<HsCode, decimal>();
        foreach (var r in TotalRows(year))
        {
            if (r.HsCode?.Heading is { } heading)
            {
                sums[heading] = sums.GetValueOrDefault(heading) + r.Value.Amount;
            }
        }

        return ToMoney(sums);
    }

    /// <summary>The total of the records that have no HS heading (no HS code, or a 2-digit chapter).</summary>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>The total in US dollars.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public Money TotalWithoutHeading(int? year = null) => Usd(TotalRows(year).Where(r => r.HsCode?.Heading is null).Sum(r => r.Value.Amount));

    /// <summary>
    /// Growth from one year's total to another's, as a decimal fraction: total(to) / total(from) − 1.
    /// Over Kemenperin's series, 2016 → 2017 is 776 / 747 − 1 = 0.03882… (3.88 %).
    /// </summary>
    /// <param name="fromYear">The base year.</param>
    /// <param name="toYear">The later (or any other) year.</param>
    /// <returns>The growth; −1 when the later total is zero.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year has no records.</exception>
    /// <exception cref="InvalidOperationException">The base year's total is zero, so growth is undefined.</exception>
    public decimal Growth(int fromYear, int toYear)
    {
        var from = YearTotal(fromYear);
        var to = YearTotal(toYear);
        return from == 0m
            ? throw new InvalidOperationException($"Growth from {fromYear} is undefined: its total is zero.")
            : (to / from) - 1m;
    }

    /// <summary>The growth of each year over the year before, for every year whose previous year also has records.</summary>
    /// <returns>Growth by (later) year, ascending; years after a zero total are left out.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyDictionary<int, decimal> YearOnYearGrowth()
    {
        var totals = TotalsByYearCore();
        var result = new SortedDictionary<int, decimal>();
        foreach (var (year, total) in totals)
        {
            if (totals.TryGetValue(year - 1, out var previous) && previous != 0m)
            {
                result.Add(year, (total / previous) - 1m);
            }
        }

        return result;
    }

    /// <summary>
    /// The compound annual growth rate between two years, as a decimal fraction:
    /// (total(to) / total(from))^(1 / (to − from)) − 1.
    /// </summary>
    /// <remarks>
    /// The root is taken in <see cref="decimal"/> by Newton's method from a double estimate, so the result
    /// is correct to about 25 significant digits (its compounding reproduces the ratio to within
    /// n × 1e-27 relative error), far beyond what the published figures carry.
    /// </remarks>
    /// <param name="fromYear">The first year.</param>
    /// <param name="toYear">The last year, after <paramref name="fromYear"/>.</param>
    /// <returns>The CAGR; −1 when the last total is zero.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year has no records, or <paramref name="toYear"/> is not after <paramref name="fromYear"/>.</exception>
    /// <exception cref="InvalidOperationException">The first year's total is zero.</exception>
    public decimal Cagr(int fromYear, int toYear)
    {
        if (toYear <= fromYear)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), toYear, $"The CAGR's last year must come after its first year ({fromYear}).");
        }

        var from = YearTotal(fromYear);
        var to = YearTotal(toYear);
        if (from == 0m)
        {
            throw new InvalidOperationException($"CAGR from {fromYear} is undefined: its total is zero.");
        }

        return DecimalRoot.Root(to / from, toYear - fromYear) - 1m;
    }

    /// <summary>
    /// Each partner's share of the total (a decimal fraction), in one year or all, ordered by partner code.
    /// The denominator is the total as <see cref="Total"/> computes it (the World figure when there is one),
    /// so shares need not add up to 1 when the partner breakdown is incomplete.
    /// </summary>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>Shares by partner; empty when the total is zero.</returns>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyDictionary<CountryCode, decimal> PartnerShares(int? year = null)
    {
        var total = TotalRows(year).Sum(r => r.Value.Amount);
        var result = new SortedDictionary<CountryCode, decimal>();
        if (total == 0m)
        {
            return result;
        }

        foreach (var (partner, value) in TotalsByPartner(year))
        {
            result.Add(partner, value.Amount / total);
        }

        return result;
    }

    /// <summary>The <paramref name="count"/> partners with the largest totals, largest first (ties by partner code).</summary>
    /// <param name="count">How many partners, at least 0.</param>
    /// <param name="year">The year, or null for every year.</param>
    /// <returns>Partners and their totals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="MixedSourcesException">The records come from more than one source.</exception>
    public IReadOnlyList<KeyValuePair<CountryCode, Money>> TopPartners(int count, int? year = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return TotalsByPartner(year)
            .OrderByDescending(p => p.Value.Amount)
            .ThenBy(p => p.Key)
            .Take(count)
            .ToArray();
    }

    /// <summary>
    /// Formats a decimal fraction as a percentage: 0.038822 → <c>3.88 %</c> with the invariant culture
    /// (the default), <c>3,88%</c> with <c>IndonesianFormat.NumberFormat</c> or id-ID.
    /// </summary>
    /// <param name="fraction">The fraction.</param>
    /// <param name="decimals">Digits after the decimal point, 0 to 10 (rounded half away from zero).</param>
    /// <param name="provider">The culture or number format; null means invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public static string FormatPercentage(decimal fraction, int decimals = 2, IFormatProvider? provider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 10);
        return fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), provider ?? CultureInfo.InvariantCulture);
    }

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static IReadOnlyDictionary<TKey, Money> ToMoney<TKey>(SortedDictionary<TKey, decimal> sums)
        where TKey : notnull
    {
        var result = new SortedDictionary<TKey, Money>(sums.Comparer);
        foreach (var (key, sum) in sums)
        {
            result.Add(key, Usd(sum));
        }

        return result;
    }

    private void EnsureSingleSource()
    {
        if (_sources.Length > 1)
        {
            throw new MixedSourcesException(_sources);
        }
    }

    private decimal YearTotal(int year)
    {
        var totals = TotalsByYearCore();
        return totals.TryGetValue(year, out var total)
            ? total
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"No export record covers {year}; years with records: {(totals.Count == 0 ? "none" : string.Join(", ", totals.Keys))}.");
    }

    private SortedDictionary<int, decimal> TotalsByYearCore()
    {
        EnsureSingleSource();
        var result = new SortedDictionary<int, decimal>();
        foreach (var group in _records.GroupBy(r => r.Period.Year))
        {
            result.Add(group.Key, TotalRowsOfYear(group).Sum(r => r.Value.Amount));
        }

        return result;
    }

    // The rows that make up totals: per year, whole-year rows if any, then World rows if any.
    private IEnumerable<ExportRecord> TotalRows(int? year)
    {
        EnsureSingleSource();
        return _records.Where(r => year is null || r.Period.Year == year)
            .GroupBy(r => r.Period.Year)
            .SelectMany(TotalRowsOfYear);
    }

    // The rows that make up the partner breakdown: per year, whole-year rows if any, never World.
    private IEnumerable<ExportRecord> PartnerRows(int? year)
    {
        EnsureSingleSource();
        return _records.Where(r => year is null || r.Period.Year == year)
            .GroupBy(r => r.Period.Year)
            .SelectMany(g => PeriodRowsOfYear(g).Where(r => !r.Partner.IsWorld));
    }

    private static IEnumerable<ExportRecord> TotalRowsOfYear(IEnumerable<ExportRecord> yearRows)
    {
        var rows = PeriodRowsOfYear(yearRows);
        return rows.Any(r => r.Partner.IsWorld) ? rows.Where(r => r.Partner.IsWorld) : rows;
    }

    private static IReadOnlyList<ExportRecord> PeriodRowsOfYear(IEnumerable<ExportRecord> yearRows)
    {
        var rows = yearRows as IReadOnlyList<ExportRecord> ?? yearRows.ToArray();
        return rows.Any(r => r.Period.IsAnnual) ? rows.Where(r => r.Period.IsAnnual).ToArray() : rows;
    }
}
