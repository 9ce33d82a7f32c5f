using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Classifications;

/// <summary>
/// A making technique that matters to buyers, with its Indonesian name: batik tulis, cap and
/// kombinasi; tenun, tenun ikat and songket; sulam (embroidery); ukir (carving); anyam (plaiting);
/// gerabah (pottery); tempa (forging).
/// </summary>
/// <remarks>
/// <para>The three batik techniques are the ones the Batikmark "batik INDONESIA" label distinguishes
/// (Permenperin 74/M-IND/PER/9/2007): gold label for batik tulis, white for batik cap, silver for
/// kombinasi. Printed "batik motif" fabric is not batik and has no technique here.</para>
/// <para>The canonical text is the lower-case English code (<c>hand-drawn-batik</c>); parsing also takes
/// the English and Indonesian names (<c>batik tulis</c>).</para>
/// <para><c>default(CraftTechnique)</c> is "not set", not a technique: its <see cref="Code"/>, names and
/// <see cref="ToString()"/> are empty, <see cref="IsBatik"/> is false, it is not in <see cref="All"/>, no text
/// parses to it, and JSON (a <see cref="System.Text.Json.JsonException"/>), the EF Core converters and the
/// validators (IKM020) refuse it. Use <c>CraftTechnique?</c> for an optional technique.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<CraftTechnique>))]
public readonly struct CraftTechnique :
    IDefaultIsNotSet,
    IEquatable<CraftTechnique>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<CraftTechnique>
{
    private static readonly (string Code, string English, string Indonesian)[] Catalogue =
    [
        ("hand-drawn-batik", "Hand-drawn batik", "batik tulis"),
        ("stamped-batik", "Stamped batik", "batik cap"),
        ("combination-batik", "Combination batik", "batik kombinasi"),
        ("weaving", "Hand weaving", "tenun"),
        ("ikat", "Ikat weaving", "tenun ikat"),
        ("songket", "Songket weaving", "tenun songket"),
        ("embroidery", "Embroidery", "sulam"),
        ("carving", "Carving", "ukir"),
        ("plaiting", "Plaiting", "anyam"),
        ("pottery", "Pottery", "gerabah"),
        ("forging", "Forging", "tempa"),
    ];

    private static readonly (string Alias, int Index)[] Aliases =
    [
        ("batik cap", 1), ("cap", 1), ("tulis", 0), ("kombinasi", 2), ("songket", 5), ("ikat", 4),
        ("bordir", 6), ("ukiran", 7), ("anyaman", 8), ("basketry", 8), ("wickerwork", 8), ("tempaan", 10),
        ("woven", 3), ("hand woven", 3),
    ];

    private static readonly IReadOnlyList<CraftTechnique> AllTechniques = Array.AsReadOnly(BuildAll());

    // The catalogue index plus one: 0 is default(CraftTechnique), "not set".
    private readonly byte _index;

    private CraftTechnique(int index) => _index = (byte)(index + 1);

    /// <summary>Batik tulis: wax applied by hand with a canting (Batikmark gold label).</summary>
    public static CraftTechnique HandDrawnBatik => new(0);

    /// <summary>Batik cap: wax applied with a copper stamp (Batikmark white label).</summary>
    public static CraftTechnique StampedBatik => new(1);

    /// <summary>Batik kombinasi: tulis and cap on one cloth (Batikmark silver label).</summary>
    public static CraftTechnique CombinationBatik => new(2);

    /// <summary>Tenun: hand weaving on a traditional loom.</summary>
    public static CraftTechnique Weaving => new(3);

    /// <summary>Tenun ikat: threads resist-dyed before weaving (for example Sumba, Flores).</summary>
    public static CraftTechnique Ikat => new(4);

    /// <summary>Tenun songket: supplementary weft of gold or silver thread (for example Palembang).</summary>
    public static CraftTechnique Songket => new(5);

    /// <summary>Sulam (bordir): embroidery.</summary>
    public static CraftTechnique Embroidery => new(6);

    /// <summary>Ukir: carving, of wood (Jepara), stone or bone.</summary>
    public static CraftTechnique Carving => new(7);

    /// <summary>Anyam: plaiting and basketry of rattan, bamboo, pandan and other fibres.</summary>
    public static CraftTechnique Plaiting => new(8);

    /// <summary>Gerabah: earthenware pottery (for example Kasongan).</summary>
    public static CraftTechnique Pottery => new(9);

    /// <summary>Tempa: hand forging of metal (blades, tools).</summary>
    public static CraftTechnique Forging => new(10);

    /// <summary>Every technique, in catalogue order.</summary>
    public static IReadOnlyList<CraftTechnique> All => AllTechniques;

    /// <summary>The canonical code (<c>hand-drawn-batik</c>); empty for <c>default</c> (not set).</summary>
    public string Code => _index == 0 ? string.Empty : Catalogue[_index - 1].Code;

    /// <summary>The English name (<c>Hand-drawn batik</c>); empty for <c>default</c>.</summary>
    public string EnglishName => _index == 0 ? string.Empty : Catalogue[_index - 1].English;

    /// <summary>The Indonesian name (<c>batik tulis</c>); empty for <c>default</c>.</summary>
    public string IndonesianName => _index == 0 ? string.Empty : Catalogue[_index - 1].Indonesian;

    /// <summary>True for the three batik techniques; false for <c>default</c>.</summary>
    public bool IsBatik => _index is >= 1 and <= 3;

    /// <summary>Parses a technique from its code, English or Indonesian name (case-insensitive; '-', '_' and ' ' alike).</summary>
    /// <param name="text">For example <c>hand-drawn-batik</c> or <c>batik tulis</c>.</param>
    /// <returns>The technique.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text names no technique.</exception>
    public static CraftTechnique Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static CraftTechnique Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static CraftTechnique Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a craft technique: expected a code or English or Indonesian name such as batik tulis, batik cap, batik kombinasi, tenun, tenun ikat, songket, sulam, ukir, anyam, gerabah or tempa.");

    /// <summary>Tries to parse a technique. Never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The technique, or default.</param>
    /// <returns>True when the text names a technique.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CraftTechnique result) =>
        TryParse(text.AsSpan(), null, out result) && text is not null;

    /// <inheritdoc cref="TryParse(string?, out CraftTechnique)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The technique, or default.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CraftTechnique result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string?, out CraftTechnique)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The technique, or default.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CraftTechnique result)
    {
        s = IdentifierText.Trim(s);
        for (var i = 0; i < Catalogue.Length; i++)
        {
            var (code, english, indonesian) = Catalogue[i];
            if (CatalogueText.NameEquals(s, code) || CatalogueText.NameEquals(s, english) || CatalogueText.NameEquals(s, indonesian))
            {
                result = new CraftTechnique(i);
                return true;
            }
        }

        foreach (var (alias, index) in Aliases)
        {
            if (CatalogueText.NameEquals(s, alias))
            {
                result = new CraftTechnique(index);
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>The canonical code; empty for <c>default</c> (not set).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Formats the technique: null, empty or <c>"C"</c> = code, <c>"E"</c> = English name, <c>"I"</c> = Indonesian name.</summary>
    /// <param name="format">Null, "C", "E" or "I".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Select(format) ?? throw new FormatException($"'{format}' is not a CraftTechnique format (use \"C\", \"E\" or \"I\").");

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = Select(format);
        charsWritten = 0;
        return text is not null && CatalogueText.TryCopy(text, destination, out charsWritten);
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = Select(format);
        bytesWritten = 0;
        return text is not null && CatalogueText.TryCopy(text, utf8Destination, out bytesWritten);
    }

    /// <inheritdoc/>
    public bool Equals(CraftTechnique other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CraftTechnique other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>True when both are the same technique.</summary>
    /// <param name="left">The first technique.</param>
    /// <param name="right">The second technique.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CraftTechnique left, CraftTechnique right) => left.Equals(right);

    /// <summary>True when the techniques differ.</summary>
    /// <param name="left">The first technique.</param>
    /// <param name="right">The second technique.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CraftTechnique left, CraftTechnique right) => !left.Equals(right);

    private string? Select(ReadOnlySpan<char> format) => format switch
    {
        "" or "C" or "c" => Code,
        "E" or "e" => EnglishName,
        "I" or "i" => IndonesianName,
        _ => null,
    };

    private static CraftTechnique[] BuildAll()
    {
        var all = new CraftTechnique[Catalogue.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new CraftTechnique(i);
        }

        return all;
    }
}
