using System;
using System.Collections.Generic;

namespace IkmDomain.Regions;

/// <summary>
/// Well-known alternative names people type for regions (Jogja for Yogyakarta, Solo for Surakarta,
/// Jatim for Jawa Timur, DKI for Daerah Khusus Ibukota), applied word by word to the folded query.
/// </summary>
internal static class RegionAliases
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["jogja"] = "yogyakarta",
        ["jogjakarta"] = "yogyakarta",
        ["djogja"] = "yogyakarta",
        ["djokjakarta"] = "yogyakarta",
        ["jogya"] = "yogyakarta",
        ["yogya"] = "yogyakarta",
        ["jokja"] = "yogyakarta",
        ["yogjakarta"] = "yogyakarta",
        ["diy"] = "daerah istimewa yogyakarta",
        ["dki"] = "daerah khusus ibukota",
        ["jkt"] = "jakarta",
        ["solo"] = "surakarta",
        ["sumatra"] = "sumatera",
        ["jabar"] = "jawa barat",
        ["jateng"] = "jawa tengah",
        ["jatim"] = "jawa timur",
        ["sumut"] = "sumatera utara",
        ["sumbar"] = "sumatera barat",
        ["sumsel"] = "sumatera selatan",
        ["kalbar"] = "kalimantan barat",
        ["kalteng"] = "kalimantan tengah",
        ["kalsel"] = "kalimantan selatan",
        ["kaltim"] = "kalimantan timur",
        ["kaltara"] = "kalimantan utara",
        ["sulut"] = "sulawesi utara",
        ["sulteng"] = "sulawesi tengah",
        ["sulsel"] = "sulawesi selatan",
        ["sultra"] = "sulawesi tenggara",
        ["sulbar"] = "sulawesi barat",
        ["ntb"] = "nusa tenggara barat",
        ["ntt"] = "nusa tenggara timur",
        ["babel"] = "kepulauan bangka belitung",
        ["kepri"] = "kepulauan riau",
        ["malut"] = "maluku utara",
        ["pabar"] = "papua barat",
        ["pbd"] = "papua barat daya",
        ["nad"] = "aceh",
        ["makasar"] = "makassar",
        ["ujungpandang"] = "makassar",
        ["jaksel"] = "jakarta selatan",
        ["jakbar"] = "jakarta barat",
        ["jaktim"] = "jakarta timur",
        ["jakut"] = "jakarta utara",
        ["jakpus"] = "jakarta pusat",
    };

    /// <summary>Replaces every aliased word of a folded query; returns null when nothing changed.</summary>
    public static string? Expand(string folded)
    {
        if (folded.Length == 0)
        {
            return null;
        }

        string[]? words = null;
        var changed = false;
        var parts = folded.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            if (Words.TryGetValue(parts[i], out var canonical))
            {
                words ??= parts;
                words[i] = canonical;
                changed = true;
            }
        }

        // "Ujung Pandang" is two words.
        var joined = changed ? string.Join(' ', words!) : folded;
        if (joined.Contains("ujung pandang", StringComparison.Ordinal))
        {
            joined = joined.Replace("ujung pandang", "makassar", StringComparison.Ordinal);
            changed = true;
        }

        return changed ? joined : null;
    }
}
