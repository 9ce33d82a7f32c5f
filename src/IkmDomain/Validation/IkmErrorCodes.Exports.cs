namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>IKM501: an export record's partner is its own reporter (a country cannot export to itself).</summary>
    public const string ExportPartnerIsReporter = "IKM501";

    /// <summary>IKM502: an export record's reporter is World; the reporter must be a country.</summary>
    public const string ExportReporterIsWorld = "IKM502";

    /// <summary>IKM503: an export record's period lies in the future.</summary>
    public const string ExportPeriodInFuture = "IKM503";

    /// <summary>IKM504: an export record has a quantity without a unit, or a unit without a quantity.</summary>
    public const string ExportQuantityUnitMismatch = "IKM504";

    /// <summary>IKM505: an export record's material does not fit its HS heading.</summary>
    public const string ExportMaterialMismatch = "IKM505";

    /// <summary>IKM506 (warning): an export record has goods (weight or quantity) but a value of zero.</summary>
    public const string ExportZeroValueWithGoods = "IKM506";

    /// <summary>IKM510: an export record's HS code does not exist in HS 2022 (8- and 10-digit national codes are checked by their 6-digit stem).</summary>
    public const string ExportHsCodeNotInNomenclature = "IKM510";
}
