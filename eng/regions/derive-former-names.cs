// Derives the table of former region names, src/IkmDomain/Data/regions.former.tsv, from earlier releases of the
// same upstream data (npm idn-area-data, data under ODbL 1.0) compared with the current one (4.0.1).
//
// Usage (from the repository root, .NET 10 SDK):
//   cd /tmp && npm pack idn-area-data@3.1.2 && npm pack idn-area-data@2.2.1   (unpack each into its own folder)
//   dotnet run eng/regions/derive-former-names.cs -- <current data folder> <version>=<old data folder> [...]
//   e.g. -- /data/idn-area-4.0.1 3.1.2=/tmp/v3/package/data 2.2.1=/tmp/v2/package/data
//
// A former name is the name an older release gives a code that still exists today, when its folded form
// (lower case, apostrophes dropped, every other non-alphanumeric a space) differs from today's name.
// Left out:
//   - codes that no longer exist (regions moved to a new province or regency get new codes; their names
//     usually did not change, so today's name finds them);
//   - an old name that is today the name of a sibling (same parent): villages renumbered within a
//     district (96.01.05.1007 Warmon was numbered for Klabinain before), not a rename.
// Old names get the same corrections as convert-region-data.cs (double quote and U+2019 for apostrophe,
// footnote * dropped); an all-capitals old name (2.x, and 3.x provinces and regencies) is written in
// title case, keeping roman numerals and the acronyms listed below in capitals.
//
// Output: UTF-8, one line per former name, sorted by code: code TAB former name TAB releases (space-separated
// idn-area-data versions that carry it), after a header line.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

if (args.Length < 2)
{
    throw new ArgumentException("Pass the current data folder, then version=folder for each older release.");
}

string[] files = ["provinces.csv", "regencies.csv", "districts.csv", "villages.csv"];
var current = new Dictionary<string, string>(StringComparer.Ordinal);
foreach (var file in files)
{
    foreach (var row in ReadCsv(Path.Combine(args[0], file)))
    {
        current[row.Code] = Correct(row.Name);
    }
}

var siblings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
foreach (var (code, name) in current)
{
    if (!siblings.TryGetValue(Parent(code), out var set))
    {
        siblings[Parent(code)] = set = new HashSet<string>(StringComparer.Ordinal);
    }

    set.Add(Fold(name));
}

// code -> folded former name -> (display name, versions)
var former = new SortedDictionary<string, Dictionary<string, (string Name, SortedSet<string> Versions)>>(Comparer<string>.Create((a, b) => Number(a).CompareTo(Number(b))));
int gone = 0, shifted = 0;
foreach (var pair in args.Skip(1))
{
    var version = pair[..pair.IndexOf('=')];
    var folder = pair[(pair.IndexOf('=') + 1)..];
    foreach (var file in files)
    {
        foreach (var row in ReadCsv(Path.Combine(folder, file)))
        {
            var code = Dotted(row.Code);
            if (!current.TryGetValue(code, out var now))
            {
                gone++;
                continue;
            }

            var name = Correct(row.Name);
            var folded = Fold(name);
            if (folded == Fold(now))
            {
                continue;
            }

            if (siblings[Parent(code)].Contains(folded))
            {
                shifted++;
                continue;
            }

            if (!former.TryGetValue(code, out var names))
            {
                former[code] = names = new Dictionary<string, (string, SortedSet<string>)>(StringComparer.Ordinal);
            }

            if (!names.TryGetValue(folded, out var entry))
            {
                entry = (Display(name), new SortedSet<string>(StringComparer.Ordinal));
            }
            else if (IsAllCaps(entry.Name.ToUpperInvariant()) && !IsAllCaps(name))
            {
                entry = (name, entry.Versions); // a mixed-case spelling from a newer release beats a title-cased one
            }

            entry.Versions.Add(version);
            names[folded] = entry;
        }
    }
}

var output = new StringBuilder("code\tformer_name\treleases\n");
var count = 0;
foreach (var (code, names) in former)
{
    foreach (var (_, (name, versions)) in names.OrderBy(n => n.Key, StringComparer.Ordinal))
    {
        output.Append(code).Append('\t').Append(name).Append('\t').Append(string.Join(' ', versions)).Append('\n');
        count++;
    }
}

var target = Path.Combine("src", "IkmDomain", "Data", "regions.former.tsv");
File.WriteAllText(target, output.ToString());
Console.WriteLine($"{count} former names of {former.Count} regions -> {target}; left out: {gone} rows of codes that no longer exist, {shifted} renumbered siblings");

static IEnumerable<(string Code, string Name)> ReadCsv(string path)
{
    foreach (var row in ParseCsv(File.ReadAllText(path, Encoding.UTF8)).Skip(1))
    {
        yield return (row[0], row[^1]);
    }
}

static string Parent(string code) => code.LastIndexOf('.') is var dot and > 0 ? code[..dot] : "";

// 2.x writes codes without dots: 11, 1101, 110101, 1101012001.
static string Dotted(string code)
{
    if (code.Contains('.'))
    {
        return code;
    }

    var parts = new List<string>();
    for (var i = 0; i < code.Length && i < 6; i += 2)
    {
        parts.Add(code.Substring(i, 2));
    }

    if (code.Length > 6)
    {
        parts.Add(code[6..]);
    }

    return string.Join('.', parts);
}

static long Number(string code)
{
    var parts = code.Split('.');
    long[] factors = [100_000_000, 1_000_000, 10_000, 1];
    long n = 0;
    for (var i = 0; i < parts.Length; i++)
    {
        n += long.Parse(parts[i], CultureInfo.InvariantCulture) * factors[i];
    }

    return n;
}

static string Correct(string name) => name.Replace('"', '\'').Replace('\u2019', '\'').TrimEnd('*').Trim();

static string Fold(string name)
{
    var builder = new StringBuilder(name.Length);
    var space = false;
    foreach (var c in name.ToLowerInvariant())
    {
        if (c == '\'')
        {
            continue;
        }

        if (char.IsAsciiLetterOrDigit(c))
        {
            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            space = false;
        }
        else
        {
            space = true;
        }
    }

    return builder.ToString();
}

static bool IsAllCaps(string name) => name.Any(char.IsAsciiLetter) && !name.Any(char.IsAsciiLetterLower);

static string Display(string name)
{
    if (!IsAllCaps(name))
    {
        return name;
    }

    string[] acronyms = ["DKI", "STM"];
    var words = name.Split(' ');
    for (var i = 0; i < words.Length; i++)
    {
        var w = words[i];
        if (acronyms.Contains(w) || w.All(c => c is 'I' or 'V' or 'X'))
        {
            continue;
        }

        var lower = w.ToLowerInvariant().ToCharArray();
        for (var j = 0; j < lower.Length; j++)
        {
            if (char.IsAsciiLetter(lower[j]) && (j == 0 || lower[j - 1] is '-' or '(' or '/' or '.'))
            {
                lower[j] = char.ToUpperInvariant(lower[j]);
            }
        }

        words[i] = new string(lower);
    }

    return string.Join(' ', words);
}

// RFC 4180, leniently: 2.x has unquoted fields holding a double quote (Soka"an), read literally.
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
        else if (c == '"' && field.Length == 0) { quoted = true; }
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
