using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IkmDomain.Tests.MoneyArea;

/// <summary>
/// Checks the compiled currency table against the ISO 4217 list files kept in the repository
/// (src/IkmDomain/Data/iso-4217): the newest list decides the current codes; codes an older list
/// held and the newest does not are withdrawn, with the month from list three.
/// </summary>
public class CurrencyTableTests
{
    private sealed record IsoRow(string Code, string Name, int Number, string MinorUnits);

    private sealed record Snapshot(string Date, Dictionary<string, IsoRow> Rows);

    private static readonly Lazy<(List<Snapshot> Snapshots, Dictionary<string, string> WithdrawnMonths)> Iso = new(Load);

    private static Snapshot Newest => Iso.Value.Snapshots[^1];

    private static (List<Snapshot>, Dictionary<string, string>) Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IkmDomain.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var folder = Path.Combine(dir!.FullName, "src", "IkmDomain", "Data", "iso-4217");
        var snapshots = new List<Snapshot>();
        var months = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "list-one*.xml"))
        {
            var xml = XDocument.Load(file);
            var rows = new Dictionary<string, IsoRow>(StringComparer.Ordinal);
            foreach (var entry in xml.Descendants("CcyNtry"))
            {
                var code = (string?)entry.Element("Ccy");
                if (code is not null)
                {
                    rows[code] = new IsoRow(
                        code,
                        ((string)entry.Element("CcyNm")!).Trim(),
                        int.Parse((string)entry.Element("CcyNbr")!, CultureInfo.InvariantCulture),
                        Minor((string)entry.Element("CcyMnrUnts")!));
                }
            }

            snapshots.Add(new Snapshot((string)xml.Root!.Attribute("Pblshd")!, rows));
        }

        foreach (var file in Directory.GetFiles(folder, "codes-all-*.csv"))
        {
            var rows = new Dictionary<string, IsoRow>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(file).Skip(1))
            {
                var f = SplitCsv(line);
                if (f[2].Length == 0)
                {
                    continue;
                }

                if (f[5].Length > 0)
                {
                    if (Regex.IsMatch(f[5], @"^\d{4}-\d{2}$") && string.CompareOrdinal(f[5], months.GetValueOrDefault(f[2], "")) > 0)
                    {
                        months[f[2]] = f[5];
                    }

                    continue;
                }

                rows[f[2]] = new IsoRow(f[2], f[1].Trim(), int.Parse(f[3], CultureInfo.InvariantCulture), Minor(f[4]));
            }

            snapshots.Add(new Snapshot(Regex.Match(Path.GetFileName(file), @"\d{4}-\d{2}-\d{2}").Value, rows));
        }

        snapshots.Sort((a, b) => string.CompareOrdinal(a.Date, b.Date));
        return (snapshots, months);
    }

    private static string Minor(string text) => text.Trim() is "N.A." or "-" or "" ? "N.A." : text.Trim();

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }

    private static void AssertRow(IsoRow row, Currency currency)
    {
        Assert.Equal((row.Code, row.Number), (currency.Code, currency.Number));
        Assert.Equal((row.Code, row.Name), (currency.Code, currency.EnglishName));
        if (row.MinorUnits == "N.A.")
        {
            Assert.Equal((row.Code, false, 0), (currency.Code, currency.HasMinorUnits, currency.MinorUnits));
        }
        else
        {
            Assert.Equal(
                (row.Code, true, int.Parse(row.MinorUnits, CultureInfo.InvariantCulture)),
                (currency.Code, currency.HasMinorUnits, currency.MinorUnits));
        }
    }

    [Fact]
    public void Table_has_exactly_the_current_currencies_of_the_newest_list()
    {
        var compiled = Currency.All.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal);
        var iso = Newest.Rows.Keys.OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(iso, compiled);
    }

    [Fact]
    public void Every_current_row_matches_the_list_in_number_name_and_minor_units()
    {
        foreach (var currency in Currency.All)
        {
            AssertRow(Newest.Rows[currency.Code], currency);
            Assert.False(currency.IsWithdrawn);
            Assert.Null(currency.WithdrawalDate);
        }
    }

    [Fact]
    public void Every_code_an_older_list_held_is_kept_as_withdrawn_with_its_last_row_and_month()
    {
        var expected = new Dictionary<string, IsoRow>(StringComparer.Ordinal);
        foreach (var snapshot in Iso.Value.Snapshots.Take(Iso.Value.Snapshots.Count - 1))
        {
            foreach (var row in snapshot.Rows.Values.Where(r => !Newest.Rows.ContainsKey(r.Code)))
            {
                expected[row.Code] = row;
            }
        }

        Assert.Equal(expected.Keys.OrderBy(c => c, StringComparer.Ordinal), Currency.Withdrawn.Select(c => c.Code));
        foreach (var currency in Currency.Withdrawn)
        {
            AssertRow(expected[currency.Code], currency);
            Assert.True(currency.IsWithdrawn);
            Assert.Equal(Iso.Value.WithdrawnMonths[currency.Code], currency.WithdrawalDate!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            Assert.Equal(currency, Currency.FromCode(currency.Code));
        }
    }

    [Fact]
    public void Edition_is_the_date_of_the_newest_list()
    {
        Assert.Equal(Newest.Date, Currency.Edition);
        Assert.Equal("2026-02-01", Currency.Edition);
    }

    [Fact]
    public void The_2025_and_2026_amendments_are_in_the_table()
    {
        Assert.Equal((532, 2, "Caribbean Guilder", false), (Currency.FromCode("XCG").Number, Currency.FromCode("XCG").MinorUnits, Currency.FromCode("XCG").EnglishName, Currency.FromCode("XCG").IsWithdrawn));
        Assert.Equal((396, 2, false), (Currency.FromCode("XAD").Number, Currency.FromCode("XAD").MinorUnits, Currency.FromCode("XAD").IsWithdrawn));
        Assert.Equal(new DateOnly(2025, 3, 1), Currency.FromCode("ANG").WithdrawalDate);
        Assert.Equal(new DateOnly(2026, 1, 1), Currency.FromCode("BGN").WithdrawalDate);
        Assert.Equal(new DateOnly(2021, 6, 1), Currency.FromCode("CUC").WithdrawalDate);
        Assert.Equal("XCG", Currency.FromNumber(532).Code); // ISO reused ANG's number
        Assert.DoesNotContain(Currency.FromCode("ANG"), Currency.All);
    }

    [Fact]
    public void A_withdrawn_currency_still_reads_old_records()
    {
        var old = Money.Parse("ANG 10.50");
        Assert.Equal(("ANG", 10.50m, true), (old.Currency.Code, old.Amount, old.Currency.IsWithdrawn));
        Assert.Equal(old, System.Text.Json.JsonSerializer.Deserialize<Money>("{\"amount\":10.50,\"currency\":\"ANG\"}"));
        Assert.Equal(Currency.FromCode("BGN"), Currency.Parse("BGN"));
    }

    [Fact]
    public void Every_currency_is_found_by_its_code_and_its_number()
    {
        foreach (var currency in Currency.All)
        {
            Assert.Equal(currency, Currency.FromCode(currency.Code));
            Assert.Equal(currency, Currency.FromNumber(currency.Number));
        }
    }
}
