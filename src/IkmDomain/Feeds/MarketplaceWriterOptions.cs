using System;
using System.Collections.Generic;

namespace IkmDomain.Feeds;

/// <summary>
/// The caller's part of an API-body feed (TikTok Shop, Shopee): the platform ids that exist only in
/// the seller's account at run time, given per item through callbacks. Set it as
/// <see cref="FeedWriterOptions.MarketplaceOptions"/>. The subclasses are
/// <see cref="TikTokShopWriterOptions{T}"/> and <see cref="ShopeeWriterOptions{T}"/>.
/// </summary>
/// <remarks>
/// The writer calls each callback at most once per item and allocates nothing itself; what a callback
/// returns (a cached list of uploaded image ids, say) is the caller's. Callbacks must not return
/// invented ids: an item for which a required callback returns <see langword="null"/>, an empty text
/// or an empty list is skipped and reported (<see cref="FeedSkippedItem"/>, codes IKM455 and IKM462).
/// Instances are read, never changed, by writers; share one across threads when the callbacks allow it.
/// </remarks>
public abstract class MarketplaceWriterOptions
{
    private protected MarketplaceWriterOptions()
    {
    }
}

/// <summary>
/// TikTok Shop platform ids for <c>TFeeds.TikTokShopJson</c> and <c>TikTokShopJsonLines</c>, the body of
/// Partner API <c>POST /product/202309/products</c>. Ids are strings, as the API takes them.
/// </summary>
/// <typeparam name="T">The item type the feed is generated for.</typeparam>
/// <example>
/// <code>
/// var options = new FeedWriterOptions
/// {
///     MarketplaceOptions = new TikTokShopWriterOptions&lt;CraftProduct&gt;
///     {
///         CategoryId = p => categories.LeafFor(p),             // Get Categories: a leaf category id
///         MainImageUris = p => uploadedImages[p.Sku],          // Upload Image: the uri of each image
///         WarehouseId = _ => "7068517275539719942",            // Get Warehouse List
///     },
/// };
/// </code>
/// </example>
public sealed class TikTokShopWriterOptions<T> : MarketplaceWriterOptions
{
    /// <summary>
    /// <c>category_id</c>: the item's leaf category (Get Categories API; a non-leaf category is rejected by
    /// TikTok). Required: an item without one is skipped (IKM455).
    /// </summary>
    public required Func<T, string?> CategoryId { get; init; }

    /// <summary>
    /// <c>main_images[].uri</c>: the uris the Upload Image API returned for the item's images, main image
    /// first; 1 to 9 (<see cref="MarketplaceLimits.TikTokShop.MaxMainImages"/>). TikTok takes no outside
    /// URLs, so the item's own image links are not used. None: skipped (IKM455); more than 9: skipped (IKM452).
    /// </summary>
    public required Func<T, IReadOnlyList<string>?> MainImageUris { get; init; }

    /// <summary>
    /// <c>skus[].inventory[].warehouse_id</c>: the warehouse holding the stock (Get Warehouse List API).
    /// Required: an item without one is skipped (IKM455). The quantity is the item's stock member.
    /// </summary>
    public required Func<T, string?> WarehouseId { get; init; }

    /// <summary><c>brand_id</c> (Get Brands API), or <see langword="null"/> to send none; null or empty per item sends none.</summary>
    public Func<T, string?>? BrandId { get; init; }
}

/// <summary>
/// Shopee platform ids and choices for <c>TFeeds.ShopeeJson</c> and <c>ShopeeJsonLines</c>, the body of
/// Open Platform <c>v2.product.add_item</c>. Ids are integers, except uploaded image ids.
/// </summary>
/// <typeparam name="T">The item type the feed is generated for.</typeparam>
/// <example>
/// <code>
/// var options = new FeedWriterOptions
/// {
///     MarketplaceOptions = new ShopeeWriterOptions&lt;CraftProduct&gt;
///     {
///         CategoryId = p => 100644,                            // v2.product.get_category: a leaf category
///         ImageIds = p => uploadedImageIds[p.Sku],             // v2.media_space.upload_image
///         LogisticIds = _ => [8003],                           // v2.logistics.get_channel_list
///     },
/// };
/// </code>
/// </example>
public sealed class ShopeeWriterOptions<T> : MarketplaceWriterOptions
{
    /// <summary><c>category_id</c>: the item's leaf category (v2.product.get_category). Required: an item without one is skipped (IKM462).</summary>
    public required Func<T, long?> CategoryId { get; init; }

    /// <summary>
    /// <c>image.image_id_list</c>: the ids v2.media_space.upload_image returned for the item's images, main
    /// image first (Shopee takes files, not URLs). None: the item is skipped (IKM462). How many a shop may
    /// send is set per shop and category (v2.product.get_item_limit) and not checked here.
    /// </summary>
    public required Func<T, IReadOnlyList<string>?> ImageIds { get; init; }

    /// <summary>
    /// <c>logistic_info[].logistic_id</c>: the logistics channels to enable for the item
    /// (v2.logistics.get_channel_list), each written <c>{"logistic_id":N,"enabled":true}</c>. None: skipped (IKM462).
    /// </summary>
    public required Func<T, IReadOnlyList<long>?> LogisticIds { get; init; }

    /// <summary>
    /// <c>brand.brand_id</c> (v2.product.get_brand_list; 0 is Shopee's "No Brand"), written with the item's
    /// brand as <c>original_brand_name</c>; <see langword="null"/> (or null per item) sends no brand.
    /// </summary>
    public Func<T, long?>? BrandId { get; init; }

    /// <summary>
    /// Shopee Indonesia takes <c>original_price</c> in whole rupiah and rounds decimals itself. By default
    /// an IDR price with sen is skipped with a reason (IKM460), so no price changes unseen; set this to
    /// <see langword="true"/> to round it to the nearest rupiah (halves away from zero) instead.
    /// </summary>
    public bool RoundToWholeRupiah { get; init; }
}
