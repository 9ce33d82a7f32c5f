using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// The kind of taxpayer a legacy NPWP's first two digits declare.
/// </summary>
/// <remarks>
/// Digits 1-2 of the 15-digit NPWP: 01-03 company (<i>badan</i>), 04 and 06 individual entrepreneur
/// (<i>orang pribadi pengusaha</i>), 05 employee (<i>karyawan</i>), 07-09 other individual. Source:
/// the DJP numbering described in public NPWP validators (CPAN <c>Business::ID::NPWP</c>); DJP does not
/// publish the layout as a regulation, so treat the mapping as informative.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<NpwpTaxpayerType>))]
public enum NpwpTaxpayerType
{
    /// <summary>The first two digits are outside the documented 01-09 range.</summary>
    Unknown = 0,

    /// <summary>A company or other body (<i>wajib pajak badan</i>): 01, 02 or 03.</summary>
    Company = 1,

    /// <summary>An individual entrepreneur (<i>orang pribadi pengusaha</i>): 04 or 06.</summary>
    Entrepreneur = 2,

    /// <summary>An employee (<i>orang pribadi karyawan</i>): 05.</summary>
    Employee = 3,

    /// <summary>
    /// Another individual: 07, 08 or 09 in the legacy form, and every 16-digit NPWP that is a NIK
    /// (resident individuals use their NIK as NPWP, PMK 112/PMK.03/2022).
    /// </summary>
    Individual = 4,
}
