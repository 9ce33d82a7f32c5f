using System;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Businesses;

public class IkmBusinessTests
{
    private static IkmBusiness Sample() => new()
    {
        Nib = Nib.Parse("8120000123456"),
        Name = "CV Ukir Jepara Jaya",
        LegalForm = LegalForm.CV,
        Npwp = Npwp.Parse("02.183.241.5-123.000"),
        KbliCodes = [Kbli.Parse("16293"), Kbli.Parse("13133/2025")],
        Region = RegionCode.Parse("33.20.01"),
        StreetAddress = "Jl. Pemuda No. 1",
        PostalCode = PostalCode.Parse("59411"),
        Phone = PhoneNumber.Parse("0812-3456-7890"),
        Email = "info@ukirjepara.co.id",
        FoundedYear = 2015,
        Workers = 12,
        Capital = new Money(800_000_000, Currency.IDR),
        AnnualSales = new Money(2_500_000_000, Currency.IDR),
        DeclaredScale = UmkmScale.Micro,
        Materials = [CraftMaterial.Wood],
        Certifications =
        [
            new Certification { Kind = CertificationKind.Batikmark, Number = "BM-1", Issuer = "BBSPJIKB Yogyakarta", IssuedOn = new DateOnly(2024, 1, 2), BatikmarkLabel = BatikmarkLabel.Silver },
        ],
    };

    [Fact]
    public void Equal_when_list_items_are_equal()
    {
        Assert.Equal(Sample(), Sample());
        Assert.Equal(Sample().GetHashCode(), Sample().GetHashCode());
    }

    [Fact]
    public void Differs_when_a_list_item_differs()
    {
        Assert.NotEqual(Sample(), Sample() with { KbliCodes = [Kbli.Parse("16293")] });
    }

    [Fact]
    public void Scales_come_from_capital_sales_and_workers()
    {
        var business = Sample();

        Assert.Equal(UmkmScale.Micro, business.ScaleByCapital());
        Assert.Equal(UmkmScale.Small, business.ScaleByAnnualSales());
        Assert.Equal(IndustryClass.Small, business.ClassifyIndustry());
    }

    [Fact]
    public void Scales_are_null_without_rupiah_amounts()
    {
        var business = Sample() with { Capital = new Money(10, Currency.USD), AnnualSales = null };

        Assert.Null(business.ScaleByCapital());
        Assert.Null(business.ScaleByAnnualSales());
        Assert.Null(business.ClassifyIndustry());
    }

    [Fact]
    public void Null_list_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Sample() with { Materials = null! });
        Assert.Throws<ArgumentNullException>(() => Sample() with { Certifications = [null!] });
    }

    [Fact]
    public void Round_trips_through_JSON()
    {
        var business = Sample();

        var json = JsonSerializer.Serialize(business);
        var back = JsonSerializer.Deserialize<IkmBusiness>(json);

        Assert.Equal(business, back);
        Assert.Contains("\"Nib\":\"8120000123456\"", json);
        Assert.Contains("\"13133/2025\"", json);
    }

    [Property(MaxTest = 30)]
    public Property Generated_businesses_round_trip_through_JSON() =>
        Prop.ForAll(IkmArbitraries.IkmBusiness(), b => JsonSerializer.Deserialize<IkmBusiness>(JsonSerializer.Serialize(b)) == b);

    [Property(MaxTest = 30)]
    public Property Generated_businesses_declare_the_scale_their_capital_gives() =>
        Prop.ForAll(IkmArbitraries.IkmBusiness(), b => b.DeclaredScale == b.ScaleByCapital() && b.KbliCodes.Count > 0);
}
