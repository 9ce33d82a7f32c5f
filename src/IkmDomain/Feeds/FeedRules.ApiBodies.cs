using System;
using System.Globalization;
using IkmDomain.Crafts;
using IkmDomain.Validation;

namespace IkmDomain.Feeds;

/// <content>
/// The per-item rules of the TikTok Shop and Shopee request-body writers. Where a readiness validator
/// (<c>MarketplaceReadiness</c>) checks the same rule, the problem carries its error code and both use
/// the same limits (<see cref="MarketplaceLimits.TikTokShop"/>) counted the same way.
/// </content>
public static partial class FeedRules
{
    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>TikTok Shop <c>title</c>: 25 to 255 characters outside the US and UK (IKM450), counted as <see cref="MarketplaceLimits.CountCharacters"/>.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The title; <see langword="null"/> passes (presence is checked apart).</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckTikTokShopTitle(string attribute, string? value)
    {
        if (value is null)
        {
            return FeedItemProblem.None;
        }

        var count = MarketplaceLimits.CountCharacters(value);
        return count is >= MarketplaceLimits.TikTokShop.MinTitleLength and <= MarketplaceLimits.TikTokShop.MaxTitleLength
            ? FeedItemProblem.None
            : new(attribute, "is " + Invariant(count) + " characters; TikTok Shop takes " + Invariant(MarketplaceLimits.TikTokShop.MinTitleLength)
                + " to " + Invariant(MarketplaceLimits.TikTokShop.MaxTitleLength) + " outside the US and UK") { Code = IkmErrorCodes.TikTokTitleLength };
    }

    /// <summary>
    /// TikTok Shop <c>description</c>: at most 10,000 characters, only the tags
    /// <see cref="DescriptionHtml.IsTikTokShopHtml"/> accepts (IKM454).
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The description; <see langword="null"/> passes.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckTikTokShopDescription(string attribute, string? value)
    {
        if (value is null)
        {
            return FeedItemProblem.None;
        }

        if (!MarketplaceLimits.FitsLength(value, MarketplaceLimits.TikTokShop.MaxDescriptionLength))
        {
            return TooLong(attribute, MarketplaceLimits.TikTokShop.MaxDescriptionLength);
        }

        return DescriptionHtml.IsTikTokShopHtml(value)
            ? FeedItemProblem.None
            : new(attribute, "uses tags TikTok Shop does not allow or nests them (only p, img, ul, ol, li, br, strong, b, i, em, u; li only in ul or ol; inline tags only in p or li)")
            { Code = IkmErrorCodes.TikTokDescriptionHtmlNotAllowed };
    }

    /// <summary>TikTok Shop <c>skus[].price</c> in Indonesia: IDR, Rp100 to Rp100,000,000 (IKM451).</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The price.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckTikTokShopPrice(string attribute, Money value) =>
        value.Currency == Currency.IDR && value.Amount is >= MarketplaceLimits.TikTokShop.MinPriceRupiah and <= MarketplaceLimits.TikTokShop.MaxPriceRupiah
            ? FeedItemProblem.None
            : new(attribute, "is " + value.ToString() + "; TikTok Shop Indonesia takes IDR from Rp" + Invariant(MarketplaceLimits.TikTokShop.MinPriceRupiah)
                + " to Rp" + Invariant(MarketplaceLimits.TikTokShop.MaxPriceRupiah)) { Code = IkmErrorCodes.TikTokPriceOutOfRange };

    /// <summary>
    /// Shopee Indonesia <c>original_price</c>: whole rupiah in IDR (IKM460). A price with sen is rounded to
    /// the nearest rupiah (halves away from zero) only when <paramref name="round"/> is set.
    /// </summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="value">The price.</param>
    /// <param name="round">Round sen instead of reporting them.</param>
    /// <param name="rupiah">The whole rupiah to write.</param>
    /// <returns><see cref="FeedItemProblem.None"/>, or the problem.</returns>
    public static FeedItemProblem CheckShopeePrice(string attribute, Money value, bool round, out long rupiah)
    {
        rupiah = 0;
        if (value.Currency != Currency.IDR)
        {
            return new(attribute, "is " + value.ToString() + "; Shopee Indonesia takes prices in IDR") { Code = IkmErrorCodes.ShopeePriceNotWholeRupiah };
        }

        var amount = value.Amount;
        if (amount != decimal.Truncate(amount))
        {
            if (!round)
            {
                return new(attribute, "is " + value.ToString() + " with sen; Shopee Indonesia takes whole rupiah (round the price, or set ShopeeWriterOptions.RoundToWholeRupiah to round it)")
                { Code = IkmErrorCodes.ShopeePriceNotWholeRupiah };
            }

            amount = decimal.Round(amount, 0, MidpointRounding.AwayFromZero);
        }

        if (amount <= 0 || amount > long.MaxValue)
        {
            return new(attribute, "is " + value.ToString() + "; Shopee takes a price above zero") { Code = IkmErrorCodes.ShopeePriceNotWholeRupiah };
        }

        rupiah = (long)amount;
        return FeedItemProblem.None;
    }

    /// <summary>The problem of an item for which the caller supplied no platform id.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it (<c>category_id</c>).</param>
    /// <param name="source">Where the id comes from (<c>TikTokShopWriterOptions.CategoryId</c>).</param>
    /// <param name="code">The error code (IKM455, IKM462).</param>
    /// <returns>"is missing: ... gave no id for this item".</returns>
    public static FeedItemProblem PlatformIdMissing(string attribute, string source, string code) =>
        new(attribute, "is missing: " + source + " gave no id for this item (platform ids come from the caller, never invented)") { Code = code };

    /// <summary>The problem of a write whose <see cref="FeedWriterOptions.MarketplaceOptions"/> is not the kind the writer needs.</summary>
    /// <param name="attribute">The first platform attribute (<c>category_id</c>).</param>
    /// <param name="expected">The options type (<c>TikTokShopWriterOptions&lt;CraftProduct&gt;</c>).</param>
    /// <param name="code">The error code (IKM455, IKM462).</param>
    /// <returns>"is missing: set FeedWriterOptions.MarketplaceOptions to ...".</returns>
    public static FeedItemProblem MarketplaceOptionsMissing(string attribute, string expected, string code) =>
        new(attribute, "is missing: set FeedWriterOptions.MarketplaceOptions to a " + expected + " that supplies the platform ids") { Code = code };

    /// <summary>The problem of a floating-point value that is NaN or infinite, which JSON cannot hold.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <returns>"is not a finite number".</returns>
    public static FeedItemProblem NotFinite(string attribute) => new(attribute, "is not a finite number (NaN or infinity)") { Code = IkmErrorCodes.FeedNumberNotWritable };

    /// <summary>The problem of a weight or measure that must be above zero.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <returns>"must be greater than zero".</returns>
    public static FeedItemProblem NotPositive(string attribute) => new(attribute, "must be greater than zero") { Code = IkmErrorCodes.FeedNumberNotWritable };

    /// <summary>The problem of a package side that is not a whole number of centimetres, or is negative.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="code">IKM453 (TikTok Shop) or IKM463 (Shopee).</param>
    /// <returns>"must be a whole number of centimetres, not negative".</returns>
    public static FeedItemProblem NotWholeCentimetres(string attribute, string code) =>
        new(attribute, "must be a whole number of centimetres, not negative") { Code = code };

    /// <summary>The problem of package dimensions given in part (TikTok Shop Indonesia: all three or none).</summary>
    /// <param name="attribute">The object (<c>package_dimensions</c>).</param>
    /// <returns>"needs length, width and height together, or none".</returns>
    public static FeedItemProblem DimensionsIncomplete(string attribute) => new(attribute, "needs length, width and height together, or none") { Code = IkmErrorCodes.ProductDimensionsInvalid };

    /// <summary>The problem of a stock quantity outside 0 to <paramref name="max"/>.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <param name="max">The largest quantity.</param>
    /// <returns>"must be 0 to N".</returns>
    public static FeedItemProblem QuantityOutOfRange(string attribute, long max) => new(attribute, "must be 0 to " + Invariant(max)) { Code = IkmErrorCodes.FeedNumberNotWritable };

    /// <summary>The problem of a negative stock quantity.</summary>
    /// <param name="attribute">The attribute as the marketplace spells it.</param>
    /// <returns>"must not be negative".</returns>
    public static FeedItemProblem NegativeQuantity(string attribute) => new(attribute, "must not be negative") { Code = IkmErrorCodes.ProductStockNegative };

    /// <summary>Whether a side in centimetres is whole and not negative.</summary>
    /// <param name="value">The side.</param>
    /// <returns><see langword="true"/> when whole and not negative.</returns>
    public static bool IsWholeCentimetres(decimal value) => value >= 0 && value == decimal.Truncate(value);

    /// <summary>Whether a side in centimetres is finite, whole and not negative.</summary>
    /// <param name="value">The side.</param>
    /// <returns><see langword="true"/> when whole and not negative.</returns>
    public static bool IsWholeCentimetres(double value) => double.IsFinite(value) && value >= 0 && value == Math.Truncate(value);

    /// <summary>Whether a side in centimetres is not negative (integers are whole).</summary>
    /// <param name="value">The side.</param>
    /// <returns><see langword="true"/> when not negative.</returns>
    public static bool IsWholeCentimetres(long value) => value >= 0;
}
