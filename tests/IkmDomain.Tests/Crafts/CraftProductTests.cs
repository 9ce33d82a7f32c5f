using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class CraftProductTests
{
    internal static CraftProduct Sample() => new(
        "JPR-UKIR-001",
        "Ukiran Kayu Jati Jepara Motif Bunga, Panel Dinding 60 cm",
        "Panel dinding ukiran kayu jati, dikerjakan tangan oleh pengrajin Jepara.",
        [CraftMaterial.Wood],
        Money.Idr(1_250_000),
        [new Uri("https://cdn.example.id/ukir/1.jpg")],
        new Uri("https://toko.example.id/p/jpr-ukir-001"),
        "Sanggar Jati");

    [Fact]
    public void A_product_built_with_valid_members_keeps_them()
    {
        var product = Sample() with { Technique = CraftTechnique.Carving, Weight = Weight.FromGrams(3000) };

        Assert.Equal("JPR-UKIR-001", product.Sku);
        Assert.Equal(CraftMaterial.Wood, product.PrimaryMaterial);
        Assert.Equal("3 kg", product.Weight.ToString());
        Assert.False(product.IdentifierExists);
        Assert.Equal(Availability.InStock, product.Availability);
        Assert.Equal(Condition.New, product.Condition);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" SKU")]
    [InlineData("SKU\t1")]
    [InlineData("123456789012345678901234567890123456789012345678901")]
    public void Bad_SKU_throws_naming_Sku(string sku)
    {
        var ex = Assert.Throws<ArgumentException>(() => Sample() with { Sku = sku });

        Assert.Equal("Sku", ex.ParamName);
        Assert.Contains("50", ex.Message);
    }

    [Fact]
    public void Null_certifications_or_a_null_certification_throw_naming_Certifications()
    {
        var whole = Assert.Throws<ArgumentNullException>(() => Sample() with { Certifications = null! });
        var item = Assert.Throws<ArgumentNullException>(() => Sample() with { Certifications = [null!] });

        Assert.Equal("Certifications", whole.ParamName);
        Assert.Equal("Certifications", item.ParamName);
        Assert.Contains("must not contain null", item.Message);
    }

    [Fact]
    public void A_fifty_character_SKU_is_accepted()
    {
        Assert.Equal(50, (Sample() with { Sku = new string('A', 50) }).Sku.Length);
    }

    [Fact]
    public void Blank_title_throws_naming_Title()
    {
        Assert.Equal("Title", Assert.Throws<ArgumentException>(() => Sample() with { Title = "  " }).ParamName);
    }

    [Fact]
    public void Title_longer_than_255_throws_naming_Title()
    {
        Assert.Equal("Title", Assert.Throws<ArgumentException>(() => Sample() with { Title = new string('a', 256) }).ParamName);
    }

    [Fact]
    public void Description_longer_than_10000_throws_naming_Description()
    {
        Assert.Equal("Description", Assert.Throws<ArgumentException>(() => Sample() with { Description = new string('a', 10_001) }).ParamName);
    }

    [Fact]
    public void No_material_throws_naming_Materials()
    {
        Assert.Equal("Materials", Assert.Throws<ArgumentException>(() => Sample() with { Materials = [] }).ParamName);
    }

    [Fact]
    public void Repeated_material_throws_naming_Materials()
    {
        Assert.Equal("Materials", Assert.Throws<ArgumentException>(() => Sample() with { Materials = [CraftMaterial.Wood, CraftMaterial.Wood] }).ParamName);
    }

    [Fact]
    public void Zero_price_throws_naming_Price()
    {
        Assert.Equal("Price", Assert.Throws<ArgumentException>(() => Sample() with { Price = Money.Idr(0) }).ParamName);
    }

    [Fact]
    public void Sale_price_not_below_price_throws_naming_SalePrice()
    {
        Assert.Equal("SalePrice", Assert.Throws<ArgumentException>(() => Sample() with { SalePrice = Money.Idr(1_250_000) }).ParamName);
    }

    [Fact]
    public void Sale_price_in_another_currency_throws_naming_SalePrice()
    {
        var ex = Assert.Throws<ArgumentException>(() => Sample() with { SalePrice = Money.Usd(10) });

        Assert.Equal("SalePrice", ex.ParamName);
        Assert.Contains("currency", ex.Message);
    }

    [Fact]
    public void Lowering_the_price_below_the_sale_price_throws_naming_Price()
    {
        var onSale = Sample() with { SalePrice = Money.Idr(1_000_000) };

        Assert.Equal("Price", Assert.Throws<ArgumentException>(() => onSale with { Price = Money.Idr(900_000) }).ParamName);
    }

    [Fact]
    public void WithPrices_changes_both_prices_together()
    {
        var onSale = Sample() with { SalePrice = Money.Idr(1_000_000) };

        var cheaper = onSale.WithPrices(Money.Idr(900_000), Money.Idr(800_000));

        Assert.Equal(Money.Idr(900_000), cheaper.Price);
        Assert.Equal(Money.Idr(800_000), cheaper.EffectivePrice);
    }

    [Fact]
    public void No_image_throws_naming_ImageLinks()
    {
        Assert.Equal("ImageLinks", Assert.Throws<ArgumentException>(() => Sample() with { ImageLinks = [] }).ParamName);
    }

    [Fact]
    public void Eleven_images_throw_naming_ImageLinks()
    {
        var images = Enumerable.Range(1, 11).Select(i => new Uri($"https://cdn.example.id/{i}.jpg")).ToArray();

        Assert.Equal("ImageLinks", Assert.Throws<ArgumentException>(() => Sample() with { ImageLinks = images }).ParamName);
    }

    [Theory]
    [InlineData("ftp://cdn.example.id/1.jpg")]
    [InlineData("file:///c:/foto.jpg")]
    public void Non_http_image_throws_naming_ImageLinks(string uri)
    {
        Assert.Equal("ImageLinks", Assert.Throws<ArgumentException>(() => Sample() with { ImageLinks = [new Uri(uri)] }).ParamName);
    }

    [Fact]
    public void Relative_link_throws_naming_Link()
    {
        Assert.Equal("Link", Assert.Throws<ArgumentException>(() => Sample() with { Link = new Uri("/p/1", UriKind.Relative) }).ParamName);
    }

    [Fact]
    public void Brand_longer_than_70_throws_naming_Brand()
    {
        Assert.Equal("Brand", Assert.Throws<ArgumentException>(() => Sample() with { Brand = new string('b', 71) }).ParamName);
    }

    [Fact]
    public void Negative_stock_throws_naming_StockQuantity()
    {
        Assert.Equal("StockQuantity", Assert.Throws<ArgumentOutOfRangeException>(() => Sample() with { StockQuantity = -1 }).ParamName);
    }

    [Fact]
    public void A_GTIN_means_identifiers_exist()
    {
        Assert.True((Sample() with { Gtin = Gtin.FromDataDigits("899275310001") }).IdentifierExists);
    }

    [Fact]
    public void Products_with_equal_lists_are_equal()
    {
        var a = Sample() with { Materials = [CraftMaterial.Wood, CraftMaterial.Metal] };
        var b = Sample() with { Materials = [CraftMaterial.Wood, CraftMaterial.Metal] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Materials = [CraftMaterial.Metal, CraftMaterial.Wood] });
    }

    [Fact]
    public void Changing_the_list_passed_in_does_not_change_the_product()
    {
        var materials = new[] { CraftMaterial.Wood };
        var product = Sample() with { Materials = materials };

        materials[0] = CraftMaterial.Glass;

        Assert.Equal(CraftMaterial.Wood, product.PrimaryMaterial);
    }

    [Property]
    public Property Generated_products_round_trip_through_the_input() =>
        Prop.ForAll(IkmArbitraries.CraftProduct(), p => CraftProductInput.FromProduct(p).ToProduct() == p);
}

/// <summary>Issue 14 (newcomer): the product's own limits count characters as the feeds do (Unicode scalar values).</summary>
public class CraftProductTextLengthTests
{
    private const string Emoji = "\U0001F3A8"; // two UTF-16 units, one character

    [Fact]
    public void A_title_of_255_emoji_fits_like_it_fits_the_feeds()
    {
        var title = string.Concat(Enumerable.Repeat(Emoji, CraftProduct.MaxTitleLength));
        Assert.Equal(510, title.Length);
        Assert.True(MarketplaceLimits.FitsLength(title, CraftProduct.MaxTitleLength));
        Assert.Equal(title, (CraftProductTests.Sample() with { Title = title }).Title);
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Title = title;
        Assert.DoesNotContain(new CraftProductValidator().Validate(input).Errors, e => e.PropertyName == "Title");
    }

    [Fact]
    public void A_title_of_256_emoji_is_refused_everywhere_with_its_character_count()
    {
        var title = string.Concat(Enumerable.Repeat(Emoji, CraftProduct.MaxTitleLength + 1));
        Assert.False(MarketplaceLimits.FitsLength(title, CraftProduct.MaxTitleLength));
        var error = Assert.Throws<ArgumentException>(() => CraftProductTests.Sample() with { Title = title });
        Assert.Contains("it has 256", error.Message, StringComparison.Ordinal);
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Title = title;
        Assert.Contains(new CraftProductValidator().Validate(input).Errors, e => e.ErrorCode == IkmErrorCodes.ProductTitleInvalid);
    }

    [Fact]
    public void A_sku_of_50_emoji_is_50_characters()
    {
        Assert.Equal(50 * 2, (CraftProductTests.Sample() with { Sku = string.Concat(Enumerable.Repeat(Emoji, 50)) }).Sku.Length);
        Assert.Throws<ArgumentException>(() => CraftProductTests.Sample() with { Sku = string.Concat(Enumerable.Repeat(Emoji, 51)) });
    }
}
