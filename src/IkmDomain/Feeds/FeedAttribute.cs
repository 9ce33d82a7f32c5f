using System.Text.Json.Serialization;

namespace IkmDomain.Feeds;

/// <summary>
/// A product attribute of a marketplace feed. The names follow the Google Merchant Center product
/// data specification (support.google.com/merchants/answer/7052112); the generator writes each as
/// the marketplace spells it (for Google, <see cref="AdditionalImageLink"/> is <c>additional_image_link</c>).
/// </summary>
/// <remarks>The numeric values are stable: they are stored in compiled user code.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<FeedAttribute>))]
public enum FeedAttribute
{
    /// <summary><c>id</c>: required, 1–50 characters, stable across feeds (answer/6324405).</summary>
    Id = 0,

    /// <summary><c>title</c>: required, at most 150 characters (answer/6324415).</summary>
    Title = 1,

    /// <summary><c>description</c>: required, 1–5000 characters (answer/6324468).</summary>
    Description = 2,

    /// <summary><c>link</c>: required, the product page, an absolute http(s) URL.</summary>
    Link = 3,

    /// <summary><c>image_link</c>: required, an absolute http(s) URL of at most 2000 characters (answer/6324350).</summary>
    ImageLink = 4,

    /// <summary><c>additional_image_link</c>: optional, repeatable, each at most 2000 characters (answer/6324370).</summary>
    AdditionalImageLink = 5,

    /// <summary><c>availability</c>: required, <c>in_stock</c>, <c>out_of_stock</c>, <c>preorder</c> or <c>backorder</c> (answer/6324448).</summary>
    Availability = 6,

    /// <summary><c>availability_date</c>: the date a preorder or backorder product becomes available (ISO 8601).</summary>
    AvailabilityDate = 7,

    /// <summary><c>price</c>: required, a number and an ISO 4217 code, for example <c>150000.00 IDR</c> (answer/6324371).</summary>
    Price = 8,

    /// <summary><c>sale_price</c>: optional, in the same format as <see cref="Price"/>.</summary>
    SalePrice = 9,

    /// <summary><c>brand</c>: at most 70 characters; required where the maker is also the merchant (answer/6324351).</summary>
    Brand = 10,

    /// <summary><c>gtin</c>: only when a real GTIN exists (answer/6324478).</summary>
    Gtin = 11,

    /// <summary><c>mpn</c>: at most 70 characters; never invent one (answer/6324482).</summary>
    Mpn = 12,

    /// <summary><c>identifier_exists</c>: <c>yes</c> or <c>no</c>; <c>no</c> fits handmade goods without identifiers (answer/6324478).</summary>
    IdentifierExists = 13,

    /// <summary><c>condition</c>: <c>new</c>, <c>refurbished</c> or <c>used</c>.</summary>
    Condition = 14,

    /// <summary><c>google_product_category</c>: a Google taxonomy ID or full path.</summary>
    GoogleProductCategory = 15,

    /// <summary><c>product_type</c>: at most 750 characters, repeatable, for example <c>Home &gt; Decor</c> (answer/6324406).</summary>
    ProductType = 16,

    /// <summary><c>material</c>: at most 200 characters; several materials are joined with <c>/</c> (answer/6324410).</summary>
    Material = 17,

    /// <summary><c>color</c>: at most 100 characters; several colours are joined with <c>/</c>.</summary>
    Color = 18,

    /// <summary><c>size</c>: at most 100 characters.</summary>
    Size = 19,

    /// <summary><c>item_group_id</c>: 1–50 characters, the same on all variants (answer/6324507).</summary>
    ItemGroupId = 20,

    /// <summary><c>shipping_weight</c>: a number and a unit, for example <c>3 kg</c>; plain numbers are kilograms (answer/6324503).</summary>
    ShippingWeight = 21,

    /// <summary><c>shipping_length</c>: plain numbers are centimetres (answer/6324498).</summary>
    ShippingLength = 22,

    /// <summary><c>shipping_width</c>: plain numbers are centimetres.</summary>
    ShippingWidth = 23,

    /// <summary><c>shipping_height</c>: plain numbers are centimetres.</summary>
    ShippingHeight = 24,

    /// <summary><c>gender</c>: <c>male</c>, <c>female</c> or <c>unisex</c>.</summary>
    Gender = 25,

    /// <summary><c>age_group</c>: <c>newborn</c>, <c>infant</c>, <c>toddler</c>, <c>kids</c> or <c>adult</c>.</summary>
    AgeGroup = 26,

    /// <summary><c>pattern</c>: at most 100 characters.</summary>
    Pattern = 27,

    /// <summary><c>mobile_link</c>: an absolute http(s) URL of the mobile product page.</summary>
    MobileLink = 28,

    /// <summary><c>custom_label_0</c>: at most 100 characters.</summary>
    CustomLabel0 = 29,

    /// <summary><c>custom_label_1</c>: at most 100 characters.</summary>
    CustomLabel1 = 30,

    /// <summary><c>custom_label_2</c>: at most 100 characters.</summary>
    CustomLabel2 = 31,

    /// <summary><c>custom_label_3</c>: at most 100 characters.</summary>
    CustomLabel3 = 32,

    /// <summary><c>custom_label_4</c>: at most 100 characters.</summary>
    CustomLabel4 = 33,

    /// <summary>
    /// Units in stock, an integer zero or more: TikTok Shop <c>skus[].inventory[].quantity</c> (at most
    /// 999,999), Shopee <c>seller_stock[].stock</c>. Members named <c>Quantity</c> or <c>StockQuantity</c> map to it.
    /// Google and Meta feeds do not write it.
    /// </summary>
    Quantity = 34,
}
