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
// Rows are written sorted by code.
//
// Name corrections (applied here, never by hand in the .bin; each one is listed in
// src/IkmDomain/Data/idn-area.corrections.tsv with the source name, the corrected name and the rule):
//   - a double quote inside a name is an apostrophe lost on the way from the decree's PDF
//     (district 35.29.22 Ra"as is Ra'as in Kepmendagri 300.2.2-2138/2025), and so is the typographic
//     apostrophe U+2019 (Regapu'u): both become the ASCII apostrophe the other 440-odd names use;
//   - a trailing asterisk is a footnote marker from the PDF (village 91.20.07.2005 Teuw*), dropped.
// After the corrections every name must use only the characters Indonesian place names use (ASCII letters
// and digits, space, apostrophe, hyphen, full stop, comma, slash, parentheses), or the conversion fails.
//
// Checksums: src/IkmDomain/Data/idn-area.sha256 holds, for each file, the SHA-256 of the CORRECTED CSV
// (header and rows rendered as in the source: code,parent,name with RFC 4180 quoting, \n line ends), which
// the test RegionDataTests re-renders from the resources and compares; and, on the lines named
// "source/<file>", the SHA-256 of the source file as downloaded, for provenance.
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
var sourceChecksums = new StringBuilder();
var corrections = new StringBuilder("code\tsource_name\tname\trule\n");
string[] headers = ["code,name", "code,province_code,name", "code,regency_code,name", "code,district_code,name"];
for (var level = 0; level < 4; level++)
{
    var path = Path.Combine(source, files[level]);
    var bytes = File.ReadAllBytes(path);
    sourceChecksums.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  source/").Append(files[level]).Append('\n');
    var parsed = ParseCsv(Encoding.UTF8.GetString(bytes)).ToList();
    if (string.Join(',', parsed[0]) != headers[level])
    {
        throw new InvalidDataException($"{files[level]}: header is '{string.Join(',', parsed[0])}', expected '{headers[level]}'.");
    }

    var rows = new List<(string Code, string Parent, string Name)>();
    foreach (var r in parsed.Skip(1))
    {
        var (name, rule) = Correct(r[^1]);
        if (rule is not null)
        {
            corrections.Append(r[0]).Append('\t').Append(r[^1]).Append('\t').Append(name).Append('\t').Append(rule).Append('\n');
        }

        var invalid = InvalidCharacter(name);
        if (invalid is not null)
        {
            throw new InvalidDataException($"{files[level]}: {r[0]} '{name}' holds {invalid}, which no Indonesian place name has; add a correction rule.");
        }

        rows.Add((r[0], level == 0 ? "" : r[1], name));
    }

    var corrected = new StringBuilder(headers[level]).Append('\n');
    foreach (var row in rows)
    {
        corrected.Append(row.Code);
        if (level > 0)
        {
            corrected.Append(',').Append(row.Parent);
        }

        corrected.Append(',').Append(CsvField(row.Name)).Append('\n');
    }

    checksums.Append(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(corrected.ToString())))).Append("  ").Append(files[level]).Append('\n');
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

File.WriteAllText(Path.Combine(output, "idn-area.sha256"), checksums.ToString() + sourceChecksums.ToString());
File.WriteAllText(Path.Combine(output, "idn-area.corrections.tsv"), corrections.ToString());

// The corrected name and the rule applied, or (name, null) when the name needs none.
static (string Name, string? Rule) Correct(string name)
{
    var rules = new List<string>();
    var fixedName = name;
    if (fixedName.Contains('"'))
    {
        fixedName = fixedName.Replace('"', '\'');
        rules.Add("double quote for apostrophe");
    }

    if (fixedName.Contains('\u2019'))
    {
        fixedName = fixedName.Replace('\u2019', '\'');
        rules.Add("typographic apostrophe U+2019 for ASCII apostrophe");
    }

    if (fixedName.EndsWith('*'))
    {
        fixedName = fixedName.TrimEnd('*').TrimEnd();
        rules.Add("footnote marker * dropped");
    }

    return rules.Count == 0 ? (name, null) : (fixedName, string.Join("; ", rules));
}

// A description of the first character outside the place-name set, or null when every character is in it.
static string? InvalidCharacter(string name)
{
    if (name.Length == 0 || name[0] == ' ' || name[^1] == ' ')
    {
        return "an empty name or a leading or trailing space";
    }

    foreach (var c in name)
    {
        if (c is not ((>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or ' ' or '\'' or '-' or '.' or ',' or '/' or '(' or ')'))
        {
            return $"U+{(int)c:X4} '{c}'";
        }
    }

    return null;
}

static string CsvField(string value) =>
    value.AsSpan().IndexOfAny(",\"\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

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
