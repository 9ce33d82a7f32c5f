// Converts the idn-area-data CSVs (npm idn-area-data 4.0.1, ODbL) into the compact embedded resources
// src/IkmDomain/Data/regions.<level>.bin, read by IkmDomain.Regions.RegionData.
//
// Usage (from the repository root, .NET 10 SDK):
//   dotnet run eng/regions/convert-region-data.cs -- <folder with provinces.csv, regencies.csv, districts.csv, villages.csv>
//
// Format of each resource: uint32 little-endian uncompressed length, then Brotli (quality 11) of:
//   "IKMR", byte version (1), byte level (0 province .. 3 village), varint count,
//   count varints: each code as its ten-digit zero-padded number (35.73 -> 3573000000), minus the previous one,
//   count varints: UTF-8 byte length of each name,
//   the names' UTF-8 bytes, concatenated.
// Rows are written sorted by code. The test RegionDataTests re-renders the CSVs from the resources and
// compares their SHA-256 with the checksums recorded in src/IkmDomain/Data/idn-area.sha256.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

var source = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the folder holding the idn-area CSVs.");
var output = args.Length > 1 ? args[1] : Path.Combine("src", "IkmDomain", "Data");
string[] files = ["provinces.csv", "regencies.csv", "districts.csv", "villages.csv"];
string[] levels = ["province", "regency", "district", "village"];
var checksums = new StringBuilder();
for (var level = 0; level < 4; level++)
{
    var path = Path.Combine(source, files[level]);
    var bytes = File.ReadAllBytes(path);
    checksums.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(files[level]).Append('\n');
    var rows = ParseCsv(Encoding.UTF8.GetString(bytes)).Skip(1).Select(r => (Code: r[0], Name: r[^1])).ToList();
    var sorted = rows.OrderBy(r => Number(r.Code)).ToList();
    if (!rows.Select(r => r.Code).SequenceEqual(sorted.Select(r => r.Code)))
    {
        throw new InvalidDataException(files[level] + " is not sorted by code; the checksum test re-renders it in sorted order.");
    }

    var payload = new MemoryStream();
    payload.Write("IKMR"u8);
    payload.WriteByte(1);
    payload.WriteByte((byte)level);
    WriteVarint(payload, (ulong)rows.Count);
    long previous = 0;
    foreach (var row in rows)
    {
        var n = Number(row.Code);
        WriteVarint(payload, (ulong)(n - previous));
        previous = n;
    }

    var names = rows.Select(r => Encoding.UTF8.GetBytes(r.Name)).ToList();
    foreach (var name in names)
    {
        WriteVarint(payload, (ulong)name.Length);
    }

    foreach (var name in names)
    {
        payload.Write(name);
    }

    var raw = payload.ToArray();
    var compressed = new MemoryStream();
    compressed.Write(BitConverter.GetBytes((uint)raw.Length));
    using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
    {
        brotli.Write(raw);
    }

    var target = Path.Combine(output, $"regions.{levels[level]}.bin");
    File.WriteAllBytes(target, compressed.ToArray());
    Console.WriteLine($"{files[level]}: {rows.Count} rows, {bytes.Length} CSV bytes -> {raw.Length} raw -> {compressed.Length} embedded ({target})");
}

File.WriteAllText(Path.Combine(output, "idn-area.sha256"), checksums.ToString());

static long Number(string code)
{
    var parts = code.Split('.');
    long[] factors = [100_000_000, 1_000_000, 10_000, 1];
    long n = 0;
    for (var i = 0; i < parts.Length; i++)
    {
        n += long.Parse(parts[i], System.Globalization.CultureInfo.InvariantCulture) * factors[i];
    }

    return n;
}

static void WriteVarint(Stream stream, ulong value)
{
    while (value >= 0x80)
    {
        stream.WriteByte((byte)(value | 0x80));
        value >>= 7;
    }

    stream.WriteByte((byte)value);
}

// RFC 4180: quoted fields may hold commas and doubled quotes; records end with \n.
static IEnumerable<List<string>> ParseCsv(string text)
{
    var row = new List<string>();
    var field = new StringBuilder();
    var quoted = false;
    for (var i = 0; i < text.Length; i++)
    {
        var c = text[i];
        if (quoted)
        {
            if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = false; }
            else { field.Append(c); }
        }
        else if (c == '"') { quoted = true; }
        else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
        else if (c == '\n') { row.Add(field.ToString()); field.Clear(); yield return row; row = new List<string>(); }
        else if (c != '\r') { field.Append(c); }
    }

    if (field.Length > 0 || row.Count > 0)
    {
        row.Add(field.ToString());
        yield return row;
    }
}
