using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Classifications;
using IkmDomain.Exports;

namespace IkmDomain.Tests.Exports;

/// <summary>UN Comtrade breakdown rows (motCode, customsCode, mosCode, partner2Code) are not added to the all-modes rows.</summary>
public class ExportBreakdownTests
{
    private const string Header = "freqCode,refYear,period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,motCode,customsCode,mosCode,partner2Code";

    // One flow (Indonesia to the US, 4420.11, 2023): its TOTAL row and two transport-mode rows.
    private const string Flow =
        Header + "\n"
        + "A,2023,2023,360,842,X,442011,1000000,0,C00,0,0\n"
        + "A,2023,2023,360,842,X,442011,700000,2100,C00,0,0\n"
        + "A,2023,2023,360,842,X,442011,300000,1000,C00,0,0\n";

    private static async Task<List<ExportRecord>> ReadCsv(string text)
    {
        var list = new List<ExportRecord>();
        await foreach (var r in ComtradeReader.ReadCsvAsync(new MemoryStream(Encoding.UTF8.GetBytes(text))))
        {
            list.Add(r);
        }

        return list;
    }

    [Fact]
    public async Task A_flow_with_its_all_modes_row_and_transport_mode_rows_totals_1000000_not_2000000()
    {
        var records = await ReadCsv(Flow);
        var stats = new ExportStatistics(records);

        Assert.Equal(3, records.Count);
        Assert.Equal(new[] { 0, 2100, 1000 }, records.Select(r => r.TransportModeCode!.Value));
        Assert.All(records, r => Assert.Equal("C00", r.CustomsProcedureCode));
        Assert.Equal(Money.Usd(1_000_000m), stats.Total());
        Assert.Equal(Money.Usd(1_000_000m), stats.TotalForYear(2023));
        Assert.Equal(Money.Usd(1_000_000m), stats.TotalsByPartner()[CountryCode.Parse("US")]);
        Assert.Equal(Money.Usd(1_000_000m), stats.TotalsByHeading()[HsCode.Parse("4420")]);
        Assert.Equal(new[] { 2100, 1000 }, stats.LeftOutOfTotals.Select(r => r.TransportModeCode!.Value));
        Assert.Equal(Money.Usd(2_000_000m), stats.WithBreakdownRows().Total());
        Assert.Empty(stats.WithBreakdownRows().LeftOutOfTotals);
        Assert.Equal(3, stats.Records.Count);
    }

    [Theory]
    [InlineData("0", "C01", "0", "0")]   // one customs procedure
    [InlineData("0", "C00", "2", "0")]   // one mode of supply
    [InlineData("0", "C00", "0", "156")] // one second partner
    [InlineData("3200", "", "", "")]     // a mode of transport; the other fields absent
    public async Task Any_breakdown_field_other_than_all_makes_a_breakdown_row(string mot, string customs, string mos, string partner2)
    {
        var text = Header + "\n" + $"A,2023,2023,360,842,X,442011,5,{mot},{customs},{mos},{partner2}\n";

        var record = Assert.Single(await ReadCsv(text));

        Assert.True(record.IsBreakdown);
        Assert.Single(new ExportStatistics([record]).LeftOutOfTotals);
    }

    [Fact]
    public async Task A_file_without_breakdown_columns_counts_every_row()
    {
        var text = "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue\n2023,360,842,X,442011,5\n2023,360,392,X,442011,7\n";

        var records = await ReadCsv(text);

        Assert.All(records, r => Assert.False(r.IsBreakdown));
        Assert.Equal(Money.Usd(12m), new ExportStatistics(records).Total());
    }

    [Theory]
    [InlineData("motCode", "sea")]
    [InlineData("mosCode", "-1")]
    [InlineData("partner2Code", "1.5")]
    public async Task A_breakdown_code_that_is_not_a_number_is_reported_naming_the_field(string field, string value)
    {
        var fields = new Dictionary<string, string> { ["motCode"] = "0", ["customsCode"] = "C00", ["mosCode"] = "0", ["partner2Code"] = "0" };
        fields[field] = value;
        var text = Header + "\n" + $"A,2023,2023,360,842,X,442011,5,{fields["motCode"]},{fields["customsCode"]},{fields["mosCode"]},{fields["partner2Code"]}\n";

        var ex = await Assert.ThrowsAsync<ComtradeFormatException>(() => ReadCsv(text));

        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.Contains(value, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breakdown_fields_survive_a_round_trip_through_the_writer_as_CSV_and_JSON()
    {
        var records = await ReadCsv(Flow);
        var csv = new MemoryStream();
        await ComtradeWriter.WriteCsvAsync(records, csv);
        var json = new MemoryStream();
        await ComtradeWriter.WriteJsonAsync(records, json);

        var fromCsv = await ReadCsv(Encoding.UTF8.GetString(csv.ToArray()));
        var fromJson = new List<ExportRecord>();
        await foreach (var r in ComtradeReader.ReadJsonAsync(new MemoryStream(json.ToArray())))
        {
            fromJson.Add(r);
        }

        Assert.Equal(records, fromCsv);
        Assert.Equal(records, fromJson);
        Assert.Equal(Money.Usd(1_000_000m), new ExportStatistics(fromJson).Total());
    }

    // Whole kind: whatever breakdown rows stand beside all-modes rows, the totals are the all-modes rows'.
    [Property(MaxTest = 200)]
    public Property Breakdown_rows_never_change_a_total() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 3), Gen.Choose(1, 500_000)), n)).ToArbitrary(),
            (total, parts) =>
            {
                var all = new ExportRecord(TradePeriod.Parse("2023"), CountryCode.Parse("US"), Money.Usd(total), ExportSource.UnComtrade) { TransportModeCode = 0 };
                var breakdown = parts.Select(p => p.Item1 switch
                {
                    0 => all with { Value = Money.Usd(p.Item2), TransportModeCode = 2100 },
                    1 => all with { Value = Money.Usd(p.Item2), CustomsProcedureCode = "C02" },
                    2 => all with { Value = Money.Usd(p.Item2), SupplyModeCode = 3 },
                    _ => all with { Value = Money.Usd(p.Item2), SecondPartnerCode = 156 },
                }).ToArray();
                var stats = new ExportStatistics(breakdown.Prepend(all).Reverse());
                return stats.Total() == Money.Usd(total) && stats.LeftOutOfTotals.Count == breakdown.Length;
            });

    [Fact]
    public void Breakdown_codes_are_checked_when_set()
    {
        var r = new ExportRecord(TradePeriod.Parse("2023"), CountryCode.Parse("US"), Money.Usd(1m), ExportSource.UnComtrade);

        Assert.Throws<ArgumentOutOfRangeException>(() => r with { TransportModeCode = -1 });
        Assert.Throws<ArgumentException>(() => r with { CustomsProcedureCode = " C00" });
        Assert.False((r with { CustomsProcedureCode = "c00", TransportModeCode = 0, SupplyModeCode = 0, SecondPartnerCode = 0 }).IsBreakdown);
    }
}
