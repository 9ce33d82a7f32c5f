using System;
using System.Collections.Generic;
using System.Text;

namespace IkmDomain.Regions;

/// <summary>
/// The folded names of one level in one UTF-8 blob (<c>\nname\nname\n</c>), searched with the
/// vectorised <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> and ranked
/// exact, prefix (of the name or of one of its words), contains. Regency names are indexed without "Kabupaten"/"Kota".
/// </summary>
internal sealed class RegionSearchIndex
{
    // Ranking tiers, best first. A word of the name starting with the query counts as a prefix match
    // ("jogja" finds Daerah Istimewa Yogyakarta), ranked after whole-name prefixes of the same level.
    public const int Exact = 0;
    public const int Prefix = 1;
    public const int Contains = 2;

    private readonly RegionTable _table;
    private readonly byte[] _blob;
    private readonly int[] _starts;

    private RegionSearchIndex(RegionTable table, byte[] blob, int[] starts)
    {
        _table = table;
        _blob = blob;
        _starts = starts;
    }

    public RegionTable Table => _table;

    public static RegionSearchIndex Build(RegionTable table)
    {
        var count = table.Count;
        var text = new StringBuilder(count * 12);
        var starts = new int[count + 1];
        text.Append('\n');
        var folded = new StringBuilder(64);
        Span<char> chars = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            folded.Clear();
            var utf8 = table.NameUtf8(i);
            var name16 = utf8.Length <= chars.Length ? chars[..Encoding.UTF8.GetChars(utf8, chars)] : Encoding.UTF8.GetString(utf8).AsSpan();
            RegionNameNormalizer.Append(name16, folded);
            var name = folded.ToString();
            if (table.Level == RegionLevel.Regency)
            {
                name = StripKind(name);
            }

            text.Append(name).Append('\n');
        }

        var blob = Encoding.UTF8.GetBytes(text.ToString());

        // Entry i runs from starts[i] to the '\n' at starts[i + 1] - 1.
        var entry = 0;
        for (var pos = 0; pos < blob.Length - 1; pos++)
        {
            if (blob[pos] == (byte)'\n')
            {
                starts[entry++] = pos + 1;
            }
        }

        starts[count] = blob.Length;
        return new RegionSearchIndex(table, blob, starts);
    }

    // "Kabupaten X", "Kota X", and Jakarta's "Kota Administrasi X" / "Kabupaten Administrasi X" are indexed as "X".
    private static readonly string[] Kinds = ["kabupaten administrasi ", "kota administrasi ", "kabupaten ", "kota "];

    private static string StripKind(string name)
    {
        foreach (var kind in Kinds)
        {
            if (name.StartsWith(kind, StringComparison.Ordinal))
            {
                return name[kind.Length..];
            }
        }

        return name;
    }

    /// <summary>
    /// Adds a ranking key for every entry containing <paramref name="query"/> (folded UTF-8). The key sorts
    /// by tier, then whether the entry misses the kind the query asked for, then level, then whole-name
    /// prefix before word prefix, then name length,
    /// and its low 22 bits identify the entry (level and index).
    /// </summary>
    public void Collect(ReadOnlySpan<byte> query, SearchHint hint, List<long> keys)
    {
        var blob = _blob.AsSpan();
        var level = (long)_table.Level;
        var pos = 0;
        while (pos < blob.Length)
        {
            var found = blob[pos..].IndexOf(query);
            if (found < 0)
            {
                return;
            }

            found += pos;
            var entry = EntryAt(found);
            var start = _starts[entry];
            var end = _starts[entry + 1] - 1;
            int tier;
            long wordOnly = 0;
            if (found == start)
            {
                tier = found + query.Length == end ? Exact : Prefix;
            }
            else
            {
                tier = Contains;
                for (var at = found; at >= 0; at = NextIn(blob, query, at + 1, end))
                {
                    if (blob[at - 1] == (byte)' ')
                    {
                        tier = Prefix;
                        wordOnly = 1;
                        break;
                    }
                }
            }

            var miss = hint.Matches(RegionCode.FromPacked((_table.Numbers[entry] << 2) | level)) ? 0L : 1L;
            var length = Math.Min(end - start, 255);
            keys.Add(((((((long)tier << 1) | miss) << 2 | level) << 1 | wordOnly) << 8 | (long)length) << 22 | level << 20 | (long)entry);
            pos = end + 1;
        }
    }

    private static int NextIn(ReadOnlySpan<byte> blob, ReadOnlySpan<byte> query, int from, int end)
    {
        if (from >= end)
        {
            return -1;
        }

        var found = blob[from..end].IndexOf(query);
        return found < 0 ? -1 : from + found;
    }

    private int EntryAt(int position)
    {
        var index = Array.BinarySearch(_starts, position);
        return index >= 0 ? index : ~index - 1;
    }
}

/// <summary>What a query's leading word (Kabupaten, Kota, Kecamatan, Desa…) asked for, if anything.</summary>
internal readonly record struct SearchHint(RegionLevel? Level, bool? City)
{
    public static readonly SearchHint None = new(null, null);

    public bool Matches(RegionCode code) =>
        (Level is null || code.Level == Level) && (City is null || code.IsCity == City);
}
