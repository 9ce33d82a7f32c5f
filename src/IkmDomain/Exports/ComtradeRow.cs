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
    internal const string MotCode = "motCode";
    internal const string CustomsCode = "customsCode";
    internal const string MosCode = "mosCode";
    internal const string Partner2Code = "partner2Code";

    /// <summary>The fields a row must have.</summary>
    internal static readonly string[] Required = [Period, ReporterCode, PartnerCode, FlowCode, CmdCode, PrimaryValue];

    /// <summary>Every field read.</summary>
    internal static readonly string[] Known = [Period, ReporterCode, PartnerCode, FlowCode, CmdCode, PrimaryValue, NetWgt, Qty, QtyUnitAbbr, MotCode, CustomsCode, MosCode, Partner2Code];

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

        // The breakdown: absent or empty fields mean "all" (the file has no breakdown by that field).
        if (!TryCode(field, MotCode, row, "a UN Comtrade mode of transport code (motCode: 0 for all modes, 1000 air, 2100 sea...)", out var mot, out error)
            || !TryCode(field, MosCode, row, "a UN Comtrade mode of supply code (mosCode: 0 for all modes)", out var mos, out error)
            || !TryCode(field, Partner2Code, row, "a UN Comtrade second partner code (partner2Code: 0 for World)", out var partner2, out error))
        {
            return false;
        }

        var customs = field(CustomsCode)?.Trim();
        if (string.IsNullOrEmpty(customs))
        {
            customs = null;
        }
        else if (customs.Length > 8)
        {
            return Fail(row, CustomsCode, customs, "a UN Comtrade customs procedure code (customsCode, such as C00 for all) has at most 8 characters.", out error);
        }

        record = new ExportRecord(period, partner, new Money(value, Currency.USD), source)
        {
            Reporter = reporter,
            HsCode = hs,
            NetWeightKg = netWeight,
            Quantity = quantity,
            QuantityUnit = unit,
            TransportModeCode = mot,
            CustomsProcedureCode = customs,
            SupplyModeCode = mos,
            SecondPartnerCode = partner2,
        };
        return true;
    }

    private static bool TryCode(Func<string, string?> field, string name, int row, string what, out int? code, out ComtradeFormatException? error)
    {
        code = null;
        error = null;
        var text = field(name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return Fail(row, name, text, "not " + what + ".", out error);
        }

        code = value;
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
