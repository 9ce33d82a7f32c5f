using System;
using System.Collections.Concurrent;
using IkmDomain.Classifications;
using IkmDomain.Crafts;

namespace IkmDomain.Exports;

/// <summary>
/// One export figure: the value of goods a reporter (Indonesia by default) exported to a partner in
/// a period, optionally for one HS code and material, with the weight and quantity when known, and
/// always with the <see cref="Source"/> that published it.
/// </summary>
/// <remarks>
/// <para>The value is in US dollars and never negative: the constructor refuses anything else, so a
/// record that exists can be added up. Partner <see cref="CountryCode.World"/> means "all partners"
/// (UN Comtrade partner 0); a null <see cref="HsCode"/> means the source's whole handicraft basket (or
/// UN Comtrade's <c>TOTAL</c>).</para>
/// <para>Cross-field rules that loose data may break (partner equal to reporter, a period in the
/// future, a quantity without a unit, a material that does not fit the HS code) are checked by
/// <c>IkmDomain.Validation.ExportRecordValidator</c>.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(ExportRecordJsonConverter))]
public sealed partial record ExportRecord
{
    // FromHsCode scans the material catalogue; headings are few, so remember each answer.
    private static readonly ConcurrentDictionary<HsCode, CraftMaterial?> MaterialByHeading = new();

    private readonly CraftMaterial? _material;
    private readonly decimal? _netWeightKg;
    private readonly decimal? _quantity;
    private readonly string? _quantityUnit;
    private readonly TradePeriod _period;
    private readonly Money _value;
    private readonly ExportSource _source;

    /// <summary>Creates a record.</summary>
    /// <param name="period">The period the figure covers.</param>
    /// <param name="partner">The destination (<see cref="CountryCode.World"/> for all destinations).</param>
    /// <param name="value">The export value (free on board), in US dollars, zero or more.</param>
    /// <param name="source">Who published the figure.</param>
    /// <exception cref="ArgumentException">The value is not in US dollars, the period is <c>default</c>, or the source is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public ExportRecord(TradePeriod period, CountryCode partner, Money value, ExportSource source)
    {
        Period = period;
        Partner = partner;
        Value = value;
        Source = source;
    }

    /// <summary>The period the figure covers.</summary>
    /// <exception cref="ArgumentException">Set to <c>default(TradePeriod)</c>.</exception>
    public TradePeriod Period
    {
        get => _period;
        init => _period = value.IsDefault
            ? throw new ArgumentException("An export record needs a period (default(TradePeriod) is not one).", nameof(Period))
            : value;
    }

    /// <summary>The exporting country; Indonesia unless set.</summary>
    public CountryCode Reporter { get; init; } = CountryCode.Indonesia;

    /// <summary>The destination; <see cref="CountryCode.World"/> means all destinations together.</summary>
    public CountryCode Partner { get; init; }

    /// <summary>The HS code the figure is for, or null for the source's whole handicraft basket.</summary>
    public HsCode? HsCode { get; init; }

    /// <summary>
    /// The main material: as set, or else derived from <see cref="HsCode"/> when its heading belongs to
    /// exactly one <see cref="CraftMaterial"/> (4420 gives wood; 4602, shared by bamboo, rattan and
    /// natural fibre, gives null).
    /// </summary>
    public CraftMaterial? Material
    {
        get => _material ?? DeriveMaterial(HsCode);
        init => _material = value;
    }

    /// <summary>The export value (free on board) in US dollars; never negative.</summary>
    /// <exception cref="ArgumentException">Set to an amount in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative amount.</exception>
    public Money Value
    {
        get => _value;
        init
        {
            if (value.Currency != Currency.USD)
            {
                throw new ArgumentException($"Export values are in US dollars, not {value.Currency.Code} (convert with an ExchangeRate first).", nameof(Value));
            }

            if (value.Amount < 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(Value), value.Amount, "An export value cannot be negative.");
            }

            _value = value;
        }
    }

    /// <summary>The net weight in kilograms, when known; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative weight.</exception>
    public decimal? NetWeightKg
    {
        get => _netWeightKg;
        init => _netWeightKg = value < 0m
            ? throw new ArgumentOutOfRangeException(nameof(NetWeightKg), value, "A net weight cannot be negative.")
            : value;
    }

    /// <summary>The quantity in <see cref="QuantityUnit"/>, when known; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative quantity.</exception>
    public decimal? Quantity
    {
        get => _quantity;
        init => _quantity = value < 0m
            ? throw new ArgumentOutOfRangeException(nameof(Quantity), value, "A quantity cannot be negative.")
            : value;
    }

    /// <summary>The unit of <see cref="Quantity"/> as UN Comtrade abbreviates it (<c>u</c> items, <c>kg</c>, <c>m²</c>), or null; 1 to 16 characters, trimmed.</summary>
    /// <exception cref="ArgumentException">Set to empty or padded text or more than 16 characters.</exception>
    public string? QuantityUnit
    {
        get => _quantityUnit;
        init => _quantityUnit = value is not null && (value.Length is 0 or > 16 || value.Trim().Length != value.Length)
            ? throw new ArgumentException($"'{value}' is not a quantity unit: 1 to 16 characters with no leading or trailing white space.", nameof(QuantityUnit))
            : value;
    }

    /// <summary>Who published the figure (Kemenperin, Kemendag, BPS, UN Comtrade or a source you name).</summary>
    /// <exception cref="ArgumentException">Set to <c>default(ExportSource)</c>.</exception>
    public ExportSource Source
    {
        get => _source;
        init => _source = value.IsDefault
            ? throw new ArgumentException("An export record needs a source: figures of different sources must not be mixed.", nameof(Source))
            : value;
    }

    /// <summary>Where the figure was published (a citation or web address), if known.</summary>
    public string? Reference { get; init; }

    /// <summary>The material a heading belongs to when it belongs to exactly one, else null (cached per heading).</summary>
    internal static CraftMaterial? DeriveMaterial(HsCode? code)
    {
        if (code is not { } hs || hs.Heading is not { } heading)
        {
            return null;
        }

        return MaterialByHeading.GetOrAdd(heading, static h =>
        {
            var materials = CraftMaterial.FromHsCode(h);
            return materials.Count == 1 ? materials[0] : null;
        });
    }
}
