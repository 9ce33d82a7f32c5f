using System;
using System.Globalization;
using IkmDomain.Classifications;
using IkmDomain.Crafts;

namespace IkmDomain.Exports;

/// <summary>Turns one UN Comtrade v1 row (its fields as text) into an export record, or explains why not.</summary>
internal static class ComtradeRow
{
    internal const string Period = "period";
    internal const string ReporterCode = "reporterCode";
    internal const string PartnerCode = "partnerCode";
    internal const string FlowCode = "flowCode";
    internal const string CmdCode = "cmdCode";
    internal const string PrimaryValue = "primaryValue";
    internal const string NetWgt = "netWgt";
    internal const string Qty = "qty";
    internal const string QtyUnitAbbr = "qtyUnitAbbr";

    /// <summary>The fields a row must have.</summary>
    internal static readonly string[] Required = [Period, ReporterCode, PartnerCode, FlowCode, CmdCode, PrimaryValue];

    /// <summary>Every field read.</summary>
    internal static readonly string[] Known = [Period, ReporterCode, PartnerCode, FlowCode, CmdCode, PrimaryValue, NetWgt, Qty, QtyUnitAbbr];

    /// <summary>
    /// Converts a row. Returns true with a record for an export row (flow X); true with null for a row
    /// of another flow (imports, re-exports...), which is skipped; false with an error for a bad row.
    /// </summary>
    internal static bool TryConvert(Func<string, string?> field, int row, ExportSource source, out ExportRecord? record, out ComtradeFormatException? error)
    {
        record = null;
        error = null;

        var flow = field(FlowCode)?.Trim();
        if (string.IsNullOrEmpty(flow))
        {
            return Fail(row, FlowCode, flow, "the trade flow is missing (X for exports).", out error);
        }

        if (!string.Equals(flow, "X", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var c in flow)
            {
                if (!char.IsAsciiLetter(c) || flow.Length > 3)
                {
                    return Fail(row, FlowCode, flow, "not a UN Comtrade flow code (X exports, M imports, RX, RM...).", out error);
                }
            }

            return true; // another flow: not an export, skipped
        }

        var periodText = field(Period);
        if (!TradePeriod.TryParse(periodText?.Trim(), out var period))
        {
            return Fail(row, Period, periodText, "not a period (yyyy or yyyyMM, year 1900 to 9999).", out error);
        }

        if (!TryCountry(field, ReporterCode, row, out var reporter, out error))
        {
            return false;
        }

        if (reporter.IsWorld)
        {
            return Fail(row, ReporterCode, field(ReporterCode), "the reporter must be a country, not World (0).", out error);
        }

        if (!TryCountry(field, PartnerCode, row, out var partner, out error))
        {
            return false;
        }

        var cmdText = field(CmdCode)?.Trim();
        HsCode? hs = null;
        if (!string.Equals(cmdText, "TOTAL", StringComparison.OrdinalIgnoreCase))
        {
            if (!HsCode.TryParse(cmdText, out var parsed))
            {
                return Fail(row, CmdCode, cmdText, "not an HS code (2, 4 or 6 digits) nor TOTAL.", out error);
            }

            hs = parsed;
        }

        var valueText = field(PrimaryValue);
        if (!TryDecimal(valueText, out var value))
        {
            return Fail(row, PrimaryValue, valueText, "the trade value (US$) is missing or not a number.", out error);
        }

        if (value < 0m)
        {
            return Fail(row, PrimaryValue, valueText, "a trade value cannot be negative.", out error);
        }

        decimal? netWeight = null;
        var weightText = field(NetWgt);
        if (!string.IsNullOrWhiteSpace(weightText))
        {
            if (!TryDecimal(weightText, out var w))
            {
                return Fail(row, NetWgt, weightText, "the net weight (kg) is not a number.", out error);
            }

            if (w < 0m)
            {
                return Fail(row, NetWgt, weightText, "a net weight cannot be negative.", out error);
            }

            netWeight = w;
        }

        decimal? quantity = null;
        var qtyText = field(Qty);
        if (!string.IsNullOrWhiteSpace(qtyText))
        {
            if (!TryDecimal(qtyText, out var q))
            {
                return Fail(row, Qty, qtyText, "the quantity is not a number.", out error);
            }

            if (q == -1m)
            {
                // UN Comtrade writes -1 for "no quantity".
            }
            else if (q < 0m)
            {
                return Fail(row, Qty, qtyText, "a quantity cannot be negative (only -1, meaning none).", out error);
            }
            else
            {
                quantity = q;
            }
        }

        var unit = field(QtyUnitAbbr)?.Trim();
        if (string.IsNullOrEmpty(unit) || string.Equals(unit, "N/A", StringComparison.OrdinalIgnoreCase))
        {
            unit = null;
        }
        else if (unit.Length > 16)
        {
            return Fail(row, QtyUnitAbbr, unit, "a quantity unit has at most 16 characters.", out error);
        }

        record = new ExportRecord(period, partner, new Money(value, Currency.USD), source)
        {
            Reporter = reporter,
            HsCode = hs,
            NetWeightKg = netWeight,
            Quantity = quantity,
            QuantityUnit = unit,
        };
        return true;
    }

    private static bool TryCountry(Func<string, string?> field, string name, int row, out CountryCode country, out ComtradeFormatException? error)
    {
        country = default;
        error = null;
        var text = field(name)?.Trim();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
        {
            return Fail(row, name, text, "not a UN Comtrade country code (a number; 0 is World).", out error);
        }

        return CountryCode.TryFromComtradeCode(code, out country)
            || Fail(row, name, text, "no ISO 3166-1 country has this UN Comtrade code (areas such as 490 'Other Asia, nes' or 899 'Areas, nes' are not countries).", out error);
    }

    private static bool TryDecimal(string? text, out decimal value)
    {
        value = 0m;
        return !string.IsNullOrWhiteSpace(text)
            && decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    private static bool Fail(int row, string field, string? value, string problem, out ComtradeFormatException error)
    {
        error = new ComtradeFormatException(row, field, value, problem);
        return false;
    }
}
