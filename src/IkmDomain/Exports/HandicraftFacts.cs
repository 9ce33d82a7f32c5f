using System;
using System.Collections.Generic;

namespace IkmDomain.Exports;

/// <summary>
/// Indonesia's published handicraft export figures and industry counts, each with its source and a
/// reference, as data: feed them to <see cref="ExportStatistics"/>
/// (<c>new ExportStatistics(HandicraftFacts.KemenperinExports).Growth(2016, 2017)</c> is 0.0388…, 3.88 %).
/// </summary>
/// <remarks>
/// <para>The Ministry of Industry (Kemenperin) and the Ministry of Trade (Kemendag) define "handicraft"
/// differently (Kemendag's basket even includes wigs), so their series are kept apart and carry their
/// <see cref="ExportSource"/>; never add them together.</para>
/// <para>Kemenperin's 2017 figure is the one first published (US$776 million, March 2018); in April 2019
/// Kemenperin revised 2017 to US$868 million (<see cref="Kemenperin2017Revised"/>), so growth to 2018
/// computed from the series compares figures of different vintages. Values are free-on-board US dollars
/// for all destinations (<see cref="CountryCode.World"/>), whole years, over each ministry's basket
/// (no single HS code).</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public static class HandicraftFacts
{
    private static readonly ExportSource Bisnis = ExportSource.Parse("Bisnis Indonesia");
    private static readonly ExportSource Katadata = ExportSource.Parse("Katadata (databoks)");
    private static readonly ExportSource Sindonews = ExportSource.Parse("Sindonews");

    private static IReadOnlyList<ExportRecord>? s_kemenperin;
    private static IReadOnlyList<ExportRecord>? s_kemendag;
    private static IReadOnlyList<HandicraftDestination>? s_destinations;

    /// <summary>Kemenperin's handicraft exports, 2016–2022, in US$: 747, 776, 870, 892, 829, 916 and 949 million.</summary>
    public static IReadOnlyList<ExportRecord> KemenperinExports => s_kemenperin ??= Array.AsReadOnly(
    [
        Annual(2016, 747_000_000m, ExportSource.Kemenperin, "antaranews.com/berita/693442 (Kemenperin, March 2018)"),
        Annual(2017, 776_000_000m, ExportSource.Kemenperin, "antaranews.com/berita/693442; rmol.id; suarakarya.id (Kemenperin, March 2018: +3.8 %, batik US$58 million)"),
        Annual(2018, 870_000_000m, ExportSource.Kemenperin, "ekonomi.bisnis.com/read/20190425/257/915733 (Kemenperin, April 2019)"),
        Annual(2019, 892_000_000m, ExportSource.Kemenperin, "bisnisjakarta.co.id (Kemenperin: +2.5 %)"),
        Annual(2020, 829_000_000m, ExportSource.Kemenperin, "economy.okezone.com, 2022-09-22 (Kemenperin)"),
        Annual(2021, 916_000_000m, ExportSource.Kemenperin, "economy.okezone.com, 2022-09-22 (Kemenperin)"),
        Annual(2022, 949_000_000m, ExportSource.Kemenperin, "fbeta.republika.co.id/berita/rr5nb7457 (Kemenperin)"),
    ]);

    /// <summary>Kemenperin's April 2019 revision of 2017: US$868 million (first published as 776 million).</summary>
    public static ExportRecord Kemenperin2017Revised { get; } =
        Annual(2017, 868_000_000m, ExportSource.Kemenperin, "ekonomi.bisnis.com/read/20190425/257/915733 (Kemenperin, April 2019, revised)");

    /// <summary>Kemendag's handicraft exports in US$: 2012 696.33 million, 2020 638.33 million, 2021 743.50 million (+16.48 %).</summary>
    public static IReadOnlyList<ExportRecord> KemendagExports => s_kemendag ??= Array.AsReadOnly(
    [
        Annual(2012, 696_330_000m, ExportSource.Kemendag, "kabarfinance.blogspot.com/2013/11 (Kemendag)"),
        Annual(2020, 638_330_000m, ExportSource.Kemendag, "economy.okezone.com, 2022-03-24 (Kemendag)"),
        Annual(2021, 743_500_000m, ExportSource.Kemendag, "economy.okezone.com, 2022-03-24 (Kemendag: +16.48 %)"),
    ]);

    /// <summary>Both ministries' series together (use <see cref="ExportStatistics.ForSource"/> before aggregating).</summary>
    public static IReadOnlyList<ExportRecord> AllExports => [.. KemenperinExports, .. KemendagExports];

    /// <summary>About 700,000 handicraft business units (Kemenperin, September 2019).</summary>
    public static PublishedFigure BusinessUnits { get; } =
        new(700_000m, "business units", TradePeriod.ForMonth(2019, 9), ExportSource.Kemenperin, "indovoices.com (Kemenperin, September 2019)");

    /// <summary>About 1.32 million workers in handicraft businesses (Kemenperin, September 2019).</summary>
    public static PublishedFigure Workers { get; } =
        new(1_320_000m, "workers", TradePeriod.ForMonth(2019, 9), ExportSource.Kemenperin, "indovoices.com (Kemenperin, September 2019)");

    /// <summary>
    /// The main destinations as published: shares for 2012 and 2013 (US 43.32 % then 45.03 %, Japan,
    /// UK, Germany, Australia) and 2021 (US 58.89 %, Malaysia, Netherlands, Japan, Germany), and the
    /// 2018 ranking without shares (US, Japan, Netherlands, UK, Singapore, Germany).
    /// </summary>
    public static IReadOnlyList<HandicraftDestination> Destinations => s_destinations ??= BuildDestinations();

    private static ExportRecord Annual(int year, decimal usd, ExportSource source, string reference) =>
        new(TradePeriod.ForYear(year), CountryCode.World, new Money(usd, Currency.USD), source) { Reference = reference };

    private static IReadOnlyList<HandicraftDestination> BuildDestinations()
    {
        const string Ref2012 = "m.bisnis.com/read/20140422/12/221374";
        const string Ref2018 = "ekbis.sindonews.com/read/1438656";
        const string Ref2021 = "databoks.katadata.co.id (listed beside its 2021 wood-carving figures; check before citing)";
        var list = new List<HandicraftDestination>();
        void Add(int year, ExportSource source, string reference, params (string Country, decimal? Share)[] rows)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                list.Add(new HandicraftDestination(year, i + 1, CountryCode.Parse(rows[i].Country), rows[i].Share, source, reference));
            }
        }

        Add(2012, Bisnis, Ref2012, ("US", 0.4332m), ("JP", 0.1178m), ("GB", 0.0503m), ("DE", 0.0370m), ("AU", 0.0314m));
        Add(2013, Bisnis, Ref2012, ("US", 0.4503m), ("JP", 0.1142m), ("GB", 0.0434m));
        Add(2018, Sindonews, Ref2018, ("US", null), ("JP", null), ("NL", null), ("GB", null), ("SG", null), ("DE", null));
        Add(2021, Katadata, Ref2021, ("US", 0.5889m), ("MY", 0.0754m), ("NL", 0.0386m), ("JP", 0.0370m), ("DE", 0.0364m));
        return list.AsReadOnly();
    }
}
