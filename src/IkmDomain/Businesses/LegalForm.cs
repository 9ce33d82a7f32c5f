using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// The legal form of a business (<i>bentuk badan usaha</i>). Values are the OSS RBA legal-form codes
/// where known (OSS API Lampiran 18: 01 PT, 02 CV, 07 Koperasi, 17 Perseorangan, 26 PT Perorangan).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<LegalForm>))]
public enum LegalForm
{
    /// <summary>Another or unknown form (firma, yayasan, persekutuan perdata, BUMDes...).</summary>
    Other = 0,

    /// <summary>PT (<i>Perseroan Terbatas</i>), a limited liability company (UU 40/2007).</summary>
    PT = 1,

    /// <summary>CV (<i>Commanditaire Vennootschap</i>), a limited partnership.</summary>
    CV = 2,

    /// <summary>Koperasi, a cooperative (UU 25/1992).</summary>
    Koperasi = 7,

    /// <summary>Perseorangan: a sole proprietor, an individual doing business without a separate entity.</summary>
    Perseorangan = 17,

    /// <summary>PT Perorangan: a single-founder company for micro and small businesses (UU 11/2020; PP 8/2021).</summary>
    PTPerorangan = 26,
}
