using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Exports;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    /// <summary>Any ISO 3166-1 country from the embedded table (never <see cref="CountryCode.World"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryCode> CountryCode() =>
        Gen.Elements(IkmDomain.Exports.CountryCode.All.ToArray()).ToArbitrary();

    /// <summary>Text that is not a country code: unassigned letter pairs and triples, numbers above 999, padding, symbols.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<string> InvalidCountryCodeText() =>
        Gen.OneOf(
            Gen.Elements("", "Q", "QQ", "AAA", "ZZZ", "1000", "9999", "-1", "I D", " ID", "ID ", "IDNN", "W0", "XX", "\u0660\u0663\u0666"),
            Gen.Choose(1000, 99999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("ID", "IDN", "US", "360").Select(c => c + "!"))
        .ToArbitrary();

    /// <summary>Any trade period: a year from 1990 to 2030, whole or with a month.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TradePeriod> TradePeriod() =>
        Gen.Choose(1990, 2030).SelectMany(
            year => Gen.Choose(0, 12),
            (year, month) => month == 0 ? IkmDomain.Exports.TradePeriod.ForYear(year) : IkmDomain.Exports.TradePeriod.ForMonth(year, month))
        .ToArbitrary();

    /// <summary>Any export source: the well-known ones and a few user-named ones.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExportSource> ExportSource() =>
        Gen.Elements(
            IkmDomain.Exports.ExportSource.Kemenperin,
            IkmDomain.Exports.ExportSource.Kemendag,
            IkmDomain.Exports.ExportSource.Bps,
            IkmDomain.Exports.ExportSource.UnComtrade,
            IkmDomain.Exports.ExportSource.TradeMap,
            IkmDomain.Exports.ExportSource.Parse("Dekranas"),
            IkmDomain.Exports.ExportSource.Parse("Asosiasi Eksportir Kerajinan"))
        .ToArbitrary();
}
