using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using System.Threading;

namespace IkmDomain.Regions;

/// <summary>
/// The regions of one level, sorted by code: <see cref="Numbers"/> holds each code's ten-digit padded
/// number for binary search; names stay UTF-8 in the decompressed buffer and each <see cref="Region"/>
/// is created on first use, so a cold load allocates a few arrays rather than 170,000 objects.
/// </summary>
/// <remarks>
/// Read from the embedded resource <c>IkmDomain.Data.regions.&lt;level&gt;.bin</c> written by
/// <c>eng/regions/convert-region-data.cs</c>: a little-endian uint32 uncompressed length, then Brotli of
/// "IKMR", version 1, the level, a varint count, delta-coded varint code numbers, varint UTF-8 name
/// lengths and the concatenated names.
/// </remarks>
internal sealed class RegionTable
{
    private static readonly string[] ResourceNames =
    [
        "IkmDomain.Data.regions.province.bin",
        "IkmDomain.Data.regions.regency.bin",
        "IkmDomain.Data.regions.district.bin",
        "IkmDomain.Data.regions.village.bin",
    ];

    private readonly byte[] _data;
    private readonly int[] _nameStarts;
    private readonly Region?[] _regions;

    // Open-addressing hash of Numbers (index + 1, 0 = empty), at most half full: one probe on most
    // lookups instead of 17 binary-search steps through the villages.
    private readonly int[] _slots;
    private readonly int _shift;

    private RegionTable(RegionLevel level, long[] numbers, byte[] data, int[] nameStarts)
    {
        Level = level;
        Numbers = numbers;
        _data = data;
        _nameStarts = nameStarts;
        _regions = new Region?[numbers.Length];
        All = new RegionList(this, 0, numbers.Length);
        var bits = Math.Max(4, 64 - BitOperations.LeadingZeroCount((ulong)numbers.Length * 2));
        _slots = new int[1 << bits];
        _shift = 64 - bits;
        var mask = _slots.Length - 1;
        for (var i = 0; i < numbers.Length; i++)
        {
            var slot = Hash(numbers[i]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = i + 1;
        }
    }

    private int Hash(long number) => (int)(((ulong)number * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>The index of the entry with <paramref name="number"/>, or -1.</summary>
    public int Lookup(long number)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var numbers = Numbers;
        for (var slot = Hash(number); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (numbers[entry] == number)
            {
                return entry;
            }
        }
    }

    public RegionLevel Level { get; }

    public long[] Numbers { get; }

    public int Count => Numbers.Length;

    public RegionList All { get; }

    /// <summary>The UTF-8 name of entry <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> NameUtf8(int index) =>
        _data.AsSpan(_nameStarts[index], _nameStarts[index + 1] - _nameStarts[index]);

    /// <summary>The region at <paramref name="index"/>, created once; concurrent callers get the same instance.</summary>
    public Region this[int index]
    {
        get
        {
            var region = Volatile.Read(ref _regions[index]);
            return region ?? Create(index);
        }
    }

    private Region Create(int index)
    {
        var created = new Region(RegionCode.FromPacked((Numbers[index] << 2) | (long)Level), Encoding.UTF8.GetString(NameUtf8(index)));
        return Interlocked.CompareExchange(ref _regions[index], created, null) ?? created;
    }

    /// <summary>The index of <paramref name="number"/>, or the bitwise complement of where it would go.</summary>
    public int IndexOf(long number)
    {
        var numbers = Numbers;
        int lo = 0, hi = numbers.Length - 1;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var value = numbers[mid];
            if (value == number)
            {
                return mid;
            }

            if (value < number)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    /// <summary>Loads the table of <paramref name="level"/> from the assembly's embedded resources.</summary>
    public static RegionTable Load(RegionLevel level)
    {
        var name = ResourceNames[(int)level];
        using var stream = typeof(RegionTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded region data '{name}' is missing from the IkmDomain assembly.");
        var compressedLength = checked((int)stream.Length);
        var compressed = ArrayPool<byte>.Shared.Rent(compressedLength);
        try
        {
            stream.ReadExactly(compressed, 0, compressedLength);
            var rawLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(compressed));

            // Kept for the life of the table: the names are read from it.
            var raw = GC.AllocateUninitializedArray<byte>(rawLength);
            if (!BrotliDecoder.TryDecompress(compressed.AsSpan(4, compressedLength - 4), raw, out var written) || written != rawLength)
            {
                throw new InvalidDataException($"The embedded region data '{name}' is corrupt.");
            }

            return Decode(level, raw, name);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
        }
    }

    private static RegionTable Decode(RegionLevel level, byte[] raw, string name)
    {
        var data = raw.AsSpan();
        if (data.Length < 6 || !data[..4].SequenceEqual("IKMR"u8) || data[4] != 1 || data[5] != (byte)level)
        {
            throw new InvalidDataException($"The embedded region data '{name}' has an unknown header.");
        }

        var pos = 6;
        var count = checked((int)ReadVarint(data, ref pos));
        var numbers = new long[count];
        long number = 0;
        for (var i = 0; i < count; i++)
        {
            number += (long)ReadVarint(data, ref pos);
            numbers[i] = number;
        }

        // Name lengths come first, then the names: turn the lengths into start offsets.
        var starts = new int[count + 1];
        var lengths = pos;
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            total += checked((int)ReadVarint(data, ref lengths));
        }

        var at = lengths;
        for (var i = 0; i < count; i++)
        {
            starts[i] = at;
            at += (int)ReadVarint(data, ref pos);
        }

        starts[count] = at;
        return at == data.Length && at - lengths == total
            ? new RegionTable(level, numbers, raw, starts)
            : throw new InvalidDataException($"The embedded region data '{name}' has the wrong length.");
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }
}
