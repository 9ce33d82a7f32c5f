namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    // Crafts and products (IKM4xx). IKM401–429: product rules; IKM430–469: marketplace readiness.

    /// <summary>IKM401: the SKU is not 1–50 characters without control characters or surrounding space (Google Merchant Center id, answer/6324405).</summary>
    public const string ProductSkuInvalid = "IKM401";

    /// <summary>IKM402: the title is blank or longer than 255 characters.</summary>
    public const string ProductTitleInvalid = "IKM402";

    /// <summary>IKM403: the description is blank or longer than 10,000 characters.</summary>
    public const string ProductDescriptionInvalid = "IKM403";

    /// <summary>IKM404: the product has no material.</summary>
    public const string ProductMaterialsEmpty = "IKM404";

    /// <summary>IKM405: a material is not in the <see cref="Classifications.CraftMaterial"/> catalogue.</summary>
    public const string CraftMaterialUnknown = "IKM405";

    /// <summary>IKM406: a material is listed twice.</summary>
    public const string ProductMaterialDuplicated = "IKM406";

    /// <summary>IKM407: the technique is not in the <see cref="Classifications.CraftTechnique"/> catalogue.</summary>
    public const string CraftTechniqueUnknown = "IKM407";

    /// <summary>IKM408: the price is not greater than zero (schema.org Offer price).</summary>
    public const string ProductPriceInvalid = "IKM408";

    /// <summary>IKM409: the currency is not an ISO 4217 code.</summary>
    public const string ProductCurrencyUnknown = "IKM409";

    /// <summary>IKM410: the sale price is not greater than zero and below the price.</summary>
    public const string ProductSalePriceInvalid = "IKM410";

    /// <summary>IKM411: the availability is not in stock, out of stock, preorder or backorder.</summary>
    public const string ProductAvailabilityUnknown = "IKM411";

    /// <summary>IKM412: the stock quantity is negative.</summary>
    public const string ProductStockNegative = "IKM412";

    /// <summary>IKM413: the weight is not a weight such as "250 g" or "1.5 kg".</summary>
    public const string ProductWeightInvalid = "IKM413";

    /// <summary>IKM414: the dimensions are not three sides in centimetres such as "30 x 20 x 10 cm".</summary>
    public const string ProductDimensionsInvalid = "IKM414";

    /// <summary>IKM415: the product has no image or more than 10.</summary>
    public const string ProductImageCountInvalid = "IKM415";

    /// <summary>IKM416: an image link is not an absolute http or https URI.</summary>
    public const string ProductImageLinkInvalid = "IKM416";

    /// <summary>IKM417: the product link is not an absolute http or https URI.</summary>
    public const string ProductLinkInvalid = "IKM417";

    /// <summary>IKM418: the brand is blank or longer than 70 characters (Google Merchant Center brand, answer/6324351).</summary>
    public const string ProductBrandInvalid = "IKM418";

    /// <summary>IKM419: the GTIN has the wrong length or check digit (GS1 General Specifications §7.9.1).</summary>
    public const string GtinInvalid = "IKM419";

    /// <summary>IKM420: the HS code is not 2, 4, 6, 8 or 10 digits in an existing chapter.</summary>
    public const string HsCodeInvalid = "IKM420";

    /// <summary>IKM421: the origin region is not a Kemendagri region code.</summary>
    public const string ProductOriginRegionInvalid = "IKM421";

    /// <summary>IKM422: the maker's NIB is not 13 digits.</summary>
    public const string ProductMakerNibInvalid = "IKM422";

    /// <summary>IKM423: the condition is not new, refurbished or used.</summary>
    public const string ProductConditionUnknown = "IKM423";

    /// <summary>IKM430: Google Merchant Center: the title is longer than 150 characters (answer/6324415).</summary>
    public const string GoogleTitleTooLong = "IKM430";

    /// <summary>IKM431 (warning): Google Merchant Center: the description is longer than 5000 characters and will be truncated (answer/6324468).</summary>
    public const string GoogleDescriptionTooLong = "IKM431";

    /// <summary>IKM432: Google Merchant Center: the description uses HTML tags Google does not allow (answer/6324468).</summary>
    public const string GoogleDescriptionHtmlNotAllowed = "IKM432";

    /// <summary>IKM433: Google Merchant Center: a preorder or backorder product needs an availability date (answer/6324448).</summary>
    public const string GoogleAvailabilityDateMissing = "IKM433";

    /// <summary>IKM434: Google Merchant Center: the shipping weight is above 1000 kg (answer/6324503).</summary>
    public const string GoogleWeightTooHeavy = "IKM434";

    /// <summary>IKM435: Google Merchant Center: a shipping side is outside 1–400 cm (answer/6324498).</summary>
    public const string GoogleDimensionsOutOfRange = "IKM435";

    /// <summary>IKM436: Google Merchant Center: an image link is longer than 2000 characters or not ASCII (answer/6324350).</summary>
    public const string GoogleImageLinkInvalid = "IKM436";

    /// <summary>IKM440: Meta catalog: the title is longer than 200 characters.</summary>
    public const string MetaTitleTooLong = "IKM440";

    /// <summary>IKM441: Meta catalog: the description is longer than 9,999 characters.</summary>
    public const string MetaDescriptionTooLong = "IKM441";

    /// <summary>IKM442: Meta catalog: the description contains HTML; Meta wants plain text.</summary>
    public const string MetaDescriptionNotPlainText = "IKM442";

    /// <summary>IKM450: TikTok Shop: the title is not 25–255 characters.</summary>
    public const string TikTokTitleLength = "IKM450";

    /// <summary>IKM451: TikTok Shop: the price is not in IDR between Rp100 and Rp100,000,000.</summary>
    public const string TikTokPriceOutOfRange = "IKM451";

    /// <summary>IKM452: TikTok Shop: the product has more than 9 images.</summary>
    public const string TikTokTooManyImages = "IKM452";

    /// <summary>IKM453: TikTok Shop: package dimensions must be whole centimetres.</summary>
    public const string TikTokDimensionsNotWhole = "IKM453";

    /// <summary>IKM454: TikTok Shop: the description uses tags TikTok does not allow (only p, img, ul, ol, li, br, strong, b, i, em, u) or nests them.</summary>
    public const string TikTokDescriptionHtmlNotAllowed = "IKM454";

    /// <summary>IKM455: TikTok Shop: a platform id the caller must supply (category, warehouse, uploaded image uri) is missing for the item.</summary>
    public const string TikTokPlatformIdMissing = "IKM455";

    /// <summary>IKM460: Shopee (Indonesia): the price is not a whole number of rupiah in IDR.</summary>
    public const string ShopeePriceNotWholeRupiah = "IKM460";

    /// <summary>IKM461: Shopee: the description contains HTML; Shopee wants plain text.</summary>
    public const string ShopeeDescriptionNotPlainText = "IKM461";

    /// <summary>IKM462: Shopee: a platform id the caller must supply (category, uploaded image id, logistics channel) is missing for the item.</summary>
    public const string ShopeePlatformIdMissing = "IKM462";

    /// <summary>IKM463: Shopee: package dimensions must be whole centimetres (<c>dimension</c> takes integers).</summary>
    public const string ShopeeDimensionsNotWhole = "IKM463";

    /// <summary>IKM470: Google Merchant Center: the GTIN has a restricted-circulation prefix (2, 02 or 04, read from its GTIN-13 form; answer/6286293).</summary>
    public const string GoogleGtinRestrictedPrefix = "IKM470";

    /// <summary>IKM471: Google Merchant Center: the GTIN has a coupon prefix (05, 981–984 or 99, read from its GTIN-13 form; answer/6286302).</summary>
    public const string GoogleGtinCouponPrefix = "IKM471";

    /// <summary>IKM472: the HS code does not exist in HS 2022 (8- and 10-digit national codes are checked by their 6-digit stem).</summary>
    public const string HsCodeNotInNomenclature = "IKM472";
}
