using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Threading;

namespace IkmDomain.Regions;

/// <summary>
/// Every Indonesian province, regency and city, district and village, by Kemendagri code, embedded in the
/// assembly: 38 provinces, 514 regencies and cities, 7,285 districts and 83,762 villages of
/// Kepmendagri 300.2.2-2138/2025.
/// </summary>
/// <remarks>
/// <para>
/// Each level is decompressed from the assembly on first use and kept for the life of the process, so a
/// lookup of a province never loads the villages. Loading is thread-safe and happens once per level;
/// the search index of a level is built on its first search.
/// </para>
/// <para>
/// Data: npm package <c>idn-area-data</c> 4.0.1, made available under the Open Database License (ODbL) 1.0;
/// see THIRD-PARTY-NOTICES.md. Codes follow Permendagri 137/2017 Art. 4 and Permendagri 58/2021.
/// </para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
public sealed class RegionDirectory
{
    private readonly Lazy<RegionTable>[] _tables;
    private readonly Lazy<RegionSearchIndex>[] _indexes;
    private readonly Lazy<RegionFormerNames> _formerNames = new(RegionFormerNames.Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<RegionSearchIndex> _formerIndex;

    internal RegionDirectory()
    {
        _tables = new Lazy<RegionTable>[4];
        _indexes = new Lazy<RegionSearchIndex>[4];
        for (var i = 0; i < 4; i++)
        {
            var level = (RegionLevel)i;
            _tables[i] = new Lazy<RegionTable>(() => RegionTable.Load(level), LazyThreadSafetyMode.ExecutionAndPublication);
            _indexes[i] = new Lazy<RegionSearchIndex>(() => RegionSearchIndex.Build(Table(level)), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        _formerIndex = new Lazy<RegionSearchIndex>(() => RegionSearchIndex.Build(_formerNames.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The directory embedded in this assembly.</summary>
    public static RegionDirectory Default { get; } = new();

    /// <summary>The decree the data follows: <c>Kepmendagri 300.2.2-2138/2025</c> (25 April 2025).</summary>
    public string Edition => "Kepmendagri 300.2.2-2138/2025";

    /// <summary>Where the data comes from and its licence: npm <c>idn-area-data</c> 4.0.1, ODbL 1.0.</summary>
    public string Source => "idn-area-data 4.0.1 (npm), Open Database License (ODbL) 1.0";

    /// <summary>
    /// Where the former names come from: the earlier releases of the same upstream data, npm
    /// <c>idn-area-data</c> 3.1.2 and 2.2.1 (Kepmendagri 100.1.1-6117/2022 and 050-145/2022), ODbL 1.0.
    /// </summary>
    public string FormerNamesSource => "idn-area-data 3.1.2 and 2.2.1 (npm), Open Database License (ODbL) 1.0";

    /// <summary>
    /// The names <paramref name="code"/> had in earlier decrees and no longer has (for example
    /// "Labuhan Haji Timur" for 11.01.11 Labuhanhaji Timur); empty when the name did not change, the region is
    /// new, or the code does not exist. A name that differs only in case or apostrophes is not a former name.
    /// </summary>
    /// <remarks>
    /// Derived by <c>eng/regions/derive-former-names.cs</c>: for every code of <see cref="FormerNamesSource"/>
    /// that still exists, the old name when it differs from today's, unless it is today the name of a
    /// sibling (a renumbering, not a rename). Regions that moved to a new code (the Papua provinces of 2022)
    /// are not linked to their old codes. 329 regions have a former name.
    /// </remarks>
    /// <param name="code">A code.</param>
    /// <returns>The former names; empty when there are none.</returns>
    public IReadOnlyList<string> FormerNamesOf(RegionCode code) =>
        Exists(code) ? _formerNames.Value.NamesOf(code) : Array.Empty<string>();

    /// <summary>The 38 provinces, ordered by code.</summary>
    public IReadOnlyList<Region> Provinces => Table(RegionLevel.Province).All;

    /// <summary>Every region of <paramref name="level"/>, ordered by code.</summary>
    /// <param name="level">The level.</param>
    /// <returns>A read-only list.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public IReadOnlyList<Region> All(RegionLevel level) => Table(level).All;

    /// <summary>How many regions <paramref name="level"/> has: 38, 514, 7,285 or 83,762.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level.</exception>
    public int Count(RegionLevel level) => Table(level).Count;

    /// <summary>The region with this code, or <see langword="null"/> when the code does not exist in this edition.</summary>
    /// <param name="code">A code.</param>
    /// <returns>The region or null.</returns>
    public Region? Find(RegionCode code)
    {
        var level = (int)code.Level;
        var table = _tables[level].Value;
        var index = table.Lookup(code.Number);
        return index >= 0 ? table[index] : null;
    }

    /// <summary>Looks a region up by code.</summary>
    /// <param name="code">A code.</param>
    /// <param name="region">The region, or null when it does not exist.</param>
    /// <returns>Whether the region exists.</returns>
    public bool TryFind(RegionCode code, [NotNullWhen(true)] out Region? region)
    {
        region = Find(code);
        return region is not null;
    }

    /// <summary>Whether a region with this code exists in this edition.</summary>
    /// <param name="code">A code.</param>
    /// <returns>True when it exists.</returns>
    public bool Exists(RegionCode code) => _tables[(int)code.Level].Value.Lookup(code.Number) >= 0;

    /// <summary>
    /// The regions directly under <paramref name="code"/> (the regencies of a province, the districts of a
    /// regency, the villages of a district), ordered by code; empty for a village or an unknown code.
    /// </summary>
    /// <param name="code">A code.</param>
    /// <returns>A read-only list.</returns>
    public IReadOnlyList<Region> ChildrenOf(RegionCode code)
    {
        if (code.Level == RegionLevel.Village || !Exists(code))
        {
            return RegionList.Empty;
        }

        var table = Table(code.Level + 1);
        var span = code.Level switch
        {
            RegionLevel.Province => 100_000_000L,
            RegionLevel.Regency => 1_000_000L,
            _ => 10_000L,
        };
        var first = ~table.IndexOf(code.Number); // the parent's own number never occurs one level down
        var last = table.IndexOf(code.Number + span);
        last = last >= 0 ? last : ~last;
        return first >= last ? RegionList.Empty : new RegionList(table, first, last - first);
    }

    /// <summary>
    /// The regions from the province down to <paramref name="code"/> itself (for a village: province,
    /// regency, district, village); empty when the code does not exist.
    /// </summary>
    /// <param name="code">A code.</param>
    /// <returns>The path, outermost first.</returns>
    public IReadOnlyList<Region> PathOf(RegionCode code)
    {
        if (!Exists(code))
        {
            return Array.Empty<Region>();
        }

        var path = new Region[(int)code.Level + 1];
        for (var level = RegionLevel.Province; level <= code.Level; level++)
        {
            path[(int)level] = Find(code.AncestorAt(level))!;
        }

        return Array.AsReadOnly(path);
    }

    /// <summary>
    /// Finds regions by name the way people type them: case- and accent-insensitive; a leading
    /// "Kab."/"Kabupaten", "Kota", "Kecamatan", "Desa"/"Kelurahan" or "Provinsi" is optional and, when given,
    /// ranks regions of that kind first; well-known alternative names work ("Jogja", "Solo", "Jatim");
    /// a code ("35.73") finds that region; spaces and hyphens inside names do not matter ("Labuhan Haji"
    /// finds Labuhanhaji, "Siborong Borong" finds Siborongborong); and a former name from an earlier decree
    /// finds the region that carries it today (see <see cref="FormerNamesOf"/>).
    /// </summary>
    /// <remarks>
    /// Ranking: exact name; then prefix (the name, or one of its words, starts with the query); then the
    /// query anywhere in the name. Within a tier, regions of the kind the query named come first, then
    /// higher levels (province before regency before district before village), then whole-name prefixes
    /// before word prefixes, then shorter names, then code order. So <c>"malang"</c> gives
    /// Kabupaten Malang and Kota Malang first. Regency names are matched without "Kabupaten"/"Kota".
    /// Matches ignoring spaces rank after matches as spaced, and former names after current names, within the
    /// same tier. A region found through a former name is returned with its current <see cref="Region.Code"/>
    /// and <see cref="Region.Name"/> and the former name that matched in <see cref="Region.MatchedFormerName"/>.
    /// The first search of a level builds its index.
    /// </remarks>
    /// <param name="query">What the user typed.</param>
    /// <param name="level">Only this level, or null for all levels.</param>
    /// <param name="limit">At most this many results (at least 1).</param>
    /// <returns>The best matches, best first; empty when nothing matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    public IReadOnlyList<Region> Search(string query, RegionLevel? level = null, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (level is { } l && (l < RegionLevel.Province || l > RegionLevel.Village))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a region level.");
        }

        var results = new List<Region>(Math.Min(limit, 64));
        if (RegionCode.TryParse(query, out var code) && (level is null || code.Level == level) && Find(code) is { } byCode)
        {
            results.Add(byCode);
            if (results.Count == limit)
            {
                return results;
            }
        }

        var folded = RegionNameNormalizer.Normalize(query);
        if (folded.Length == 0)
        {
            return results;
        }

        var (hint, rest) = SplitDesignator(folded);
        var expanded = RegionAliases.Expand(rest);

        // Each variant of the query reports a region at most twice from its level's index (as spaced and
        // space-free) and at most twice per former name from the former-name index, so the best
        // limit × variants × (2 + 2 × most former names of a region) keys always hold the best `limit` distinct regions.
        var variants = 1 + (expanded is null ? 0 : 1) + (ReferenceEquals(rest, folded) ? 0 : 1);
        var perRegion = 2 + 2 * MostFormerNames;
        var keys = new SearchKeys(limit <= 1024 ? limit * variants * perRegion : int.MaxValue);
        Collect(expanded ?? rest, hint, level, keys);
        if (expanded is not null)
        {
            Collect(rest, hint, level, keys);
        }

        if (!ReferenceEquals(rest, folded))
        {
            // "Kota Baru" may be a village's own name rather than a designator and a name.
            Collect(folded, SearchHint.None, level, keys);
        }

        var seen = new HashSet<long>();
        foreach (var region in results)
        {
            seen.Add(IdOf(region));
        }

        foreach (var key in keys.Sorted)
        {
            Region region;
            long id;
            if ((key & RegionSearchIndex.FormerBit) != 0)
            {
                var (formerCode, formerName) = _formerNames.Value[(int)(key & 0xFFFFF)];
                var table = Table(formerCode.Level);
                var index = table.Lookup(formerCode.Number);
                id = (long)formerCode.Level << 20 | (long)index;
                region = seen.Contains(id) ? table[index] : new Region(table[index], formerName);
            }
            else
            {
                id = key & 0x3FFFFF;
                region = Table((RegionLevel)(id >> 20))[(int)(id & 0xFFFFF)];
            }

            if (!seen.Add(id))
            {
                continue;
            }

            results.Add(region);
            if (results.Count == limit)
            {
                break;
            }
        }

        return results;
    }

    private long IdOf(Region region) => (long)region.Level << 20 | (long)Table(region.Level).IndexOf(region.Code.Number);

    private void Collect(string folded, SearchHint hint, RegionLevel? level, SearchKeys keys)
    {
        Span<byte> buffer = stackalloc byte[256];
        var max = Encoding.UTF8.GetMaxByteCount(folded.Length);
        var bytes = max <= buffer.Length ? buffer : new byte[max];
        var length = Encoding.UTF8.GetBytes(folded, bytes);
        var query = bytes[..length];
        if (level is { } only)
        {
            _indexes[(int)only].Value.Collect(query, hint, null, keys);
        }
        else
        {
            for (var i = 0; i < 4; i++)
            {
                _indexes[i].Value.Collect(query, hint, null, keys);
            }
        }

        _formerIndex.Value.Collect(query, hint, level, keys);
    }

    private int MostFormerNames
    {
        get
        {
            var most = Volatile.Read(ref _mostFormerNames);
            if (most == 0)
            {
                var names = _formerNames.Value;
                var run = 0;
                most = 1;
                for (var i = 0; i < names.Count; i++)
                {
                    run = i > 0 && names[i].Code == names[i - 1].Code ? run + 1 : 1;
                    most = Math.Max(most, run);
                }

                Volatile.Write(ref _mostFormerNames, most);
            }

            return most;
        }
    }

    private int _mostFormerNames;

    private static (SearchHint Hint, string Remainder) SplitDesignator(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return (SearchHint.None, folded);
        }

        var hint = folded[..space] switch
        {
            "kabupaten" or "kab" => new SearchHint(RegionLevel.Regency, false),
            "kota" or "kotamadya" or "kodya" => new SearchHint(RegionLevel.Regency, true),
            "provinsi" or "propinsi" or "prov" or "prop" => new SearchHint(RegionLevel.Province, null),
            "kecamatan" or "kec" or "distrik" => new SearchHint(RegionLevel.District, null),
            "kelurahan" or "kel" or "desa" or "ds" => new SearchHint(RegionLevel.Village, null),
            _ => SearchHint.None,
        };
        return hint == SearchHint.None ? (hint, folded) : (hint, folded[(space + 1)..]);
    }

    private RegionTable Table(RegionLevel level)
    {
        if ((uint)level > (uint)RegionLevel.Village)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a region level.");
        }

        return _tables[(int)level].Value;
    }
}
