namespace IkmDomain.Feeds;

/// <summary>
/// Every marketplace limit the library enforces, in one place: the generated feed writers check
/// items against these constants and the readiness validators (<c>IkmDomain.Validation</c>) use the
/// same constants, counting text the same way (<see cref="CountCharacters"/>: Unicode scalar values,
/// so an emoji is one character, not two UTF-16 units).
/// </summary>
public static class MarketplaceLimits
{
    /// <summary>
    /// The number of characters (Unicode scalar values) in <paramref name="value"/>: how every
    /// length limit here is counted. Invalid UTF-16 (a lone surrogate) counts as one character.
    /// </summary>
    /// <param name="value">The text; <see langword="null"/> has none.</param>
    /// <returns>The count.</returns>
    public static int CountCharacters(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether <paramref name="value"/> has at most <paramref name="maxCharacters"/> characters, counted as <see cref="CountCharacters"/> does (null fits).</summary>
    /// <param name="value">The text.</param>
    /// <param name="maxCharacters">The limit.</param>
    /// <returns><see langword="true"/> when within the limit.</returns>
    public static bool FitsLength(string? value, int maxCharacters)
    {
        if (value is null || value.Length <= maxCharacters)
        {
            return true;
        }

        // Only text longer in UTF-16 units than the limit needs counting: surrogate pairs are one character.
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            if (++count > maxCharacters)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Google Merchant Center product data specification (support.google.com/merchants/answer/7052112).</summary>
    public static class GoogleMerchant
    {
        /// <summary><c>id</c>: at most 50 characters (answer/6324405).</summary>
        public const int MaxIdLength = 50;

        /// <summary><c>title</c>: at most 150 characters (answer/6324415).</summary>
        public const int MaxTitleLength = 150;

        /// <summary><c>description</c>: at most 5000 characters (answer/6324468).</summary>
        public const int MaxDescriptionLength = 5000;

        /// <summary>Every link (<c>link</c>, <c>image_link</c>, <c>additional_image_link</c>, <c>mobile_link</c>): at most 2000 characters (answer/6324350).</summary>
        public const int MaxUrlLength = 2000;

        /// <summary><c>additional_image_link</c>: at most 10 (answer/6324370).</summary>
        public const int MaxAdditionalImages = 10;

        /// <summary><c>brand</c>: at most 70 characters (answer/6324351).</summary>
        public const int MaxBrandLength = 70;

        /// <summary><c>gtin</c>: at most 50 characters (answer/6324478).</summary>
        public const int MaxGtinLength = 50;

        /// <summary><c>mpn</c>: at most 70 characters (answer/6324482).</summary>
        public const int MaxMpnLength = 70;

        /// <summary><c>google_product_category</c>: at most 750 characters.</summary>
        public const int MaxGoogleProductCategoryLength = 750;

        /// <summary><c>product_type</c>: at most 750 characters (answer/6324406).</summary>
        public const int MaxProductTypeLength = 750;

        /// <summary><c>material</c>: at most 200 characters (answer/6324410).</summary>
        public const int MaxMaterialLength = 200;

        /// <summary><c>color</c>: at most 100 characters.</summary>
        public const int MaxColorLength = 100;

        /// <summary><c>size</c>: at most 100 characters.</summary>
        public const int MaxSizeLength = 100;

        /// <summary><c>item_group_id</c>: at most 50 characters (answer/6324507).</summary>
        public const int MaxItemGroupIdLength = 50;

        /// <summary><c>pattern</c>: at most 100 characters.</summary>
        public const int MaxPatternLength = 100;

        /// <summary><c>custom_label_0</c> to <c>custom_label_4</c>: at most 100 characters each.</summary>
        public const int MaxCustomLabelLength = 100;

        /// <summary><c>shipping_weight</c>: at most 1000 kg, here in grams (answer/6324503).</summary>
        public const long MaxShippingWeightGrams = 1_000_000;

        /// <summary><c>shipping_length</c>, <c>_width</c>, <c>_height</c>: at least 1 cm (answer/6324498).</summary>
        public const int MinShippingSideCm = 1;

        /// <summary><c>shipping_length</c>, <c>_width</c>, <c>_height</c>: at most 400 cm (answer/6324498).</summary>
        public const int MaxShippingSideCm = 400;
    }

    /// <summary>Meta (Facebook and Instagram) catalog (developers.facebook.com/docs/marketing-api/catalog/reference; Meta's data feed specifications).</summary>
    public static class MetaCatalog
    {
        /// <summary><c>id</c>: at most 100 characters.</summary>
        public const int MaxIdLength = 100;

        /// <summary><c>title</c>: at most 200 characters.</summary>
        public const int MaxTitleLength = 200;

        /// <summary><c>description</c>: at most 9,999 characters of plain text.</summary>
        public const int MaxDescriptionLength = 9_999;

        /// <summary><c>additional_image_link</c>: at most 20.</summary>
        public const int MaxAdditionalImages = 20;

        /// <summary>Links: Meta states no limit; the writers hold them to Google's 2000 characters, which every feed consumer accepts.</summary>
        public const int MaxUrlLength = 2000;
    }

    /// <summary>TikTok Shop Partner API, <c>POST /product/202309/products</c>, Indonesian rules.</summary>
    public static class TikTokShop
    {
        /// <summary><c>title</c>: at least 25 characters outside the US and UK.</summary>
        public const int MinTitleLength = 25;

        /// <summary><c>title</c>: at most 255 characters.</summary>
        public const int MaxTitleLength = 255;

        /// <summary><c>description</c>: at most 10,000 characters of HTML.</summary>
        public const int MaxDescriptionLength = 10_000;

        /// <summary><c>skus[].seller_sku</c>: at most 50 characters.</summary>
        public const int MaxSellerSkuLength = 50;

        /// <summary>The lowest price in Indonesia, in rupiah.</summary>
        public const long MinPriceRupiah = 100;

        /// <summary>The highest price in Indonesia, in rupiah.</summary>
        public const long MaxPriceRupiah = 100_000_000;

        /// <summary><c>main_images</c>: at least 1, uploaded first through the Upload Image API.</summary>
        public const int MinMainImages = 1;

        /// <summary><c>main_images</c>: at most 9.</summary>
        public const int MaxMainImages = 9;

        /// <summary><c>skus[].inventory[].quantity</c>: at most 999,999 set at one time, never negative.</summary>
        public const int MaxInventoryQuantity = 999_999;
    }

    /// <summary>schema.org <c>Product</c> JSON-LD (schema.org/Product; Google merchant listing structured data).</summary>
    public static class SchemaOrg
    {
        /// <summary>
        /// <c>image</c> and <c>offers.url</c>: at most 2,000 characters. schema.org sets no limit; this is
        /// Google Merchant Center's link limit (answer/7052112), since Google reads this markup for merchant listings.
        /// </summary>
        public const int MaxUrlLength = 2000;
    }
}
