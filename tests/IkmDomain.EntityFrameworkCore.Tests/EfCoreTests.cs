using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IkmDomain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IkmDomain.EntityFrameworkCore.Tests;

/// <summary>The same tests on every database: values round-trip, queries translate to SQL (checked on the SQL text),
/// bad values in the database give errors naming the column, the value and the row's key.</summary>
public abstract class EfCoreTests
{
    private static readonly RegionCode Malang = RegionCode.Parse("35.73");

    protected abstract IDatabase Database { get; }

    private static Business NewBusiness(int id, string region, string nib, decimal capital, string currency = "IDR") => new()
    {
        Id = id,
        Name = "Usaha " + id,
        Nib = Nib.Parse(nib),
        Npwp = Npwp.Parse("01.234.567.8-901.000"),
        OwnerNik = Nik.Parse("3573011708900001"),
        Phone = PhoneNumber.Parse("+6281234567890"),
        Kbli = Kbli.Parse("16293"),
        Region = RegionCode.Parse(region),
        PostalCode = PostalCode.Parse("65145"),
        Capital = new Money(capital, Currency.FromCode(currency)),
        AnnualSales = id % 2 == 0 ? null : Money.Idr(2_500_000_000m),
    };

    private async Task<IkmDbContext> SeedAsync()
    {
        await using (var db = await Database.CreateContextAsync())
        {
            db.Businesses.AddRange(
                NewBusiness(1, "35.73.01.1001", "8120000123456", 250_000_000m),
                NewBusiness(2, "35.73.02", "9120000000001", 1_500_000_000m),
                NewBusiness(3, "35.78", "8120000123457", 40_000_000m),
                NewBusiness(4, "33.74.01", "0000000000042", 50_000m, "USD"),
                NewBusiness(5, "35.73", "1234567890123", 5_000_000_000m));
            db.Products.Add(new Product
            {
                Id = 1,
                Sku = "TOPENG-01",
                Material = CraftMaterial.Parse("kayu"),
                Technique = CraftTechnique.Parse("TENUN IKAT"),
                Gtin = Gtin.Parse("4006381333931"),
                HsCode = HsCode.Parse("4420.11"),
                Weight = Weight.FromGrams(1_500),
                Dimensions = Dimensions.Parse("30.5 x 20 x 10 cm"),
                Price = Money.Idr(150_000m),
                Origin = RegionCode.Parse("35.73.01"),
                Link = IkmDomain.Common.FeedUrl.Parse("https://example.id/p/topeng?warna=merah", null),
            });
            db.Shipments.Add(new Shipment
            {
                Id = 1,
                Destination = CountryCode.Parse("JP"),
                Period = TradePeriod.Parse("2024"),
                Source = ExportSource.Parse("Kemenperin"),
                Currency = Currency.USD,
                Rate = ExchangeRate.Parse("USD/IDR 16250"),
                Value = Money.Usd(776_000_000m),
            });
            await db.SaveChangesAsync();
        }

        return await Database.CreateContextAsync();
    }

    [Fact]
    public async Task Every_value_type_round_trips()
    {
        await using var db = await SeedAsync();
        var business = await db.Businesses.SingleAsync(b => b.Id == 1);
        Assert.Equal(NewBusiness(1, "35.73.01.1001", "8120000123456", 250_000_000m).Nib, business.Nib);
        Assert.Equal(Npwp.Parse("01.234.567.8-901.000"), business.Npwp);
        Assert.Equal(Nik.Parse("3573011708900001"), business.OwnerNik);
        Assert.Equal(PhoneNumber.Parse("+6281234567890"), business.Phone);
        Assert.Equal(Kbli.Parse("16293"), business.Kbli);
        Assert.Equal(RegionCode.Parse("35.73.01.1001"), business.Region);
        Assert.Equal(PostalCode.Parse("65145"), business.PostalCode);
        Assert.Equal(Money.Idr(250_000_000m), business.Capital);
        Assert.Equal(Money.Idr(2_500_000_000m), business.AnnualSales);
        Assert.Null((await db.Businesses.SingleAsync(b => b.Id == 2)).AnnualSales);

        var product = await db.Products.SingleAsync();
        Assert.Equal(CraftMaterial.Parse("kayu"), product.Material);
        Assert.Equal(CraftTechnique.Parse("TENUN IKAT"), product.Technique);
        Assert.Equal(Gtin.Parse("4006381333931"), product.Gtin);
        Assert.Equal(HsCode.Parse("4420.11"), product.HsCode);
        Assert.Equal(Weight.FromGrams(1_500), product.Weight);
        Assert.Equal(Dimensions.Parse("30.5 x 20 x 10 cm"), product.Dimensions);
        Assert.Equal(Money.Idr(150_000m), product.Price);
        Assert.Equal(RegionCode.Parse("35.73.01"), product.Origin);
        Assert.Equal("https://example.id/p/topeng?warna=merah", product.Link?.Text);

        var shipment = await db.Shipments.SingleAsync();
        Assert.Equal(CountryCode.Parse("JP"), shipment.Destination);
        Assert.Equal(TradePeriod.Parse("2024"), shipment.Period);
        Assert.Equal(ExportSource.Parse("Kemenperin"), shipment.Source);
        Assert.Equal(Currency.USD, shipment.Currency);
        Assert.Equal(ExchangeRate.Parse("USD/IDR 16250"), shipment.Rate);
        Assert.Equal(Money.Usd(776_000_000m), shipment.Value);
    }

    [Theory]
    [InlineData("150000")]
    [InlineData("1250.5")]
    [InlineData("0.01")]
    [InlineData("150000.00")]
    public async Task Money_reads_back_without_the_column_scale(string amount)
    {
        // A numeric(19,4) column hands 150000 back as 150000.0000; the amount is the same, but its text (and a feed
        // written from it) would gain the column's decimals, so the converter drops the trailing zeros it added.
        var written = Money.Idr(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture));
        await using (var db = await Database.CreateContextAsync())
        {
            db.Businesses.Add(NewBusiness(50, "35.73", "8120000000050", 1m));
            await db.SaveChangesAsync();
            db.Businesses.Single(b => b.Id == 50).Capital = written;
            await db.SaveChangesAsync();
        }

        await using var fresh = await Database.CreateContextAsync();
        var read = (await fresh.Businesses.SingleAsync(b => b.Id == 50)).Capital;

        Assert.Equal(written, read);
        Assert.Equal(written.ToString(), read.ToString());
        var significant = written.Amount / 1.000000000000000000000000000000000m;   // the written amount without trailing zeros
        Assert.True(read.Amount.Scale == significant.Scale, $"{read.Amount} carries the column's scale; expected {significant}");
    }

    [Fact]
    public async Task Region_descendants_are_one_range_in_sql()
    {
        await using var db = await SeedAsync();
        var regency = Malang;
        var query = db.Businesses.Where(b => IkmDbFunctions.IsInRegion(b.Region, regency)).OrderBy(b => b.Id);

        var sql = query.ToQueryString();
        Assert.Contains("CASE", sql, StringComparison.Ordinal);
        Assert.Contains(">=", sql, StringComparison.Ordinal);
        Assert.Contains("<=", sql, StringComparison.Ordinal);
        Assert.Equal([1, 2, 5], await query.Select(b => b.Id).ToListAsync());

        var province = RegionCode.Parse("35");
        Assert.Equal([1, 2, 3, 5], await db.Businesses.Where(b => IkmDbFunctions.IsInRegion(b.Region, province)).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync());
        var district = RegionCode.Parse("35.73.01");
        Assert.Equal([1], await db.Businesses.Where(b => IkmDbFunctions.IsInRegion(b.Region, district)).Select(b => b.Id).ToListAsync());
        var village = RegionCode.Parse("35.73.01.1001");
        Assert.Equal([1], await db.Businesses.Where(b => IkmDbFunctions.IsInRegion(b.Region, village)).Select(b => b.Id).ToListAsync());
        Assert.Equal(1, await db.Products.CountAsync(p => IkmDbFunctions.IsInRegion(p.Origin, regency)));
        Assert.Equal(0, await db.Products.CountAsync(p => IkmDbFunctions.IsInRegion(p.Origin, RegionCode.Parse("33"))));

        // The stored value is the ten-digit number, so plain comparisons order like the codes.
        var regionNumber = await db.Businesses.Where(b => b.Id == 2).Select(b => EF.Property<RegionCode>(b, nameof(Business.Region))).SingleAsync();
        Assert.Equal(3573020000L, regionNumber.ToNumber());
        Assert.Equal([5, 1, 2, 3], await db.Businesses.Where(b => b.Region >= regency).OrderBy(b => b.Region).Select(b => b.Id).ToListAsync());
    }

    [Fact]
    public async Task Equality_on_every_value_type_is_sql()
    {
        await using var db = await SeedAsync();
        var b1 = NewBusiness(1, "35.73.01.1001", "8120000123456", 250_000_000m);
        await AssertFinds(db.Businesses.Where(b => b.Nib == b1.Nib), 1, "Nib");
        await AssertFinds(db.Businesses.Where(b => b.Region == b1.Region), 1, "Region");
        await AssertFinds(db.Businesses.Where(b => b.Kbli == b1.Kbli && b.Id == 1), 1, "Kbli");
        await AssertFinds(db.Businesses.Where(b => b.Npwp == b1.Npwp && b.Id == 1), 1, "Npwp");
        await AssertFinds(db.Businesses.Where(b => b.OwnerNik == b1.OwnerNik && b.Id == 1), 1, "OwnerNik");
        await AssertFinds(db.Businesses.Where(b => b.Phone == b1.Phone && b.Id == 1), 1, "Phone");
        await AssertFinds(db.Businesses.Where(b => b.PostalCode == b1.PostalCode && b.Id == 1), 1, "PostalCode");
        await AssertFinds(db.Businesses.Where(b => b.Capital.Currency == Currency.USD), 4, "Capital_Currency");
        var capital = Money.Idr(40_000_000m);
        await AssertFinds(db.Businesses.Where(b => b.Capital == capital), 3, "Capital_Amount");

        var p = new { Material = CraftMaterial.Parse("wood"), Technique = CraftTechnique.Parse("tenun ikat"), Gtin = Gtin.Parse("4006381333931"), Hs = HsCode.Parse("442011"), Weight = Weight.FromKilograms(1.5m), Dimensions = Dimensions.Parse("30.5 x 20 x 10 cm") };
        await AssertFinds(db.Products.Where(x => x.Material == p.Material), 1, "Material");
        await AssertFinds(db.Products.Where(x => x.Technique == p.Technique), 1, "Technique");
        await AssertFinds(db.Products.Where(x => x.Gtin == p.Gtin), 1, "Gtin");
        await AssertFinds(db.Products.Where(x => x.HsCode == p.Hs), 1, "HsCode");
        await AssertFinds(db.Products.Where(x => x.Weight == p.Weight), 1, "Weight");
        await AssertFinds(db.Products.Where(x => x.Dimensions == p.Dimensions), 1, "Dimensions");
        var link = IkmDomain.Common.FeedUrl.Parse("https://example.id/p/topeng?warna=merah", null);
        await AssertFinds(db.Products.Where(x => x.Link == link), 1, "Link");

        var s = new { Country = CountryCode.Parse("jpn"), Period = TradePeriod.Parse("2024"), Source = ExportSource.Parse("kemenperin"), Rate = ExchangeRate.Parse("USD/IDR 16250") };
        await AssertFinds(db.Shipments.Where(x => x.Destination == s.Country), 1, "Destination");
        await AssertFinds(db.Shipments.Where(x => x.Period == s.Period), 1, "Period");
        await AssertFinds(db.Shipments.Where(x => x.Source == s.Source), 1, "Source");
        await AssertFinds(db.Shipments.Where(x => x.Currency == Currency.USD), 1, "Currency");
        await AssertFinds(db.Shipments.Where(x => x.Rate == s.Rate), 1, "Rate");

        // A value that is not there finds nothing (the tests above can fail).
        var other = Nib.Parse("8120000123457");
        Assert.Equal(3, await db.Businesses.Where(b => b.Nib == other).Select(b => b.Id).SingleAsync());
        Assert.Empty(await db.Products.Where(x => x.Material == CraftMaterial.Parse("glass")).ToListAsync());
    }

    [Fact]
    public async Task Nib_lookups_are_sql()
    {
        await using var db = await SeedAsync();
        var wanted = new[] { Nib.Parse("8120000123456"), Nib.Parse("1234567890123") };
        var query = db.Businesses.Where(b => wanted.Contains(b.Nib)).OrderBy(b => b.Id).Select(b => b.Id);
        Assert.Contains("\"Nib\"", query.ToQueryString(), StringComparison.Ordinal);
        Assert.Equal([1, 5], await query.ToListAsync());
    }

    [Fact]
    public async Task Money_by_currency_and_amount_range_is_sql()
    {
        await using var db = await SeedAsync();
        var query = db.Businesses
            .Where(b => b.Capital.Currency == Currency.IDR && b.Capital.Amount >= 50_000_000m && b.Capital.Amount < 2_000_000_000m)
            .OrderBy(b => b.Id)
            .Select(b => b.Id);
        var sql = query.ToQueryString();
        Assert.Contains("Capital_Currency", sql, StringComparison.Ordinal);
        Assert.Contains("Capital_Amount", sql, StringComparison.Ordinal);
        Assert.Equal([1, 2], await query.ToListAsync());

        var total = await db.Businesses.Where(b => b.Capital.Currency == Currency.IDR).SumAsync(b => b.Capital.Amount);
        Assert.Equal(6_790_000_000m, total);
        Assert.Equal(1, await db.Businesses.CountAsync(b => b.AnnualSales != null && b.Id == 1));
    }

    [Fact]
    public async Task A_bad_value_in_the_database_names_column_value_and_key()
    {
        await using var db = await SeedAsync();
        await db.Database.ExecuteSqlRawAsync("UPDATE \"Businesses\" SET \"Nib\" = '812000012345' WHERE \"Id\" = 3");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Businesses.AsNoTracking().OrderBy(b => b.Id).ToListAsync());
        var bad = Find<IkmDatabaseValueException>(error);
        Assert.Equal("Nib", bad.Column);
        Assert.Equal("812000012345", bad.Value);
        Assert.Equal("Id=3", bad.Key);
        Assert.Contains("'812000012345'", bad.Message, StringComparison.Ordinal);
        Assert.Contains("Id=3", bad.Message, StringComparison.Ordinal);
        Assert.Contains("Nib", bad.Message, StringComparison.Ordinal);

        // The other rows still read, and a projection names the column too.
        Assert.Equal(4, await db.Businesses.Where(b => b.Id != 3).CountAsync());
        var projected = await Assert.ThrowsAnyAsync<Exception>(() => db.Businesses.Where(b => b.Id == 3).Select(b => b.Nib).ToListAsync());
        Assert.Equal("Nib", Find<IkmDatabaseValueException>(projected).Column);

        await db.Database.ExecuteSqlRawAsync("UPDATE \"Businesses\" SET \"Region\" = 3573001001 WHERE \"Id\" = 2");
        var region = Find<IkmDatabaseValueException>(await Assert.ThrowsAnyAsync<Exception>(() => db.Businesses.AsNoTracking().Where(b => b.Id == 2).ToListAsync()));
        Assert.Equal(("Region", "3573001001", "Id=2"), (region.Column, region.Value, region.Key));
    }

    [Fact]
    public async Task Not_set_values_and_unstorable_amounts_are_refused_on_write()
    {
        await using var db = await Database.CreateContextAsync();
        var business = NewBusiness(10, "35.73", "8120000123456", 1m);
        business.Region = default;
        db.Businesses.Add(business);
        var error = Find<IkmDatabaseValueException>(await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync()));
        Assert.Equal("Region", error.Column);
        db.ChangeTracker.Clear();

        var noPostalCode = NewBusiness(13, "35.73", "8120000123456", 1m);
        noPostalCode.PostalCode = default(PostalCode);   // prints 00000, which is no postal code: "not set"
        db.Businesses.Add(noPostalCode);
        Assert.Equal("PostalCode", Find<IkmDatabaseValueException>(await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync())).Column);
        db.ChangeTracker.Clear();

        // Issue 16: default(Nib) printed 0000000000000 and was stored as if it were a NIB.
        var noNib = NewBusiness(14, "35.73", "8120000123456", 1m);
        noNib.Nib = default;
        db.Businesses.Add(noNib);
        Assert.Equal("Nib", Find<IkmDatabaseValueException>(await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync())).Column);
        db.ChangeTracker.Clear();

        var precise = NewBusiness(11, "35.73", "8120000123456", 1.23456m);
        db.Businesses.Add(precise);
        var amount = Find<IkmDatabaseValueException>(await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync()));
        Assert.Equal("Capital_Amount", amount.Column);
        Assert.Contains("1.23456", amount.Message, StringComparison.Ordinal);
        db.ChangeTracker.Clear();

        db.Businesses.Add(NewBusiness(12, "35.73", "8120000123456", 1.2345m));
        Assert.Equal(1, await db.SaveChangesAsync());
    }

    [Fact]
    public void A_converter_the_user_configures_is_kept()
    {
        var options = new DbContextOptionsBuilder<CustomContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new CustomContext(options);
        var nib = db.Model.FindEntityType(typeof(Business))!.FindProperty(nameof(Business.Nib))!;
        Assert.Equal(typeof(long), nib.GetValueConverter()!.ProviderClrType);
        var region = db.Model.FindEntityType(typeof(Business))!.FindProperty(nameof(Business.Region))!;
        Assert.IsType<RegionCodeNumberConverter>(region.GetValueConverter());
    }

    private sealed class CustomContext(DbContextOptions<CustomContext> options) : DbContext(options)
    {
        public DbSet<Business> Businesses => Set<Business>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
            configurationBuilder.AddIkmConventions();

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Business>().Property(b => b.Nib).HasConversion(n => long.Parse(n.ToString(), System.Globalization.CultureInfo.InvariantCulture), n => Nib.Parse(n.ToString("D13", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task AssertFinds<T>(IQueryable<T> query, int expectedId, string column)
        where T : class
    {
        var sql = query.ToQueryString();
        Assert.Contains($"\"{column}\" = ", sql, StringComparison.Ordinal);
        var found = await query.ToListAsync();
        var single = Assert.Single(found);
        Assert.Equal(expectedId, (int)typeof(T).GetProperty("Id")!.GetValue(single)!);
    }

    private static TException Find<TException>(Exception error)
        where TException : Exception
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is TException found)
            {
                return found;
            }
        }

        throw new Xunit.Sdk.XunitException($"Expected a {typeof(TException).Name} in the chain of: {error}");
    }
}

public sealed class SqliteEfCoreTests : EfCoreTests, IDisposable
{
    private readonly SqliteDatabase _database = new();

    protected override IDatabase Database => _database;

    public void Dispose() => _database.Dispose();
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresEfCoreTests(PostgresServer server) : EfCoreTests
{
    protected override IDatabase Database { get; } = new PostgresDatabase(server);
}
