using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using IkmDomain.Data;

namespace IkmDomain.Exports;

/// <summary>The ISO 3166-1 table, decoded once (thread-safe, lazily) from the embedded data.</summary>
internal sealed class CountryTable
{
    private static CountryTable? s_instance;

    private CountryTable()
    {
        Entries = new Entry?[1000];
        ByAlpha2 = new short[26 * 26];
        ByAlpha3 = new short[26 * 26 * 26];
        Array.Fill(ByAlpha2, (short)-1);
        Array.Fill(ByAlpha3, (short)-1);
        var list = new List<Entry>(Iso3166Countries.Count);
        var data = Iso3166Countries.Utf8;
        while (!data.IsEmpty)
        {
            var end = data.IndexOf((byte)'\n');
            var line = end < 0 ? data : data[..end];
            data = end < 0 ? default : data[(end + 1)..];
            if (line.Length < 9)
            {
                continue;
            }

            var alpha2 = Encoding.ASCII.GetString(line[..2]);
            var alpha3 = Encoding.ASCII.GetString(line.Slice(2, 3));
            var numeric = ((line[5] - '0') * 100) + ((line[6] - '0') * 10) + (line[7] - '0');
            var names = line[8..];
            var bar = names.IndexOf((byte)'|');
            var english = Encoding.UTF8.GetString(bar < 0 ? names : names[..bar]);
            var indonesian = bar < 0 ? english : Encoding.UTF8.GetString(names[(bar + 1)..]);
            var entry = new Entry(alpha2, alpha3, numeric, english, indonesian);
            Entries[numeric] = entry;
            ByAlpha2[Index2(alpha2[0], alpha2[1])] = (short)numeric;
            ByAlpha3[Index3(alpha3[0], alpha3[1], alpha3[2])] = (short)numeric;
            list.Add(entry);
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.Alpha2, b.Alpha2));
        Sorted = list.ToArray();
    }

    /// <summary>The table.</summary>
    public static CountryTable Instance
    {
        get
        {
            var table = Volatile.Read(ref s_instance);
            if (table is null)
            {
                // Building twice in a race is harmless: both results are equal and immutable.
                table = new CountryTable();
                Interlocked.CompareExchange(ref s_instance, table, null);
                table = s_instance!;
            }

            return table;
        }
    }

    /// <summary>Entries by numeric code (0..999); null where unassigned.</summary>
    public Entry?[] Entries { get; }

    /// <summary>Numeric code by alpha-2 index, -1 where unassigned.</summary>
    public short[] ByAlpha2 { get; }

    /// <summary>Numeric code by alpha-3 index, -1 where unassigned.</summary>
    public short[] ByAlpha3 { get; }

    /// <summary>Every entry, ordered by alpha-2.</summary>
    public Entry[] Sorted { get; }

    /// <summary>Index of an upper-case or lower-case ASCII letter pair, or -1.</summary>
    public static int Index2(char a, char b)
    {
        var x = Letter(a);
        var y = Letter(b);
        return x < 0 || y < 0 ? -1 : (x * 26) + y;
    }

    /// <summary>Index of an ASCII letter triple, or -1.</summary>
    public static int Index3(char a, char b, char c)
    {
        var x = Letter(a);
        var y = Letter(b);
        var z = Letter(c);
        return x < 0 || y < 0 || z < 0 ? -1 : (((x * 26) + y) * 26) + z;
    }

    private static int Letter(char c) => c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' : -1;

    /// <summary>One country.</summary>
    internal sealed record Entry(string Alpha2, string Alpha3, int Numeric, string EnglishName, string IndonesianName);
}
