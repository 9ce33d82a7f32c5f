using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace IkmDomain.Tests.Crafts;

public class CraftProductPropertyTests
{
    [Property]
    public bool Any_SKU_is_accepted_exactly_when_it_follows_the_rule(NonNull<string> sku)
    {
        var text = sku.Get;
        var expected = text.Length is >= 1 and <= 50 && text.Trim() == text && !HasControl(text);
        try
        {
            return (CraftProductTests.Sample() with { Sku = text }).Sku == text && expected;
        }
        catch (ArgumentException ex) when (ex.ParamName == "Sku")
        {
            return !expected;
        }
    }

    [Property]
    public Property A_sale_price_is_accepted_exactly_when_it_is_positive_and_below_the_price() =>
        Prop.ForAll(IkmArbitraries.CraftProduct(), Gen.Choose(-10, 200).ToArbitrary(), (product, percent) =>
        {
            var sale = Money.Idr(decimal.Round(product.Price.Amount * percent / 100m));
            var expected = sale.Amount > 0 && sale.Amount < product.Price.Amount;
            try
            {
                return product.WithPrices(product.Price, sale).SalePrice == sale && expected;
            }
            catch (ArgumentException ex) when (ex.ParamName == "SalePrice")
            {
                return !expected;
            }
        });

    [Property]
    public Property Generated_products_equal_their_copies_and_hash_alike() =>
        Prop.ForAll(IkmArbitraries.CraftProduct(), p =>
        {
            var copy = p with { Materials = [.. p.Materials], ImageLinks = [.. p.ImageLinks] };
            return copy == p && copy.GetHashCode() == p.GetHashCode();
        });

    private static bool HasControl(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
