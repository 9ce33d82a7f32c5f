using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// The kind of taxpayer a legacy NPWP declares in its second digit.
/// </summary>
/// <remarks>
/// <para>The 15-digit NPWP is <c>ST.sss.sss.C-OOO.BBB</c>: <c>S</c> is a serial digit (0-9) and <c>T</c> the
/// taxpayer type: 0 government treasurer (<i>bendahara pemerintah</i>), 1-3 company or other body
/// (<i>badan</i>), 4 and 6 individual entrepreneur (<i>orang pribadi pengusaha</i>), 5 civil servant
/// (<i>pegawai negeri</i>), 7-9 individual employee. So the prefixes 21 and 31 are companies, 66 an
/// entrepreneur and 70, 80, 90 government treasurers.</para>
/// <para>Source: CPAN <c>Business::ID::NPWP</c> 0.092 (2024-07-11), whose description python-stdnum's
/// <c>stdnum.id.npwp</c> repeats, with the OECD's Indonesia TIN sheet as further reading. DJP does not
/// publish the layout as a regulation, and these two are not independent of each other: treat the
/// type as informative, never as a reason to reject a number. No public source gives a meaning to
/// the first digit beyond "serial".</para>
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<NpwpTaxpayerType>))]
public enum NpwpTaxpayerType
{
    /// <summary>Not known: only for <c>default(Npwp)</c> handling and future layouts; every parsed NPWP has a type.</summary>
    Unknown = 0,

    /// <summary>A company or other body (<i>wajib pajak badan</i>): second digit 1, 2 or 3.</summary>
    Company = 1,

    /// <summary>An individual entrepreneur (<i>orang pribadi pengusaha</i>): second digit 4 or 6.</summary>
    Entrepreneur = 2,

    /// <summary>A civil servant or employee (<i>pegawai negeri</i>): second digit 5.</summary>
    Employee = 3,

    /// <summary>
    /// Another individual (employee): second digit 7, 8 or 9 in the legacy form, and every 16-digit
    /// NPWP that is a NIK (resident individuals use their NIK as NPWP, PMK 112/PMK.03/2022).
    /// </summary>
    Individual = 4,

    /// <summary>A government treasurer (<i>bendahara pemerintah</i>) withholding tax: second digit 0.</summary>
    GovernmentTreasurer = 5,
}
