using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text.Json.Serialization;

namespace IkmDomain.Classifications;

/// <summary>
/// The main material of a handicraft, from a fixed catalogue: <see cref="Wood"/>, <see cref="Metal"/>,
/// <see cref="Leather"/>, <see cref="Glass"/>, <see cref="Ceramics"/>, <see cref="Textiles"/>,
/// <see cref="Bamboo"/>, <see cref="Rattan"/>, <see cref="NaturalFibre"/>, <see cref="Stone"/>,
/// <see cref="Shell"/>, <see cref="BoneAndHorn"/>, <see cref="Paper"/> and <see cref="PreciousMetal"/>.
/// Each carries its Indonesian name, the HS headings its products are usually exported under and its
/// craft KBLI 2020 codes, with lookups both ways (<see cref="FromHsCode"/>, <see cref="FromKbli(string)"/>).
/// </summary>
/// <remarks>
/// <para>HS headings: WCO Harmonized System 4-digit titles (UN Comtrade list). Batik has no HS heading
/// of its own; it is classified as printed fabric or garments, so it is not listed under
/// <see cref="Textiles"/>. 9703 (original sculptures) applies to any material and is listed under wood,
/// stone and metal, where carvings are usual. Every heading exists in HS 2022 (see <see cref="HsCode.Exists"/>);
/// the titles, from the HS 2022 list of UN Comtrade (GitHub <c>datasets/harmonized-system</c>), are the source
/// of each entry, among them: 4419 "Tableware and kitchenware, of wood", whose subheadings 4419.11–4419.19
/// are "of bamboo" (so bamboo as well as wood); 5810 "Embroidery in the piece, in strips or in motifs"
/// (textiles); 4802.10 "Hand-made paper and paperboard" (only that subheading of 4802, the rest being
/// machine-made printing paper); 6911 "Tableware, kitchenware, other household articles and toilet
/// articles, of porcelain or china" and 6912 the same "other than of porcelain or china" (earthenware and
/// stoneware: gerabah); 4203 "Articles of apparel and clothing accessories, of leather" (belts, gloves);
/// 7326 "Other articles of iron or steel" and 7419 "Other articles of copper" (wrought-iron and brass or
/// bronze crafts, beside 8306 for bells, gongs, statuettes and frames of base metal).</para>
/// <para>KBLI codes are KBLI 2020 (Perba BPS 2/2020), the version the OSS API specifies; KBLI 2025
/// (Perba BPS 7/2025) renumbered some of them (batik is 13133 there). Wood carving is 16293, rattan and
/// bamboo basketry 16291, precious-metal jewellery 32112 and 32903 is the catch-all "Industri Kerajinan YTDL".</para>
/// <para>The canonical text is the lower-case English code (<c>wood</c>, <c>natural-fibre</c>);
/// <see cref="Parse(string)"/> also takes the English and Indonesian names.</para>
/// <para><c>default(CraftMaterial)</c> is "not set", not a material: its <see cref="Code"/>, names and
/// <see cref="ToString()"/> are empty, its <see cref="HsHeadings"/> and <see cref="KbliCodes"/> are empty lists,
/// it is not in <see cref="All"/>, no text parses to it, and JSON (a <see cref="System.Text.Json.JsonException"/>),
/// the EF Core converters and the validators (IKM020) refuse it. Use <c>CraftMaterial?</c> for an optional material.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<CraftMaterial>))]
public readonly struct CraftMaterial :
    IDefaultIsNotSet,
    IEquatable<CraftMaterial>,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<CraftMaterial>
{
    private static readonly Info[] Catalogue =
    [
        new("wood", "Wood", "kayu", ["4414", "4419", "4420", "4421", "9703"], ["16293", "16294", "16299", "31001"]),
        new("metal", "Metal", "logam", ["8306", "7326", "7419", "7117", "9703"], ["25992", "25993", "25999", "32120"]),
        new("leather", "Leather", "kulit", ["4202", "4203", "4205"], ["15121", "15129"]),
        new("glass", "Glass", "kaca", ["7013", "7018"], ["23121", "23129"]),
        new("ceramics", "Ceramics", "keramik", ["6913", "6912", "6911", "6914"], ["23931", "23932", "23939"]),
        new("textiles", "Textiles", "tekstil", ["5805", "5810", "6304"], ["13122", "13134", "13912", "13922", "13930"]),
        new("bamboo", "Bamboo", "bambu", ["4601", "4602", "4419", "4421"], ["16291", "16294", "31002"]),
        new("rattan", "Rattan", "rotan", ["4601", "4602"], ["16291", "16294", "31002"]),
        new("natural-fibre", "Natural fibre", "serat alam", ["4601", "4602"], ["16292"]),
        new("stone", "Stone", "batu", ["6802", "9703"], ["23961", "23963"]),
        new("shell", "Shell", "kerang", ["9601"], ["32903"]),
        new("bone-and-horn", "Bone and horn", "tulang dan tanduk", ["9601"], ["32903"]),
        new("paper", "Paper", "kertas", ["4802.10", "4823"], ["32903"]),
        new("precious-metal", "Precious metal", "logam mulia", ["7113", "7114"], ["32112"]),
    ];

    // Other names people write for a material (English spelling variants, common Indonesian words).
    private static readonly (string Alias, int Index)[] Aliases =
    [
        ("natural fiber", 8), ("serat", 8), ("pandan", 8), ("ceramic", 4), ("gerabah", 4), ("textile", 5),
        ("kain", 5), ("silver", 13), ("perak", 13), ("gold", 13), ("emas", 13), ("logam dasar", 1),
        ("base metal", 1), ("bone", 11), ("horn", 11), ("tulang", 11), ("tanduk", 11),
    ];

    private static readonly IReadOnlyList<CraftMaterial> AllMaterials = Array.AsReadOnly(BuildAll());

    private static readonly IReadOnlyList<HsCode> AllHeadings =
        Array.AsReadOnly(Catalogue.SelectMany(i => i.Headings).Distinct().Order().ToArray());

    // The catalogue index plus one: 0 is default(CraftMaterial), "not set".
    private readonly byte _index;

    private CraftMaterial(int index) => _index = (byte)(index + 1);

    private Info? Entry => _index == 0 ? null : Catalogue[_index - 1];

    /// <summary>Wood (<i>kayu</i>): carvings, tableware, frames. HS 4414, 4419, 4420, 4421, 9703; KBLI 16293, 16294, 16299, 31001.</summary>
    public static CraftMaterial Wood => new(0);

    /// <summary>Base metal (<i>logam</i>): brass, copper, iron and tin work, imitation jewellery. HS 8306, 7326, 7419, 7117, 9703; KBLI 25992, 25993, 25999, 32120.</summary>
    public static CraftMaterial Metal => new(1);

    /// <summary>Leather (<i>kulit</i>): bags, cases, belts, wayang kulit. HS 4202, 4203, 4205; KBLI 15121, 15129.</summary>
    public static CraftMaterial Leather => new(2);

    /// <summary>Glass (<i>kaca</i>): decorative glassware, beads. HS 7013, 7018; KBLI 23121, 23129.</summary>
    public static CraftMaterial Glass => new(3);

    /// <summary>Ceramics (<i>keramik</i>), including earthenware (<i>gerabah</i>) and porcelain. HS 6913, 6912, 6911, 6914; KBLI 23931, 23932, 23939.</summary>
    public static CraftMaterial Ceramics => new(4);

    /// <summary>Textiles (<i>tekstil</i>): tenun, songket, embroidery, batik. HS 5805, 5810, 6304 (batik has no heading of its own); KBLI 13122, 13134, 13912, 13922, 13930.</summary>
    public static CraftMaterial Textiles => new(5);

    /// <summary>Bamboo (<i>bambu</i>). HS 4601, 4602, 4419, 4421; KBLI 16291, 16294, 31002.</summary>
    public static CraftMaterial Bamboo => new(6);

    /// <summary>Rattan (<i>rotan</i>). HS 4601, 4602; KBLI 16291, 16294, 31002.</summary>
    public static CraftMaterial Rattan => new(7);

    /// <summary>Other natural fibres (<i>serat alam</i>): pandan, mendong, water hyacinth. HS 4601, 4602; KBLI 16292.</summary>
    public static CraftMaterial NaturalFibre => new(8);

    /// <summary>Stone (<i>batu</i>): carvings, mortars, decorative stone. HS 6802, 9703; KBLI 23961, 23963.</summary>
    public static CraftMaterial Stone => new(9);

    /// <summary>Shell (<i>kerang</i>), including mother-of-pearl. HS 9601; KBLI 32903.</summary>
    public static CraftMaterial Shell => new(10);

    /// <summary>Bone and horn (<i>tulang dan tanduk</i>). HS 9601; KBLI 32903.</summary>
    public static CraftMaterial BoneAndHorn => new(11);

    /// <summary>Paper (<i>kertas</i>), hand-made. HS 4802.10, 4823; KBLI 32903.</summary>
    public static CraftMaterial Paper => new(12);

    /// <summary>Precious metal (<i>logam mulia</i>): silver and gold work and jewellery. HS 7113, 7114; KBLI 32112.</summary>
    public static CraftMaterial PreciousMetal => new(13);

    /// <summary>Every material, in catalogue order.</summary>
    public static IReadOnlyList<CraftMaterial> All => AllMaterials;

    /// <summary>
    /// Every HS heading in the catalogue, distinct and sorted: a handicraft export basket for filtering
    /// trade statistics (one of several definitions; Kemenperin's and Kemendag's baskets differ).
    /// </summary>
    public static IReadOnlyList<HsCode> AllHsHeadings => AllHeadings;

    /// <summary>The canonical code: lower-case English, words joined by '-' (<c>natural-fibre</c>); empty for <c>default</c> (not set).</summary>
    public string Code => Entry?.Code ?? string.Empty;

    /// <summary>The English name (<c>Natural fibre</c>), suitable for Google's <c>material</c> attribute; empty for <c>default</c>.</summary>
    public string EnglishName => Entry?.English ?? string.Empty;

    /// <summary>The Indonesian name (<c>serat alam</c>); empty for <c>default</c>.</summary>
    public string IndonesianName => Entry?.Indonesian ?? string.Empty;

    /// <summary>
    /// The HS headings this material's crafts are usually exported under, most typical first: 4-digit
    /// headings, and a 6-digit subheading where only part of a heading is crafts (4802.10 hand-made paper).
    /// Empty for <c>default</c> (not set).
    /// </summary>
    public IReadOnlyList<HsCode> HsHeadings => Entry?.Headings ?? Array.Empty<HsCode>();

    /// <summary>
    /// The KBLI 2020 classes (<see cref="KbliVersion.Kbli2020"/>, 5 digits) of the industries that make
    /// crafts of this material, as <see cref="Kbli"/> values: the same shape as <c>IkmBusiness.KbliCodes</c>.
    /// Empty for <c>default</c> (not set).
    /// </summary>
    public IReadOnlyList<Kbli> KbliCodes => Entry?.Kbli ?? Array.Empty<Kbli>();

    /// <summary>
    /// The materials whose products are likely classified under <paramref name="code"/>: those with a
    /// heading that contains the code (4420.11 -> wood) or, for a chapter, a heading within it (44 -> wood, bamboo).
    /// </summary>
    /// <param name="code">Any HS code.</param>
    /// <returns>The likely materials in catalogue order; empty when none is known.</returns>
    public static IReadOnlyList<CraftMaterial> FromHsCode(HsCode code)
    {
        var result = new List<CraftMaterial>();
        for (var i = 0; i < Catalogue.Length; i++)
        {
            foreach (var heading in Catalogue[i].Headings)
            {
                if (code.IsWithin(heading) || heading.IsWithin(code))
                {
                    result.Add(new CraftMaterial(i));
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The materials made by the industry with the KBLI 2020 code <paramref name="kbli"/>.</summary>
    /// <param name="kbli">A 5-digit KBLI 2020 code, for example <c>16293</c>.</param>
    /// <returns>The materials in catalogue order; empty when the code is not a craft code listed here.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kbli"/> is null.</exception>
    public static IReadOnlyList<CraftMaterial> FromKbli(string kbli)
    {
        ArgumentNullException.ThrowIfNull(kbli);
        var result = new List<CraftMaterial>();
        for (var i = 0; i < Catalogue.Length; i++)
        {
            if (Array.IndexOf(Catalogue[i].KbliArray, kbli) >= 0)
            {
                result.Add(new CraftMaterial(i));
            }
        }

        return result;
    }

    /// <summary>The materials made by the industry with the KBLI code <paramref name="kbli"/>; empty for KBLI 2025 codes, which were renumbered.</summary>
    /// <param name="kbli">A KBLI code.</param>
    /// <returns>The materials in catalogue order.</returns>
    public static IReadOnlyList<CraftMaterial> FromKbli(Kbli kbli) =>
        kbli.Version == KbliVersion.Kbli2020 ? FromKbli(kbli.Code) : Array.Empty<CraftMaterial>();

    /// <summary>Parses a material from its code, English or Indonesian name (case-insensitive; '-', '_' and ' ' alike).</summary>
    /// <param name="text">For example <c>wood</c>, <c>Natural fibre</c>, <c>serat alam</c>, <c>perak</c>.</param>
    /// <returns>The material.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text names no material in the catalogue.</exception>
    public static CraftMaterial Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static CraftMaterial Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static CraftMaterial Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s.ToString()}' is not a craft material: expected a code or English or Indonesian name such as wood/kayu, metal/logam, leather/kulit, glass/kaca, ceramics/keramik, textiles/tekstil, bamboo/bambu, rattan/rotan, natural-fibre/serat alam, stone/batu, shell/kerang, bone-and-horn/tulang dan tanduk, paper/kertas, precious-metal/logam mulia.");

    /// <summary>Tries to parse a material. Never throws.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The material, or default.</param>
    /// <returns>True when the text names a material.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CraftMaterial result) =>
        TryParse(text.AsSpan(), null, out result) && text is not null;

    /// <inheritdoc cref="TryParse(string?, out CraftMaterial)"/>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The material, or default.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CraftMaterial result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string?, out CraftMaterial)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The material, or default.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CraftMaterial result)
    {
        s = IdentifierText.Trim(s);
        for (var i = 0; i < Catalogue.Length; i++)
        {
            var info = Catalogue[i];
            if (CatalogueText.NameEquals(s, info.Code) || CatalogueText.NameEquals(s, info.English) || CatalogueText.NameEquals(s, info.Indonesian))
            {
                result = new CraftMaterial(i);
                return true;
            }
        }

        foreach (var (alias, index) in Aliases)
        {
            if (CatalogueText.NameEquals(s, alias))
            {
                result = new CraftMaterial(index);
                return true;
            }
        }

        result = default;
        return false;
    }

    /// <summary>The canonical code (<c>wood</c>, <c>natural-fibre</c>); empty for <c>default</c> (not set).</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Formats the material: null, empty or <c>"C"</c> = code, <c>"E"</c> = English name, <c>"I"</c> = Indonesian name.</summary>
    /// <param name="format">Null, "C", "E" or "I".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Select(format) ?? throw new FormatException($"'{format}' is not a CraftMaterial format (use \"C\", \"E\" or \"I\").");

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
        if (format.IsEmpty)
        {
            // The canonical code, pre-encoded: feeds write it for every item. Not set writes nothing.
            var code = Entry?.CodeUtf8 ?? [];
            var fits = code.AsSpan().TryCopyTo(utf8Destination);
            bytesWritten = fits ? code.Length : 0;
            return fits;
        }

        var text = Select(format);
        bytesWritten = 0;
        return text is not null && CatalogueText.TryCopy(text, utf8Destination, out bytesWritten);
    }

    /// <inheritdoc/>
    public bool Equals(CraftMaterial other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CraftMaterial other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>True when both are the same material.</summary>
    /// <param name="left">The first material.</param>
    /// <param name="right">The second material.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(CraftMaterial left, CraftMaterial right) => left.Equals(right);

    /// <summary>True when the materials differ.</summary>
    /// <param name="left">The first material.</param>
    /// <param name="right">The second material.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(CraftMaterial left, CraftMaterial right) => !left.Equals(right);

    private string? Select(ReadOnlySpan<char> format) => format switch
    {
        "" or "C" or "c" => Code,
        "E" or "e" => EnglishName,
        "I" or "i" => IndonesianName,
        _ => null,
    };

    private static CraftMaterial[] BuildAll()
    {
        var all = new CraftMaterial[Catalogue.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new CraftMaterial(i);
        }

        return all;
    }

    private sealed class Info
    {
        public Info(string code, string english, string indonesian, string[] headings, string[] kbli)
        {
            Code = code;
            CodeUtf8 = System.Text.Encoding.ASCII.GetBytes(code);
            English = english;
            Indonesian = indonesian;
            Headings = Array.AsReadOnly(Array.ConvertAll(headings, HsCode.Parse));
            KbliArray = kbli;
            Kbli = Array.AsReadOnly(Array.ConvertAll(kbli, k => Classifications.Kbli.Parse(k, KbliVersion.Kbli2020)));
        }

        public string Code { get; }

        public byte[] CodeUtf8 { get; }

        public string English { get; }

        public string Indonesian { get; }

        public IReadOnlyList<HsCode> Headings { get; }

        public string[] KbliArray { get; }

        public IReadOnlyList<Kbli> Kbli { get; }
    }
}
