using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Threading;

namespace IkmDomain.Classifications;

/// <summary>
/// The HS 2022 nomenclature at six digits: 96 chapters, 1,228 headings and 5,612 subheadings with their
/// descriptions, decompressed once (lazily, thread-safe) from the embedded resource
/// <c>IkmDomain.Data.hs2022.bin</c> that <c>eng/hs/convert-hs-nomenclature.cs</c> writes from GitHub
/// <c>datasets/harmonized-system</c> (UN Comtrade's HS 2022 list, ODC-PDDL 1.0).
/// </summary>
internal sealed class HsNomenclature
{
    private const string ResourceName = "IkmDomain.Data.hs2022.bin";

    private static readonly Lazy<HsNomenclature> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly HsCode[] _codes;
    private readonly Dictionary<HsCode, int> _index;
    private readonly byte[] _text;
    private readonly int[] _descriptionStarts;
    private readonly int[] _descriptionLengths;
    private readonly string[] _sections;
    private readonly string?[] _descriptions;

    private HsNomenclature(HsCode[] codes, byte[] text, int[] starts, int[] lengths, string[] sections)
    {
        _codes = codes;
        _text = text;
        _descriptionStarts = starts;
        _descriptionLengths = lengths;
        _sections = sections;
        _descriptions = new string?[codes.Length];
        _index = new Dictionary<HsCode, int>(codes.Length);
        for (var i = 0; i < codes.Length; i++)
        {
            _index.Add(codes[i], i);
        }

        Codes = Array.AsReadOnly(codes);
    }

    public static HsNomenclature Instance => Lazy.Value;

    /// <summary>Every chapter, heading and subheading, in code order (01, 0101, 010121, …).</summary>
    public IReadOnlyList<HsCode> Codes { get; }

    /// <summary>The entry of a 2-, 4- or 6-digit code, or -1.</summary>
    public int IndexOf(HsCode code) => _index.TryGetValue(code, out var i) ? i : -1;

    public string Description(int index)
    {
        var description = Volatile.Read(ref _descriptions[index]);
        if (description is null)
        {
            description = Encoding.UTF8.GetString(_text, _descriptionStarts[index], _descriptionLengths[index]);
            Volatile.Write(ref _descriptions[index], description);
        }

        return description;
    }

    /// <summary>The section (Roman numeral, I–XXI) of the chapter of entry <paramref name="index"/>.</summary>
    public string Section(int index) => _sections[index];

    private static HsNomenclature Load()
    {
        using var stream = typeof(HsNomenclature).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded HS data '{ResourceName}' is missing from the IkmDomain assembly.");
        var compressed = new byte[stream.Length];
        stream.ReadExactly(compressed);
        var rawLength = checked((int)BinaryPrimitives.ReadUInt32LittleEndian(compressed));
        var raw = GC.AllocateUninitializedArray<byte>(rawLength);
        if (!BrotliDecoder.TryDecompress(compressed.AsSpan(4), raw, out var written) || written != rawLength || !raw.AsSpan().StartsWith("IKMH 1\n"u8))
        {
            throw new InvalidDataException($"The embedded HS data '{ResourceName}' is corrupt.");
        }

        var codes = new List<HsCode>(7000);
        var starts = new List<int>(7000);
        var lengths = new List<int>(7000);
        var sections = new List<string>(7000);
        var sectionNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var pos = 7;
        while (pos < raw.Length)
        {
            var line = raw.AsSpan(pos);
            var end = line.IndexOf((byte)'\n');
            var tab1 = line.IndexOf((byte)'\t');
            var tab2 = tab1 < 0 ? -1 : line[(tab1 + 1)..].IndexOf((byte)'\t') + tab1 + 1;
            if (end < 0 || tab1 <= 0 || tab2 <= tab1 || tab2 > end)
            {
                throw new InvalidDataException($"The embedded HS data '{ResourceName}' has a bad line at byte {pos}.");
            }

            var codeText = Encoding.ASCII.GetString(line[(tab1 + 1)..tab2]);
            var code = HsCode.Parse(codeText);
            var section = Encoding.ASCII.GetString(line[..tab1]);
            if (!sectionNames.TryGetValue(section, out var shared))
            {
                sectionNames[section] = shared = section; // one string per section, not per row
            }

            codes.Add(code);
            sections.Add(shared);
            starts.Add(pos + tab2 + 1);
            lengths.Add(end - tab2 - 1);
            pos += end + 1;
        }

        return new HsNomenclature(codes.ToArray(), raw, starts.ToArray(), lengths.ToArray(), sections.ToArray());
    }
}
