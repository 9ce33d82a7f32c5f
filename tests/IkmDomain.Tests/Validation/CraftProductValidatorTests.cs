using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentValidation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IkmDomain.Tests.Crafts;

namespace IkmDomain.Tests.Validation;

public class CraftProductValidatorTests
{
    private static readonly CraftProductValidator Validator = new();

    // One bad value per rule, and the single code it must produce.
    public static readonly (string Name, Action<CraftProductInput> Break, string Code)[] Mutations =
    [
        ("sku missing", x => x.Sku = null, IkmErrorCodes.Required),
        ("sku empty", x => x.Sku = "", IkmErrorCodes.ProductSkuInvalid),
        ("sku too long", x => x.Sku = new string('S', 51), IkmErrorCodes.ProductSkuInvalid),
        ("title blank", x => x.Title = "   ", IkmErrorCodes.ProductTitleInvalid),
        ("description too long", x => x.Description = new string('d', 10_001), IkmErrorCodes.ProductDescriptionInvalid),
        ("no materials", x => x.Materials = [], IkmErrorCodes.ProductMaterialsEmpty),
        ("unknown material", x => x.Materials!.Add("plastik"), IkmErrorCodes.CraftMaterialUnknown),
        ("repeated material", x => x.Materials!.Add(x.Materials[0]), IkmErrorCodes.ProductMaterialDuplicated),
        ("unknown technique", x => x.Technique = "sablon", IkmErrorCodes.CraftTechniqueUnknown),
        ("zero price", x => x.Price = 0, IkmErrorCodes.ProductPriceInvalid),
        ("unknown currency", x => x.Currency = "RPH", IkmErrorCodes.ProductCurrencyUnknown),
        ("sale price equal to price", x => x.SalePrice = x.Price, IkmErrorCodes.ProductSalePriceInvalid),
        ("unknown availability", x => x.Availability = "mungkin", IkmErrorCodes.ProductAvailabilityUnknown),
        ("negative stock", x => x.StockQuantity = -1, IkmErrorCodes.ProductStockNegative),
        ("bad weight", x => x.Weight = "3 pounds", IkmErrorCodes.ProductWeightInvalid),
        ("bad dimensions", x => x.Dimensions = "30 x 20", IkmErrorCodes.ProductDimensionsInvalid),
        ("no images", x => x.ImageLinks = [], IkmErrorCodes.ProductImageCountInvalid),
        ("eleven images", x => x.ImageLinks = Enumerable.Range(1, 11).Select(i => (string?)$"https://cdn.example.id/{i}.jpg").ToList(), IkmErrorCodes.ProductImageCountInvalid),
        ("ftp image", x => x.ImageLinks![0] = "ftp://cdn.example.id/1.jpg", IkmErrorCodes.ProductImageLinkInvalid),
        ("relative link", x => x.Link = "/p/1", IkmErrorCodes.ProductLinkInvalid),
        ("brand too long", x => x.Brand = new string('b', 71), IkmErrorCodes.ProductBrandInvalid),
        ("brand missing", x => x.Brand = null, IkmErrorCodes.Required),
        ("bad GTIN check digit", x => x.Gtin = "4006381333932", IkmErrorCodes.GtinInvalid),
        ("reserved HS chapter", x => x.HsCode = "7700", IkmErrorCodes.HsCodeInvalid),
        ("bad region", x => x.OriginRegion = "00", IkmErrorCodes.ProductOriginRegionInvalid),
        ("short NIB", x => x.MakerNib = "12345", IkmErrorCodes.ProductMakerNibInvalid),
        ("unknown condition", x => x.Condition = "rusak", IkmErrorCodes.ProductConditionUnknown),
    ];

    public static TheoryData<int> MutationIndexes
    {
        get
        {
            var data = new TheoryData<int>();
            for (var i = 0; i < Mutations.Length; i++)
            {
                data.Add(i);
            }

            return data;
        }
    }

    [Property]
    public Property A_generated_input_is_valid_and_converts() =>
        Prop.ForAll(IkmArbitraries.CraftProductInput(), input =>
            Validator.Validate(input).IsValid && input.ToProduct().Sku == input.Sku);

    [Property(MaxTest = 20)]
    public Property Breaking_one_field_fails_exactly_that_rule() =>
        Prop.ForAll(IkmArbitraries.CraftProductInput(), Gen.Choose(0, Mutations.Length - 1).ToArbitrary(), (input, index) =>
        {
            var (name, breakIt, code) = Mutations[index];
            breakIt(input);
            var errors = Validator.Validate(input).Errors;
            return (errors.Count == 1 && errors[0].ErrorCode == code).Label($"{name}: {string.Join(", ", errors.Select(e => e.ErrorCode + " " + e.PropertyName))}");
        });

    [Theory]
    [MemberData(nameof(MutationIndexes))]
    public void Each_rule_has_an_example_that_fails_with_its_code(int index)
    {
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        var (name, breakIt, code) = Mutations[index];

        breakIt(input);

        var failure = Assert.Single(Validator.Validate(input).Errors);
        Assert.True(failure.ErrorCode == code, $"{name}: got {failure.ErrorCode}");
    }

    [Fact]
    public void Failure_names_the_property_and_attempted_value()
    {
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Gtin = "4006381333932";

        var failure = Validator.Validate(input).Errors.Single();

        Assert.Equal("Gtin", failure.PropertyName);
        Assert.Equal("4006381333932", failure.AttemptedValue);
        Assert.Contains("4006381333932", failure.ErrorMessage);
    }

    [Fact]
    public void Unknown_material_failure_points_at_the_list_item()
    {
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Materials = ["kayu", "plastik"];

        Assert.Equal("Materials[1]", Validator.Validate(input).Errors.Single().PropertyName);
    }

    [Fact]
    public void Messages_are_Indonesian_under_an_Indonesian_culture()
    {
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Weight = "3 pon";
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id-ID");
            Assert.StartsWith("'3 pon' bukan berat", Validator.Validate(input).Errors.Single().ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("in stock", Availability.InStock)]
    [InlineData("in_stock", Availability.InStock)]
    [InlineData("tersedia", Availability.InStock)]
    [InlineData("out of stock", Availability.OutOfStock)]
    [InlineData("pre-order", Availability.Preorder)]
    [InlineData("backorder", Availability.Backorder)]
    public void Availability_accepts_marketplace_and_Indonesian_spellings(string text, Availability expected)
    {
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Availability = text;

        Assert.True(Validator.Validate(input).IsValid);
        Assert.Equal(expected, input.ToProduct().Availability);
    }

    [Fact]
    public void Bekas_means_used()
    {
        var input = CraftProductInput.FromProduct(CraftProductTests.Sample());
        input.Condition = "bekas";

        Assert.Equal(Condition.Used, input.ToProduct().Condition);
    }

    [Fact]
    public void Every_crafts_code_is_in_the_4xx_range()
    {
        var codes = typeof(IkmErrorCodes).GetFields()
            .Where(f => f.IsLiteral && f.DeclaringType == typeof(IkmErrorCodes))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => c.StartsWith("IKM4", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(58, codes.Count); // 42, then IKM454, IKM455, IKM462 and IKM463 (TikTok Shop and Shopee writers), IKM480-481 (feed cells), IKM490-499 (feed value checks)
        Assert.All(Mutations, m => Assert.True(m.Code == IkmErrorCodes.Required || codes.Contains(m.Code)));
    }
}
