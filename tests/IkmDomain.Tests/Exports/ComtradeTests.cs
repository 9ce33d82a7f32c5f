using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Exports;

public class ComtradeTests
{
    private const string Header = "freqCode,refYear,period,reporterCode,reporterISO,partnerCode,partnerISO,flowCode,cmdCode,primaryValue,netWgt,qty,qtyUnitAbbr";

    private static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private static async Task<List<ExportRecord>> ReadCsv(string text, ComtradeReadOptions? options = null)
    {
        var list = new List<ExportRecord>();
        await foreach (var r in ComtradeReader.ReadCsvAsync(Utf8(text), options))
        {
            list.Add(r);
        }

        return list;
    }

    private static async Task<List<ExportRecord>> ReadJson(string text, ComtradeReadOptions? options = null)
    {
        var list = new List<ExportRecord>();
        await foreach (var r in ComtradeReader.ReadJsonAsync(Utf8(text), options))
        {
            list.Add(r);
        }

        return list;
    }

    [Fact]
    public async Task A_CSV_export_row_becomes_a_record()
    {
        var rows = await ReadCsv(Header + "\nA,2021,2021,360,IDN,842,USA,X,4420,48800000.5,27380000,-1,N/A\n");

        var r = Assert.Single(rows);
        Assert.Equal(TradePeriod.ForYear(2021), r.Period);
        Assert.Equal(CountryCode.Indonesia, r.Reporter);
        Assert.Equal(CountryCode.UnitedStates, r.Partner);
        Assert.Equal(HsCode.Parse("4420"), r.HsCode);
        Assert.Equal(Money.Usd(48_800_000.5m), r.Value);
        Assert.Equal(27_380_000m, r.NetWeightKg);
        Assert.Null(r.Quantity);
        Assert.Null(r.QuantityUnit);
        Assert.Equal(ExportSource.UnComtrade, r.Source);
    }

    [Fact]
    public async Task Import_rows_are_not_exports_and_are_skipped()
    {
        var rows = await ReadCsv(Header + "\nA,2021,2021,360,IDN,0,W00,M,TOTAL,5,,,\nA,2021,2021,360,IDN,0,W00,X,TOTAL,7,,,\n");

        Assert.Equal(Money.Usd(7m), Assert.Single(rows).Value);
    }

    [Fact]
    public async Task TOTAL_has_no_HS_code_and_partner_0_is_World()
    {
        var r = Assert.Single(await ReadCsv(Header + "\nA,2021,2021,360,IDN,0,W00,X,TOTAL,7,,,\n"));

        Assert.Null(r.HsCode);
        Assert.True(r.Partner.IsWorld);
    }

    [Fact]
    public async Task Quoted_fields_with_commas_quotes_and_line_breaks_are_read()
    {
        var csv = "period,reporterCode,partnerCode,flowCode,cmdCode,primaryValue,partnerDesc\r\n"
            + "202103,360,535,X,442011,12.5,\"Bonaire, Sint \"\"Eustatius\"\"\r\nand Saba\"\r\n";

        var r = Assert.Single(await ReadCsv(csv));

        Assert.Equal(TradePeriod.ForMonth(2021, 3), r.Period);
        Assert.Equal("BQ", r.Partner.Alpha2);
    }

    [Theory]
    [InlineData("A,2021,2021,360,IDN,490,S19,X,4420,5,,,", "partnerCode")]
    [InlineData("A,2021,20213,360,IDN,842,USA,X,4420,5,,,", "period")]
    [InlineData("A,2021,2021,360,IDN,842,USA,X,4420,-5,,,", "primaryValue")]
    [InlineData("A,2021,2021,360,IDN,842,USA,X,4420,abc,,,", "primaryValue")]
    [InlineData("A,2021,2021,360,IDN,842,USA,X,7777,5,,,", "cmdCode")]
    [InlineData("A,2021,2021,360,IDN,842,USA,,4420,5,,,", "flowCode")]
    [InlineData("A,2021,2021,0,W00,842,USA,X,4420,5,,,", "reporterCode")]
    [InlineData("A,2021,2021,360,IDN,842,USA,X,4420,5,-3,,", "netWgt")]
    [InlineData("A,2021,2021,360,IDN,842,USA,X,4420,5,,-2,u", "qty")]
    public async Task A_bad_row_throws_naming_its_row_number_and_field(string badRow, string field)
    {
        var csv = Header + "\nA,2021,2021,360,IDN,842,USA,X,4420,5,,,\n" + badRow + "\n";

        var ex = await Assert.ThrowsAsync<ComtradeFormatException>(() => ReadCsv(csv));

        Assert.Equal(2, ex.RowNumber);
        Assert.Equal(field, ex.Field);
        Assert.Contains("Row 2", ex.Message);
    }

    [Fact]
    public async Task With_OnError_bad_rows_are_reported_and_skipped_never_read()
    {
        var errors = new List<ComtradeFormatException>();
        var csv = Header + "\nA,2021,2021,360,IDN,490,S19,X,4420,5,,,\nA,2021,2021,360,IDN,842,USA,X,4420,6,,,\nA,2021,2021,360,IDN,842,USA,X,4420\n";

        var rows = await ReadCsv(csv, new ComtradeReadOptions { OnError = errors.Add });

        Assert.Equal(Money.Usd(6m), Assert.Single(rows).Value);
        Assert.Equal(new[] { 1, 3 }, errors.Select(e => e.RowNumber));
    }

    [Fact]
    public async Task A_missing_required_column_is_a_header_error()
    {
        var ex = await Assert.ThrowsAsync<ComtradeFormatException>(() => ReadCsv("period,reporterCode,partnerCode,flowCode,cmdCode\n2021,360,842,X,4420\n"));

        Assert.Equal(0, ex.RowNumber);
        Assert.Equal("primaryValue", ex.Field);
    }

    [Fact]
    public async Task An_unclosed_quote_is_a_broken_file()
    {
        await Assert.ThrowsAsync<ComtradeFormatException>(() => ReadCsv(Header + "\nA,2021,2021,360,IDN,842,\"USA,X,4420,5,,,\n"));
    }

    [Fact]
    public async Task The_API_JSON_shape_is_read_from_its_data_array()
    {
        var json = """
            {"elements": 2, "count": 2, "data": [
              {"freqCode":"A","period":"2021","reporterCode":360,"partnerCode":842,"flowCode":"X","cmdCode":"4420","primaryValue":48800000,"netWgt":null,"qty":-1,"qtyUnitAbbr":"N/A","isAggregate":true,"extra":{"a":[1,2]}},
              {"period":2021,"reporterCode":360,"partnerCode":392,"flowCode":"X","cmdCode":"4602","primaryValue":1.5E+3,"netWgt":10,"qty":20,"qtyUnitAbbr":"u"}
            ], "error": ""}
            """;

        var rows = await ReadJson(json);

        Assert.Equal(2, rows.Count);
        Assert.Equal(CountryCode.UnitedStates, rows[0].Partner);
        Assert.Equal(Money.Usd(1500m), rows[1].Value);
        Assert.Equal((20m, "u"), (rows[1].Quantity, rows[1].QuantityUnit));
    }

    [Fact]
    public async Task A_bare_JSON_array_is_read()
    {
        var rows = await ReadJson("""[{"period":"202101","reporterCode":360,"partnerCode":0,"flowCode":"X","cmdCode":"TOTAL","primaryValue":3}]""");

        Assert.Equal(TradePeriod.ForMonth(2021, 1), Assert.Single(rows).Period);
    }

    [Fact]
    public async Task A_bad_JSON_row_throws_naming_its_row_number()
    {
        var json = """{"data":[{"period":"2021","reporterCode":360,"partnerCode":0,"flowCode":"X","cmdCode":"TOTAL","primaryValue":3},{"period":"2021","reporterCode":360,"partnerCode":899,"flowCode":"X","cmdCode":"TOTAL","primaryValue":3}]}""";

        var ex = await Assert.ThrowsAsync<ComtradeFormatException>(() => ReadJson(json));

        Assert.Equal((2, "partnerCode", "899"), (ex.RowNumber, ex.Field, ex.Value));
    }

    [Fact]
    public async Task Truncated_JSON_throws()
    {
        await Assert.ThrowsAsync<ComtradeFormatException>(() => ReadJson("""{"data":[{"period":"2021","reporterCode":360"""));
    }

    [Fact]
    public async Task JSON_larger_than_the_read_buffer_streams_through()
    {
        var row = """{"period":"2021","reporterCode":360,"partnerCode":842,"flowCode":"X","cmdCode":"4420","primaryValue":1,"padding":"#"}""";
        var bigRow = row.Replace("#", new string('x', 200_000), StringComparison.Ordinal);
        var json = "{\"count\":3000,\"data\":[" + string.Join(",", Enumerable.Repeat(row, 2999).Append(bigRow)) + "]}";

        var rows = await ReadJson(json);

        Assert.Equal(3000, rows.Count);
    }

    [Fact]
    public async Task Written_CSV_names_the_Comtrade_fields_and_quotes_commas()
    {
        var record = new ExportRecord(TradePeriod.ForYear(2021), CountryCode.Parse("BQ"), Money.Usd(5m), ExportSource.UnComtrade);
        using var stream = new MemoryStream();

        await ComtradeWriter.WriteCsvAsync([record], stream);

        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.StartsWith("freqCode,refYear,refMonth,period,reporterCode,", text);
        Assert.Contains("\"Bonaire, Sint Eustatius and Saba\"", text);
        Assert.Contains(",842,", (await WriteCsv(record with { Partner = CountryCode.UnitedStates })));
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool CSV_round_trips(ExportRecord[] records)
    {
        var text = WriteCsv(records).GetAwaiter().GetResult();
        var back = ReadCsv(text).GetAwaiter().GetResult();
        return back.SequenceEqual(records);
    }

    [Property(Arbitrary = new[] { typeof(IkmArbitraries) })]
    public bool JSON_round_trips(ExportRecord[] records)
    {
        using var stream = new MemoryStream();
        ComtradeWriter.WriteJsonAsync(records, stream).GetAwaiter().GetResult();
        var back = ReadJson(Encoding.UTF8.GetString(stream.ToArray())).GetAwaiter().GetResult();
        return back.SequenceEqual(records);
    }

    [Property]
    public Property Reading_random_CSV_lines_never_yields_a_wrong_record() =>
        Prop.ForAll(
            ArbMap.Default.ArbFor<string[]>(),
            lines =>
            {
                var text = Header + "\n" + string.Join("\n", lines.Where(l => l is not null));
                try
                {
                    var rows = ReadCsv(text, new ComtradeReadOptions { OnError = _ => { } }).GetAwaiter().GetResult();
                    return rows.All(r => r.Value.Amount >= 0m && r.Value.Currency == Currency.USD);
                }
                catch (ComtradeFormatException)
                {
                    return true;
                }
            });

    private static async Task<string> WriteCsv(params ExportRecord[] records)
    {
        using var stream = new MemoryStream();
        await ComtradeWriter.WriteCsvAsync(records, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
