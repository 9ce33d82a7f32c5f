using System.Text.Json.Serialization;

namespace IkmDomain.Regions;

/// <summary>
/// The postal zone given by the first digit of an Indonesian <see cref="PostalCode"/>. Zones follow
/// the postal network, not province borders (Pos Indonesia; DOMAIN.md section 3).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PostalZone>))]
public enum PostalZone
{
    /// <summary>1: Jakarta and Bodetabek (Bogor, Depok, Tangerang, Bekasi).</summary>
    JakartaBodetabek = 1,

    /// <summary>2: northern Sumatra (Aceh, Sumatera Utara, Sumatera Barat, Riau, Kepulauan Riau).</summary>
    NorthernSumatra = 2,

    /// <summary>3: southern Sumatra (Jambi, Sumatera Selatan, Bengkulu, Lampung, Bangka Belitung).</summary>
    SouthernSumatra = 3,

    /// <summary>4: Banten and West Java outside Bodetabek.</summary>
    BantenWestJava = 4,

    /// <summary>5: Central Java and Daerah Istimewa Yogyakarta.</summary>
    CentralJavaYogyakarta = 5,

    /// <summary>6: East Java.</summary>
    EastJava = 6,

    /// <summary>7: Kalimantan.</summary>
    Kalimantan = 7,

    /// <summary>8: Bali, Nusa Tenggara Barat and Nusa Tenggara Timur.</summary>
    BaliNusaTenggara = 8,

    /// <summary>9: Sulawesi, Maluku and Papua.</summary>
    SulawesiMalukuPapua = 9,
}
