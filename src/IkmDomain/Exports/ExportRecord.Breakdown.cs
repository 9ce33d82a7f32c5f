using System;

namespace IkmDomain.Exports;

public sealed partial record ExportRecord
{
    /// <summary>UN Comtrade's <c>customsCode</c> for "all customs procedures".</summary>
    public const string AllCustomsProcedures = "C00";

    private readonly int? _transportModeCode;
    private readonly string? _customsProcedureCode;
    private readonly int? _supplyModeCode;
    private readonly int? _secondPartnerCode;

    /// <summary>
    /// UN Comtrade's mode of transport (<c>motCode</c>): 0 for all modes together, or one mode (1000 air,
    /// 2100 sea, 3100 rail, 3200 road, …); null when the source does not break figures down by mode (same as 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? TransportModeCode
    {
        get => _transportModeCode;
        init => _transportModeCode = value < 0 ? throw new ArgumentOutOfRangeException(nameof(TransportModeCode), value, "A UN Comtrade mode of transport code (motCode) is 0 or positive.") : value;
    }

    /// <summary>
    /// UN Comtrade's customs procedure (<c>customsCode</c>): <see cref="AllCustomsProcedures"/> (<c>C00</c>) for all
    /// procedures together, or one (<c>C01</c>, …); null when not given (same as C00). 1 to 8 characters, trimmed.
    /// </summary>
    /// <exception cref="ArgumentException">Set to empty or padded text or more than 8 characters.</exception>
    public string? CustomsProcedureCode
    {
        get => _customsProcedureCode;
        init => _customsProcedureCode = value is not null && (value.Length is 0 or > 8 || value.Trim().Length != value.Length)
            ? throw new ArgumentException($"'{value}' is not a UN Comtrade customs procedure code (customsCode, such as C00): 1 to 8 characters with no white space around them.", nameof(CustomsProcedureCode))
            : value;
    }

    /// <summary>
    /// UN Comtrade's mode of supply (<c>mosCode</c>, for services): 0 for all modes together; null when not given (same as 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? SupplyModeCode
    {
        get => _supplyModeCode;
        init => _supplyModeCode = value < 0 ? throw new ArgumentOutOfRangeException(nameof(SupplyModeCode), value, "A UN Comtrade mode of supply code (mosCode) is 0 or positive.") : value;
    }

    /// <summary>
    /// UN Comtrade's second partner (<c>partner2Code</c>, the country of consignment or origin, M49): 0 for World,
    /// that is all second partners together; null when not given (same as 0).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int? SecondPartnerCode
    {
        get => _secondPartnerCode;
        init => _secondPartnerCode = value < 0 ? throw new ArgumentOutOfRangeException(nameof(SecondPartnerCode), value, "A UN Comtrade second partner code (partner2Code) is 0 or positive.") : value;
    }

    /// <summary>
    /// Whether this record is one part of a breakdown rather than the all-modes figure: a mode of transport other
    /// than 0, a customs procedure other than C00, a mode of supply other than 0, or a second partner other than
    /// World (0). UN Comtrade files can hold a flow's all-modes row beside its breakdown rows (motCode 0 =
    /// 1,000,000 beside 2100 = 700,000 and 1000 = 300,000); <see cref="ExportStatistics"/> totals only the
    /// all-modes rows, so the flow counts once.
    /// </summary>
    public bool IsBreakdown =>
        (_transportModeCode is { } mot && mot != 0)
        || (_customsProcedureCode is { } customs && !string.Equals(customs, AllCustomsProcedures, StringComparison.OrdinalIgnoreCase))
        || (_supplyModeCode is { } mos && mos != 0)
        || (_secondPartnerCode is { } partner2 && partner2 != 0);
}
