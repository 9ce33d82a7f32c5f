using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Classifications;
using IkmDomain.Crafts;
using IkmDomain.Exports;

namespace IkmDomain.Testing;

public static partial class IkmArbitraries
{
    /// <summary>Any ISO 3166-1 country from the embedded table (never <see cref="CountryCode.World"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CountryCode> CountryCode() =>
        Gen.Elements(IkmDomain.Exports.CountryCode.All.ToArray()).ToArbitrary();

    /// <summary>Text that is not a country code: unassigned letter pairs and triples, numbers above 999, padding, symbols.</summary>
    /// <returns>The generator (a <see cref="Gen{T}"/>, not an arbitrary, so registering
    /// <see cref="IkmArbitraries"/> never replaces FsCheck's own strings).</returns>
    public static Gen<string> InvalidCountryCodeText() =>
        Gen.OneOf(
            Gen.Elements("", "Q", "QQ", "AAA", "ZZZ", "1000", "9999", "-1", "I D", "\u00A0ID", "ID\u0085", "ID\0", "IDNN", "W0", "XX", "\u0660\u0663\u0666"),
            Gen.Choose(1000, 99999).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements("ID", "IDN", "US", "360").Select(c => c + "!"));

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

    /// <summary>
    /// Valid export records from UN Comtrade: whole years 2015–2024, a partner other than Indonesia
    /// (never World), Indonesia as reporter, a craft HS code or none, a value of 0 to 10 million US$
    /// in cents, and weight and quantity (with unit) sometimes. They pass <c>ExportRecordValidator</c>.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExportRecord> ExportRecord() => ExportRecordGen(IkmDomain.Exports.ExportSource.UnComtrade).ToArbitrary();

    /// <summary>The generator behind <see cref="ExportRecord()"/>, for records of a source you choose.</summary>
    /// <param name="source">The source of every record.</param>
    /// <returns>The generator.</returns>
    public static Gen<ExportRecord> ExportRecordGen(ExportSource source)
    {
        var partners = IkmDomain.Exports.CountryCode.All.Where(c => c != IkmDomain.Exports.CountryCode.Indonesia).ToArray();
        var codes = new IkmDomain.Classifications.HsCode?[] { null, IkmDomain.Classifications.HsCode.Parse("4420"), IkmDomain.Classifications.HsCode.Parse("442011"), IkmDomain.Classifications.HsCode.Parse("4602"), IkmDomain.Classifications.HsCode.Parse("6913"), IkmDomain.Classifications.HsCode.Parse("7113"), IkmDomain.Classifications.HsCode.Parse("4202"), IkmDomain.Classifications.HsCode.Parse("9703") };
        return
            from year in Gen.Choose(2015, 2024)
            from partner in Gen.Elements(partners)
            from code in Gen.Elements(codes)
            from cents in Gen.Choose(0, 1_000_000_000)
            from weight in Gen.Choose(-1, 1_000_000)
            from quantity in Gen.Choose(-1, 100_000)
            select new ExportRecord(
                IkmDomain.Exports.TradePeriod.ForYear(year),
                partner,
                new IkmDomain.Money(cents / 100m, IkmDomain.Currency.USD),
                source)
            {
                HsCode = code,
                NetWeightKg = weight < 0 ? null : weight,
                Quantity = quantity < 0 ? null : quantity,
                QuantityUnit = quantity < 0 ? null : "u",
            };
    }
}
