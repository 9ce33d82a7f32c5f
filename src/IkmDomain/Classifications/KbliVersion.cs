using System.Text.Json.Serialization;

namespace IkmDomain.Classifications;

/// <summary>
/// The edition of the KBLI (<i>Klasifikasi Baku Lapangan Usaha Indonesia</i>) a code belongs to. The
/// editions renumbered codes, so a KBLI code means nothing without its edition.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<KbliVersion>))]
public enum KbliVersion
{
    /// <summary>KBLI 2020 (Peraturan BPS 2/2020), the edition the OSS API specifies.</summary>
    Kbli2020 = 2020,

    /// <summary>
    /// KBLI 2025 (Peraturan BPS 7/2025), replacing KBLI 2020 from December 2025 with six months to align.
    /// Codes were renumbered: batik is 13133 here but 13134 in KBLI 2020.
    /// </summary>
    Kbli2025 = 2025,
}
