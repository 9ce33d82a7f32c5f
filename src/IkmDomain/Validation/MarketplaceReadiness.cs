using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using IkmDomain.Crafts;
using IkmDomain.Feeds;

namespace IkmDomain.Validation;

/// <summary>
/// Answers "which of my products would this marketplace reject, and why?": the readiness validator
/// for each <see cref="Marketplace"/>, and a helper that runs it over a catalogue.
/// </summary>
/// <example>
/// <code>
/// foreach (var rejection in MarketplaceReadiness.FindRejected(products, Marketplace.GoogleMerchant))
///     Console.WriteLine($"{rejection.Product.Sku}: {string.Join("; ", rejection.Errors.Select(e => e.ErrorCode + " " + e.ErrorMessage))}");
/// </code>
/// </example>
/// <threadsafety static="true" instance="true"/>
public static class MarketplaceReadiness
{
    private static readonly GoogleMerchantReadinessValidator Google = new();
    private static readonly MetaCatalogReadinessValidator Meta = new();
    private static readonly TikTokShopReadinessValidator TikTok = new();
    private static readonly ShopeeReadinessValidator Shopee = new();
    private static readonly InlineValidator<CraftProduct> None = new();

    /// <summary>
    /// The readiness validator for <paramref name="marketplace"/>. schema.org and custom feeds add no
    /// rules beyond <see cref="CraftProduct"/>'s own invariants (price above zero, a name and an image).
    /// </summary>
    /// <param name="marketplace">The marketplace.</param>
    /// <returns>A shared, thread-safe validator.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined <see cref="Marketplace"/>.</exception>
    public static IValidator<CraftProduct> For(Marketplace marketplace) => marketplace switch
    {
        Marketplace.GoogleMerchant => Google,
        Marketplace.MetaCatalog => Meta,
        Marketplace.TikTokShop => TikTok,
        Marketplace.Shopee => Shopee,
        Marketplace.SchemaOrg or Marketplace.Custom => None,
        _ => throw new ArgumentOutOfRangeException(nameof(marketplace), marketplace, "Unknown marketplace."),
    };

    /// <summary>The products <paramref name="marketplace"/> would reject, each with its errors (warnings are left out).</summary>
    /// <param name="products">The catalogue.</param>
    /// <param name="marketplace">The marketplace.</param>
    /// <returns>One entry per rejected product, in catalogue order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="products"/> is null or holds null.</exception>
    public static IReadOnlyList<ProductRejection> FindRejected(IEnumerable<CraftProduct> products, Marketplace marketplace)
    {
        ArgumentNullException.ThrowIfNull(products);
        var validator = For(marketplace);
        var rejected = new List<ProductRejection>();
        foreach (var product in products)
        {
            ArgumentNullException.ThrowIfNull(product, nameof(products));
            var errors = validator.Validate(product).Errors.Where(e => e.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                rejected.Add(new ProductRejection(product, marketplace, errors));
            }
        }

        return rejected;
    }
}
