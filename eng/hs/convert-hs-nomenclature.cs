// Converts the HS 2022 nomenclature (GitHub datasets/harmonized-system, data/harmonized-system.csv, from UN
// Comtrade's HS 2022 list; ODC-PDDL 1.0) into the compact embedded resource src/IkmDomain/Data/hs2022.bin,
// read by IkmDomain's HsNomenclature.
//
// Usage (from the repository root, .NET 10 SDK):
//   dotnet run eng/hs/convert-hs-nomenclature.cs -- <harmonized-system.csv>
//
// Format: uint32 little-endian uncompressed length, then Brotli (quality 11) of UTF-8 text:
//   "IKMH 1\n", then one line per chapter, heading and subheading in the file's order (which is code order:
//   01, 0101, 010121, ...): section TAB code TAB description "\n".
// The file's closing rows (UN Comtrade's chapter 99 and TOTAL) are not stored (they are fixed text). Every row is checked on the way: the
// parent is the code without its last two digits (TOTAL for a chapter), the level is the digit count, a
// chapter's rows share its section, codes are unique and in order; anything else stops the conversion.
// src/IkmDomain/Data/hs2022.sha256 records the SHA-256 of the CSV; the test HsNomenclatureTests re-renders
// the CSV from the resource and compares.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

var source = args.Length > 0 ? args[0] : throw new ArgumentException("Pass the path of harmonized-system.csv.");
var output = Path.Combine("src", "IkmDomain", "Data");
var bytes = File.ReadAllBytes(source);
var rows = ParseCsv(Encoding.UTF8.GetString(bytes)).ToList();
if (string.Join(',', rows[0]) != "section,hscode,description,parent,level")
{
    throw new InvalidDataException("Unexpected header: " + string.Join(',', rows[0]));
}

// UN Comtrade's own rows close the file: chapter 99 "Commodities not specified according to kind" (99, 9999,
// 999999; not part of the HS, whose chapters run to 97) and the grand total. They are not stored; the test
// re-renders them as this fixed text.
string[] closing =
[
    "TOTAL,99,Commodities not specified according to kind,TOTAL,2",
    "TOTAL,9999,Commodities not specified according to kind,99,4",
    "TOTAL,999999,Commodities not specified according to kind,9999,6",
    "TOTAL,TOTAL,Total of all HS2022 commodities,TOTAL,5",
];
if (!rows.TakeLast(closing.Length).Select(r => string.Join(',', r)).SequenceEqual(closing))
{
    throw new InvalidDataException("The file does not end with UN Comtrade's chapter 99 and TOTAL rows.");
}

var text = new StringBuilder("IKMH 1\n");
var sections = new Dictionary<string, string>(StringComparer.Ordinal);
string previous = "";
var counts = new int[7];
foreach (var row in rows.Skip(1).Take(rows.Count - 1 - closing.Length))
{
    if (row.Count != 5)
    {
        throw new InvalidDataException("Not five fields: " + string.Join(',', row));
    }

    var (section, code, description, parent, level) = (row[0], row[1], row[2], row[3], row[4]);
    var expectedParent = code.Length == 2 ? "TOTAL" : code[..^2];
    if (code.Length is not (2 or 4 or 6) || !code.All(char.IsAsciiDigit) || parent != expectedParent
        || level != code.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
        || string.CompareOrdinal(code, previous) <= 0
        || description.Length == 0 || description.AsSpan().IndexOfAny("\t\r\n") >= 0 || section.AsSpan().IndexOfAny("\t\r\n") >= 0)
    {
        throw new InvalidDataException("Bad row: " + string.Join(',', row));
    }

    if (sections.TryGetValue(code[..2], out var chapterSection) ? chapterSection != section : !sections.TryAdd(code[..2], section))
    {
        throw new InvalidDataException($"Chapter {code[..2]} has rows in two sections: {string.Join(',', row)}");
    }

    previous = code;
    counts[code.Length]++;
    text.Append(section).Append('\t').Append(code).Append('\t').Append(description).Append('\n');
}

var raw = Encoding.UTF8.GetBytes(text.ToString());
var compressed = new MemoryStream();
compressed.Write(BitConverter.GetBytes((uint)raw.Length));
using (var brotli = new BrotliStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
{
    brotli.Write(raw);
}

File.WriteAllBytes(Path.Combine(output, "hs2022.bin"), compressed.ToArray());
File.WriteAllText(Path.Combine(output, "hs2022.sha256"), Convert.ToHexStringLower(SHA256.HashData(bytes)) + "  harmonized-system.csv\n");
Console.WriteLine($"{counts[2]} chapters, {counts[4]} headings, {counts[6]} subheadings; {bytes.Length} CSV bytes -> {raw.Length} raw -> {compressed.Length} embedded");

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
