using System;
using System.Collections.Generic;
using System.Text;

namespace IkmDomain.Regions;

/// <summary>
/// Folded names in one UTF-8 blob (<c>\nname\nname\n</c>), searched with the vectorised
/// <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> and ranked exact, prefix (of
/// the name or of one of its words), contains; beside it the same names with their spaces removed
/// ("labuhanhajitimur"), so a query matches whatever its spacing and hyphens. One index per level holds the
/// current names (regency names without "Kabupaten"/"Kota"); one more holds the former names of every level.
/// </summary>
internal sealed class RegionSearchIndex
{
    // Ranking tiers, best first. A word of the name starting with the query counts as a prefix match
    // ("jogja" finds Daerah Istimewa Yogyakarta), ranked after whole-name prefixes of the same level.
    public const int Exact = 0;
    public const int Prefix = 1;
    public const int Contains = 2;

    /// <summary>The id bit of a key that names an entry of the former-name index rather than a region.</summary>
    public const long FormerBit = 1L << 22;

    private const int IdBits = 23;

    private readonly long[] _packed;
    private readonly long _formerFlag;
    private readonly byte[] _blob;
    private readonly int[] _starts;
    private readonly byte[] _compactBlob;
    private readonly int[] _compactStarts;

    private RegionSearchIndex(long[] packed, bool former, IReadOnlyList<string> folded)
    {
        _packed = packed;
        _formerFlag = former ? 1 : 0;
        (_blob, _starts) = Pack(folded, compact: false);
        (_compactBlob, _compactStarts) = Pack(folded, compact: true);
    }

    /// <summary>The index of a level's current names.</summary>
    public static RegionSearchIndex Build(RegionTable table)
    {
        var count = table.Count;
        var names = new string[count];
        var packed = new long[count];
        var folded = new StringBuilder(64);
        Span<char> chars = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            folded.Clear();
            var utf8 = table.NameUtf8(i);
            var name16 = utf8.Length <= chars.Length ? chars[..Encoding.UTF8.GetChars(utf8, chars)] : Encoding.UTF8.GetString(utf8).AsSpan();
            RegionNameNormalizer.Append(name16, folded);
            var name = folded.ToString();
            names[i] = table.Level == RegionLevel.Regency ? StripKind(name) : name;
            packed[i] = (table.Numbers[i] << 2) | (long)table.Level;
        }

        return new RegionSearchIndex(packed, former: false, names);
    }

    /// <summary>The index of the former names: entry i is <paramref name="formerNames"/>[i].</summary>
    public static RegionSearchIndex Build(RegionFormerNames formerNames)
    {
        var count = formerNames.Count;
        var names = new string[count];
        var packed = new long[count];
        for (var i = 0; i < count; i++)
        {
            var (code, name) = formerNames[i];
            var folded = RegionNameNormalizer.Normalize(name);
            names[i] = code.Level == RegionLevel.Regency ? StripKind(folded) : folded;
            packed[i] = (code.Number << 2) | (long)code.Level;
        }

        return new RegionSearchIndex(packed, former: true, names);
    }

    private static (byte[] Blob, int[] Starts) Pack(IReadOnlyList<string> names, bool compact)
    {
        var text = new StringBuilder(names.Count * 12);
        text.Append('\n');
        foreach (var name in names)
        {
            text.Append(compact ? name.Replace(" ", "", StringComparison.Ordinal) : name).Append('\n');
        }

        var blob = Encoding.UTF8.GetBytes(text.ToString());

        // Entry i runs from starts[i] to the '\n' at starts[i + 1] - 1.
        var starts = new int[names.Count + 1];
        var entry = 0;
        for (var pos = 0; pos < blob.Length - 1; pos++)
        {
            if (blob[pos] == (byte)'\n')
            {
                starts[entry++] = pos + 1;
            }
        }

        starts[names.Count] = blob.Length;
        return (blob, starts);
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
    /// Adds a ranking key for every entry containing <paramref name="query"/> (folded UTF-8), and for every
    /// entry whose space-free form contains the query's space-free form. The key sorts by tier, then whether
    /// the entry misses the kind the query asked for, then spaced before space-free matches, then current
    /// before former names, then level, then whole-name prefix before word prefix, then name length; its low
    /// 23 bits identify the entry (for a current name level and index, for a former name
    /// <see cref="FormerBit"/> and the index in the former-name table). Entries above <paramref name="only"/>'s
    /// level are skipped when it is given. Each entry is reported at most twice (spaced and space-free).
    /// </summary>
    public void Collect(ReadOnlySpan<byte> query, SearchHint hint, RegionLevel? only, SearchKeys keys)
    {
        Collect(_blob, _starts, query, compact: 0, hint, only, keys);
        if (query.IndexOf((byte)' ') < 0)
        {
            Collect(_compactBlob, _compactStarts, query, compact: 1, hint, only, keys);
            return;
        }

        Span<byte> buffer = stackalloc byte[256];
        var compactQuery = query.Length <= buffer.Length ? buffer[..query.Length] : new byte[query.Length];
        var length = 0;
        foreach (var b in query)
        {
            if (b != (byte)' ')
            {
                compactQuery[length++] = b;
            }
        }

        Collect(_compactBlob, _compactStarts, compactQuery[..length], compact: 1, hint, only, keys);
    }

    private void Collect(ReadOnlySpan<byte> blob, int[] starts, ReadOnlySpan<byte> query, long compact, SearchHint hint, RegionLevel? only, SearchKeys keys)
    {
        if (query.IsEmpty)
        {
            return;
        }

        var pos = 0;
        while (pos < blob.Length)
        {
            var found = blob[pos..].IndexOf(query);
            if (found < 0)
            {
                return;
            }

            found += pos;
            var entry = EntryAt(starts, found);
            var start = starts[entry];
            var end = starts[entry + 1] - 1;
            pos = end + 1;
            var packed = _packed[entry];
            var level = packed & 3;
            if (only is { } wanted && level != (long)wanted)
            {
                continue;
            }

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

            var miss = hint.Matches(RegionCode.FromPacked(packed)) ? 0L : 1L;
            var length = Math.Min(end - start, 255);
            var id = _formerFlag != 0 ? FormerBit | (long)entry : level << 20 | (long)entry;
            keys.Add(((((((((long)tier << 1 | miss) << 1 | compact) << 1 | _formerFlag) << 2 | level) << 1 | wordOnly) << 8) | (long)length) << IdBits | id);
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

    private static int EntryAt(int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
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
