using System;
using System.Buffers;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace IkmDomain.Regions;

/// <summary>
/// The regions of one level, sorted by code: <see cref="Numbers"/> holds each code's ten-digit padded
/// number for binary search, <see cref="Regions"/> the region at the same index.
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

    private RegionTable(RegionLevel level, long[] numbers, Region[] regions)
    {
        Level = level;
        Numbers = numbers;
        Regions = regions;
        All = new RegionList(regions, 0, regions.Length);
    }

    public RegionLevel Level { get; }

    public long[] Numbers { get; }

    public Region[] Regions { get; }

    public RegionList All { get; }

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
        byte[]? raw = null;
        try
        {
            stream.ReadExactly(compressed, 0, compressedLength);
            var rawLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(compressed));
            raw = ArrayPool<byte>.Shared.Rent(rawLength);
            if (!BrotliDecoder.TryDecompress(compressed.AsSpan(4, compressedLength - 4), raw, out var written) || written != rawLength)
            {
                throw new InvalidDataException($"The embedded region data '{name}' is corrupt.");
            }

            return Decode(level, raw.AsSpan(0, rawLength), name);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compressed);
            if (raw is not null)
            {
                ArrayPool<byte>.Shared.Return(raw);
            }
        }
    }

    private static RegionTable Decode(RegionLevel level, ReadOnlySpan<byte> data, string name)
    {
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

        var lengths = ArrayPool<int>.Shared.Rent(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                lengths[i] = checked((int)ReadVarint(data, ref pos));
            }

            var regions = new Region[count];
            for (var i = 0; i < count; i++)
            {
                var text = Encoding.UTF8.GetString(data.Slice(pos, lengths[i]));
                pos += lengths[i];
                regions[i] = new Region(RegionCode.FromPacked((numbers[i] << 2) | (long)level), text);
            }

            return pos == data.Length
                ? new RegionTable(level, numbers, regions)
                : throw new InvalidDataException($"The embedded region data '{name}' has trailing bytes.");
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lengths);
        }
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
