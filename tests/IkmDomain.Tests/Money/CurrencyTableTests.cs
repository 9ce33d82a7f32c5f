using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace IkmDomain.Tests.MoneyArea;

/// <summary>Checks the compiled currency table against the ISO 4217 XML copy kept in the repository.</summary>
public class CurrencyTableTests
{
    private sealed record IsoRow(string Code, string Name, int Number, string MinorUnits);

    private static readonly Lazy<(string Published, Dictionary<string, IsoRow> Rows)> Iso = new(Load);

    private static (string, Dictionary<string, IsoRow>) Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IkmDomain.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var xml = XDocument.Load(Path.Combine(dir!.FullName, "src", "IkmDomain", "Data", "iso-4217", "list-one.xml"));
        var rows = new Dictionary<string, IsoRow>(StringComparer.Ordinal);
        foreach (var entry in xml.Descendants("CcyNtry"))
        {
            var code = (string?)entry.Element("Ccy");
            if (code is null)
            {
                continue; // territories without a universal currency
            }

            rows[code] = new IsoRow(
                code,
                ((string)entry.Element("CcyNm")!).Trim(),
                int.Parse((string)entry.Element("CcyNbr")!, System.Globalization.CultureInfo.InvariantCulture),
                (string)entry.Element("CcyMnrUnts")!);
        }

        return ((string)xml.Root!.Attribute("Pblshd")!, rows);
    }

    [Fact]
    public void Table_has_exactly_the_currencies_of_the_xml()
    {
        var compiled = Currency.All.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal);
        var iso = Iso.Value.Rows.Keys.OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(iso, compiled);
    }

    [Fact]
    public void Every_row_matches_the_xml_in_number_name_and_minor_units()
    {
        foreach (var currency in Currency.All)
        {
            var row = Iso.Value.Rows[currency.Code];
            Assert.Equal((row.Code, row.Number), (currency.Code, currency.Number));
            Assert.Equal((row.Code, row.Name), (currency.Code, currency.EnglishName));
            if (row.MinorUnits == "N.A.")
            {
                Assert.Equal((row.Code, false, 0), (currency.Code, currency.HasMinorUnits, currency.MinorUnits));
            }
            else
            {
                Assert.Equal(
                    (row.Code, true, int.Parse(row.MinorUnits, System.Globalization.CultureInfo.InvariantCulture)),
                    (currency.Code, currency.HasMinorUnits, currency.MinorUnits));
            }
        }
    }

    [Fact]
    public void Edition_is_the_publication_date_of_the_xml()
    {
        Assert.Equal(Iso.Value.Published, Currency.Edition);
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
