using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace IkmDomain.Regions;

/// <summary>
/// The names regions had in earlier releases of the region data, read from the embedded resource
/// <c>IkmDomain.Data.regions.former.tsv</c> that <c>eng/regions/derive-former-names.cs</c> derives from npm
/// <c>idn-area-data</c> 3.1.2 and 2.2.1 (Kepmendagri 100.1.1-6117/2022 and 050-145/2022; data under ODbL 1.0):
/// one line per former name, <c>code TAB former name TAB releases</c>, sorted by code.
/// </summary>
internal sealed class RegionFormerNames
{
    private const string ResourceName = "IkmDomain.Data.regions.former.tsv";

    private readonly RegionCode[] _codes;
    private readonly string[] _names;

    private RegionFormerNames(RegionCode[] codes, string[] names)
    {
        _codes = codes;
        _names = names;
    }

    public int Count => _codes.Length;

    public (RegionCode Code, string Name) this[int index] => (_codes[index], _names[index]);

    /// <summary>The former names of <paramref name="code"/>, oldest spelling last; empty when it has none.</summary>
    public IReadOnlyList<string> NamesOf(RegionCode code)
    {
        var at = Array.BinarySearch(_codes, code);
        if (at < 0)
        {
            return Array.Empty<string>();
        }

        var first = at;
        while (first > 0 && _codes[first - 1] == code)
        {
            first--;
        }

        var last = at;
        while (last + 1 < _codes.Length && _codes[last + 1] == code)
        {
            last++;
        }

        return Array.AsReadOnly(_names[first..(last + 1)]);
    }

    public static RegionFormerNames Load()
    {
        using var stream = typeof(RegionFormerNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded region data '{ResourceName}' is missing from the IkmDomain assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var codes = new List<RegionCode>(400);
        var names = new List<string>(400);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length != 3 || !RegionCode.TryParse(fields[0], out var code) || fields[1].Length == 0)
            {
                throw new InvalidDataException($"The embedded region data '{ResourceName}' has a bad line: '{line}'.");
            }

            codes.Add(code);
            names.Add(fields[1]);
        }

        return new RegionFormerNames(codes.ToArray(), names.ToArray());
    }
}
