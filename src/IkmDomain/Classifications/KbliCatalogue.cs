using System.Collections.Frozen;
using System.Collections.Generic;

namespace IkmDomain.Classifications;

/// <summary>
/// The embedded catalogue of craft-relevant KBLI codes and their titles, built once on first use.
/// </summary>
/// <remarks>
/// UNVERIFIED: no title here has been checked against the BPS publications (Peraturan BPS 2/2020 and
/// 7/2025). KBLI 2020 titles come from a third-party seeder (<c>misterrizky/ye-corporate</c>
/// <c>database/seeders/MasterSeeder.php</c>, itself known to hold at least one wrong row), shortened as in
/// the research notes; rows the notes only give in English keep an English summary; KBLI 2025 titles come
/// from one third-party audit document. Every entry therefore reports <c>IsTitleVerified = false</c>;
/// flip an entry to verified only after checking it against the BPS PDF.
/// </remarks>
internal static class KbliCatalogue
{
    internal readonly record struct Entry(KbliVersion Version, int Code, string Title, bool IsCraftRelevant, bool IsTitleVerified);

    private static FrozenDictionary<int, Entry>? _entries;

    public static FrozenDictionary<int, Entry> Entries => _entries ??= Build();

    public static bool TryGet(KbliVersion version, int code, out Entry entry) =>
        Entries.TryGetValue(Key(version, code), out entry);

    private static int Key(KbliVersion version, int code) => ((int)version * 100_000) + code;

    private static FrozenDictionary<int, Entry> Build()
    {
        var rows = new List<Entry>
        {
            // KBLI 2020 (Perba BPS 2/2020). [S] seeder titles, shortened; [U] against the BPS PDF.
            V2020(13122, "Industri kain tenun ikat"),
            V2020(13133, "Industri pencetakan kain", craft: false), // version trap: not batik in KBLI 2020
            V2020(13134, "Industri batik"),
            V2020(13912, "Industri kain sulaman"),
            V2020(13922, "Industri barang jadi tekstil sulaman"),
            V2020(13930, "Industri karpet dan permadani"),
            V2020(15121, "Industri barang dari kulit dan kulit komposisi untuk keperluan pribadi"),
            V2020(15129, "Industri barang dari kulit dan kulit komposisi lainnya"),

            // [U] missing from the seeder; title from KBLI 2025 sources and the 123dok
            // "Klasifikasi Industri Kerajinan" list. Rattan and bamboo plaiting (not 16292).
            V2020(16291, "Industri barang anyaman dari rotan dan bambu"),
            V2020(16292, "Industri anyaman dari tanaman selain rotan dan bambu"),
            V2020(16293, "Industri kerajinan ukiran dari kayu bukan mebeller"), // wood carving (not 16291)
            V2020(16294, "Industri alat dapur dari kayu, rotan dan bambu"),
            V2020(16299, "Industri barang dari kayu, rotan, gabus lainnya YTDL"),

            // [U] the notes give these only as English summaries; official Indonesian titles to be filled in.
            V2020(23121, "Household articles of glass"),
            V2020(23129, "Other glass goods"),
            V2020(23931, "Household articles of porcelain"),
            V2020(23932, "Household articles of clay and ceramics"),
            V2020(23939, "Other non-building ceramic articles"),
            V2020(23952, "Industri barang dari kapur", craft: false), // lime, often mistaken for ceramics
            V2020(23961, "Marble and granite goods"),
            V2020(23963, "Stone goods for household and decorative use"),
            V2020(25992, "Metal kitchen utensils and tableware"),
            V2020(25993, "Other metal household goods"),
            V2020(25999, "Other metal goods n.e.c. (YTDL)"),
            V2020(31001, "Industri furnitur dari kayu"),
            V2020(31002, "Industri furnitur dari rotan dan atau bambu"),
            V2020(32111, "Industri permata"), // gemstones, not jewellery
            V2020(32112, "Industri perhiasan dari logam mulia untuk keperluan pribadi"), // the jewellery code
            V2020(32115, "Pearl jewellery"),
            V2020(32120, "Imitation jewellery"),
            V2020(32201, "Industri alat musik tradisional"),
            V2020(32903, "Industri kerajinan YTDL"), // catch-all for crafts

            // KBLI 2025 (Perba BPS 7/2025). [S] one third-party audit document; [U] against the BPS PDF.
            V2025(13133, "Industri kain batik"),
            V2025(16291, "Industri barang anyaman dari rotan dan bambu"),
            V2025(16293, "Industri kerajinan ukiran dari kayu bukan furnitur"),
            V2025(16294, "Industri alat dapur dan alat makan dari kayu, rotan dan bambu"),
            V2025(31011, "Wooden furniture"),
            V2025(31012, "Rattan and bamboo furniture"),
            V2025(32114, "Pearl jewellery"),
        };

        var table = new Dictionary<int, Entry>(rows.Count);
        foreach (var row in rows)
        {
            table.Add(Key(row.Version, row.Code), row);
        }

        return table.ToFrozenDictionary();
    }

    private static Entry V2020(int code, string title, bool craft = true) => new(KbliVersion.Kbli2020, code, title, craft, IsTitleVerified: false);

    private static Entry V2025(int code, string title, bool craft = true) => new(KbliVersion.Kbli2025, code, title, craft, IsTitleVerified: false);
}
