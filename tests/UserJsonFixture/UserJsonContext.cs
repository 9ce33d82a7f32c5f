using System.Collections.Generic;
using System.Text.Json.Serialization;
using IkmDomain;
using IkmDomain.Businesses;
using IkmDomain.Classifications;
using IkmDomain.Common;
using IkmDomain.Crafts;
using IkmDomain.Exports;
using IkmDomain.Regions;

namespace UserJsonFixture;

/// <summary>A user's DTO: every JSON-capable type of the library as a member.</summary>
public sealed class UserDto
{
    public Nib? Nib { get; set; }
    public Npwp? Npwp { get; set; }
    public Nik? Nik { get; set; }
    public Gtin? Gtin { get; set; }
    public Kbli? Kbli { get; set; }
    public HsCode? HsCode { get; set; }
    public Weight? Weight { get; set; }
    public Dimensions? Dimensions { get; set; }
    public PhoneNumber? Phone { get; set; }
    public PostalCode? PostalCode { get; set; }
    public RegionCode? Region { get; set; }
    public CraftMaterial? Material { get; set; }
    public CraftTechnique? Technique { get; set; }
    public Money? Price { get; set; }
    public Currency? Currency { get; set; }
    public ExchangeRate? Rate { get; set; }
    public CountryCode? Country { get; set; }
    public TradePeriod? Period { get; set; }
    public ExportSource? Source { get; set; }
    public FeedUrl? Link { get; set; }
    public Region? RegionRecord { get; set; }
    public PublishedFigure? Figure { get; set; }
    public HandicraftDestination? Destination { get; set; }
    public CraftProduct? Product { get; set; }
    public ExportRecord? Export { get; set; }
    public IkmBusiness? Business { get; set; }
    public Sentra? Sentra { get; set; }
    public Certification? Certification { get; set; }
    public Availability? Availability { get; set; }
    public LegalForm? LegalForm { get; set; }
    public UmkmScale? Scale { get; set; }
    public Dictionary<Nib, Money>? ByNib { get; set; }
}

/// <summary>The user's source-generated context.</summary>
[JsonSerializable(typeof(UserDto))]
public sealed partial class UserJsonContext : JsonSerializerContext;
