namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>IKM301: the text is not a NIB (13 digits, OSS).</summary>
    public const string NibMalformed = "IKM301";

    /// <summary>IKM302: the text is not an NPWP (15 digits, optionally <c>99.999.999.9-999.999</c>, or 16 digits; PMK 112/PMK.03/2022).</summary>
    public const string NpwpMalformed = "IKM302";

    /// <summary>IKM303 (warning): the NPWP's check digit does not match the unofficial Luhn rule over digits 1-8.</summary>
    public const string NpwpCheckDigit = "IKM303";

    /// <summary>IKM304: the text is not a NIK (16 digits with a district code and birth date; PP 37/2007 Art. 37).</summary>
    public const string NikMalformed = "IKM304";

    /// <summary>IKM305: the text is not a KBLI code (five digits, optionally <c>/2020</c> or <c>/2025</c>).</summary>
    public const string KbliMalformed = "IKM305";

    /// <summary>IKM306: the text is not an Indonesian mobile or landline number.</summary>
    public const string PhoneNumberMalformed = "IKM306";

    /// <summary>IKM310: a business has no KBLI code.</summary>
    public const string KbliMissing = "IKM310";

    /// <summary>IKM311: the same KBLI code is listed twice.</summary>
    public const string KbliDuplicate = "IKM311";

    /// <summary>IKM312: a business region is not a district or village code.</summary>
    public const string BusinessRegionLevel = "IKM312";

    /// <summary>IKM313 (warning): the region code is not in the embedded region directory edition.</summary>
    public const string RegionNotInDirectory = "IKM313";

    /// <summary>IKM314: the e-mail address is not well-formed.</summary>
    public const string EmailMalformed = "IKM314";

    /// <summary>IKM315: the founding year is after the current year.</summary>
    public const string FoundedYearInFuture = "IKM315";

    /// <summary>IKM316: a worker count is negative.</summary>
    public const string WorkersNegative = "IKM316";

    /// <summary>IKM317: male and female workers do not add up to the total.</summary>
    public const string WorkersByGenderMismatch = "IKM317";

    /// <summary>IKM318: capital or sales are not in rupiah (PP 7/2021 Art. 35 thresholds are in IDR).</summary>
    public const string AmountNotRupiah = "IKM318";

    /// <summary>IKM319: capital or sales are negative.</summary>
    public const string AmountNegative = "IKM319";

    /// <summary>IKM320: the declared UMKM scale contradicts the capital (PP 7/2021 Art. 35).</summary>
    public const string DeclaredScaleContradictsCapital = "IKM320";

    /// <summary>IKM321: the declared UMKM scale contradicts the annual sales (PP 7/2021 Art. 35).</summary>
    public const string DeclaredScaleContradictsSales = "IKM321";

    /// <summary>IKM322 (warning): the NPWP's taxpayer type does not fit the legal form (a company NPWP for a PT, CV or cooperative; a personal one for a sole proprietor).</summary>
    public const string NpwpTaxpayerTypeMismatch = "IKM322";

    /// <summary>IKM330: a certificate's expiry date is not after its issue date.</summary>
    public const string CertificationExpiryBeforeIssue = "IKM330";

    /// <summary>IKM331 (warning): the certificate has expired on the validation date.</summary>
    public const string CertificationExpired = "IKM331";

    /// <summary>IKM332: the certificate's issue date is after the validation date.</summary>
    public const string CertificationIssuedInFuture = "IKM332";

    /// <summary>IKM333: a Batikmark has no label colour (Permenperin 74/M-IND/PER/9/2007).</summary>
    public const string BatikmarkLabelMissing = "IKM333";

    /// <summary>IKM334: a label colour is given on a certification that is not a Batikmark.</summary>
    public const string BatikmarkLabelNotBatikmark = "IKM334";

    /// <summary>IKM340: a sentra's code is not a village code (PP 29/2018: a sentra lies within one village).</summary>
    public const string SentraNotVillage = "IKM340";

    /// <summary>IKM341: a sentra lists the same member NIB more than once.</summary>
    public const string SentraDuplicateMember = "IKM341";
}
