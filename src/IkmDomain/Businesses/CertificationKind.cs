using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>The certifications an Indonesian craft business or product commonly holds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CertificationKind>))]
public enum CertificationKind
{
    /// <summary>
    /// SNI (<i>Standar Nasional Indonesia</i>) product certification, issued by an accredited certification
    /// body (UU 20/2014 on standardisation and conformity assessment).
    /// </summary>
    Sni = 0,

    /// <summary>
    /// Halal certificate issued by BPJPH (UU 33/2014; PP 39/2021, now PP 42/2024). Phase 2, from
    /// 17 October 2021, covers consumer goods (<i>barang gunaan</i>) such as clothing, headwear, accessories
    /// and household equipment.
    /// </summary>
    Halal = 1,

    /// <summary>
    /// Batikmark "batik INDONESIA" (Permenperin 74/M-IND/PER/9/2007): a voluntary mark for genuine batik,
    /// issued by BBSPJIKB Yogyakarta; the label colour gives the technique (see <see cref="BatikmarkLabel"/>).
    /// </summary>
    Batikmark = 2,

    /// <summary>Geographical Indication (<i>Indikasi Geografis</i>) registered with DJKI (UU 20/2016), such as Ukiran Jepara.</summary>
    GeographicalIndication = 3,

    /// <summary>
    /// SVLK timber legality (S-LK certificate, V-Legal document or FLEGT licence), required to export
    /// forestry-industry products (Permendag 74/2020 jo. 93/2020).
    /// </summary>
    Svlk = 4,

    /// <summary>Any other certification; describe it in the issuer and number.</summary>
    Other = 99,
}
