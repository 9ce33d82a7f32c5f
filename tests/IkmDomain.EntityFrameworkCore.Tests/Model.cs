using System;
using IkmDomain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IkmDomain.EntityFrameworkCore.Tests;

// The README's EF Core example (section "EF Core"): an entity with IkmDomain property types and a context
// whose ConfigureConventions makes the one call.
public sealed class Business
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public Nib Nib { get; set; }
    public Npwp? Npwp { get; set; }
    public Nik? OwnerNik { get; set; }
    public PhoneNumber? Phone { get; set; }
    public Kbli Kbli { get; set; }
    public RegionCode Region { get; set; }
    public PostalCode? PostalCode { get; set; }
    public Money Capital { get; set; }
    public Money? AnnualSales { get; set; }
}

public sealed class Product
{
    public int Id { get; set; }
    public string Sku { get; set; } = "";
    public CraftMaterial Material { get; set; }
    public CraftTechnique? Technique { get; set; }
    public Gtin? Gtin { get; set; }
    public HsCode HsCode { get; set; }
    public Weight? Weight { get; set; }
    public Dimensions? Dimensions { get; set; }
    public Money Price { get; set; }
    public RegionCode? Origin { get; set; }
    public IkmDomain.Common.FeedUrl? Link { get; set; }
}

public sealed class Shipment
{
    public int Id { get; set; }
    public CountryCode Destination { get; set; }
    public TradePeriod Period { get; set; }
    public ExportSource Source { get; set; }
    public Currency Currency { get; set; }
    public ExchangeRate? Rate { get; set; }
    public Money Value { get; set; }
}

public sealed class IkmDbContext(DbContextOptions<IkmDbContext> options) : DbContext(options)
{
    public DbSet<Business> Businesses => Set<Business>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<Shipment> Shipments => Set<Shipment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.AddIkmConventions();
}
