using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddCrafts(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.ProductSkuInvalid, new(
            "'{PropertyName}' must be 1 to 50 characters with no control characters and no leading or trailing space; '{PropertyValue}' is not.",
            "'{PropertyName}' harus 1 sampai 50 karakter tanpa karakter kontrol dan tanpa spasi di awal atau akhir; '{PropertyValue}' tidak memenuhi."));
        table.Add(IkmErrorCodes.ProductTitleInvalid, new(
            "'{PropertyName}' must not be blank and must be at most 255 characters.",
            "'{PropertyName}' tidak boleh kosong dan paling banyak 255 karakter."));
        table.Add(IkmErrorCodes.ProductDescriptionInvalid, new(
            "'{PropertyName}' must not be blank and must be at most 10,000 characters.",
            "'{PropertyName}' tidak boleh kosong dan paling banyak 10.000 karakter."));
        table.Add(IkmErrorCodes.ProductMaterialsEmpty, new(
            "'{PropertyName}' must list at least one material, the primary material first.",
            "'{PropertyName}' harus memuat paling sedikit satu bahan, bahan utama lebih dulu."));
        table.Add(IkmErrorCodes.CraftMaterialUnknown, new(
            "'{PropertyValue}' is not a known craft material (for example wood/kayu, rattan/rotan, ceramics/keramik).",
            "'{PropertyValue}' bukan bahan kerajinan yang dikenal (misalnya kayu, rotan, keramik)."));
        table.Add(IkmErrorCodes.ProductMaterialDuplicated, new(
            "'{PropertyName}' lists the same material more than once.",
            "'{PropertyName}' memuat bahan yang sama lebih dari sekali."));
        table.Add(IkmErrorCodes.CraftTechniqueUnknown, new(
            "'{PropertyValue}' is not a known craft technique (for example batik tulis, tenun ikat, ukir, anyam).",
            "'{PropertyValue}' bukan teknik kerajinan yang dikenal (misalnya batik tulis, tenun ikat, ukir, anyam)."));
        table.Add(IkmErrorCodes.ProductPriceInvalid, new(
            "'{PropertyName}' must be greater than zero.",
            "'{PropertyName}' harus lebih besar dari nol."));
        table.Add(IkmErrorCodes.ProductCurrencyUnknown, new(
            "'{PropertyValue}' is not an ISO 4217 currency code (for example IDR).",
            "'{PropertyValue}' bukan kode mata uang ISO 4217 (misalnya IDR)."));
        table.Add(IkmErrorCodes.ProductSalePriceInvalid, new(
            "'{PropertyName}' must be greater than zero and below the price.",
            "'{PropertyName}' harus lebih besar dari nol dan lebih rendah dari harga."));
        table.Add(IkmErrorCodes.ProductAvailabilityUnknown, new(
            "'{PropertyValue}' is not an availability: use in stock, out of stock, preorder or backorder.",
            "'{PropertyValue}' bukan status ketersediaan: gunakan in stock, out of stock, preorder atau backorder."));
        table.Add(IkmErrorCodes.ProductStockNegative, new(
            "'{PropertyName}' must be zero or more.",
            "'{PropertyName}' harus nol atau lebih."));
        table.Add(IkmErrorCodes.ProductWeightInvalid, new(
            "'{PropertyValue}' is not a weight: write a number and g or kg, with '.' for decimals, for example 250 g or 1.5 kg.",
            "'{PropertyValue}' bukan berat: tulis angka lalu g atau kg, dengan '.' untuk desimal, misalnya 250 g atau 1.5 kg."));
        table.Add(IkmErrorCodes.ProductDimensionsInvalid, new(
            "'{PropertyValue}' are not dimensions: write length x width x height in cm, for example 30 x 20 x 10 cm.",
            "'{PropertyValue}' bukan ukuran: tulis panjang x lebar x tinggi dalam cm, misalnya 30 x 20 x 10 cm."));
        table.Add(IkmErrorCodes.ProductImageCountInvalid, new(
            "'{PropertyName}' must hold 1 to 10 images.",
            "'{PropertyName}' harus memuat 1 sampai 10 gambar."));
        table.Add(IkmErrorCodes.ProductImageLinkInvalid, new(
            "Image link '{PropertyValue}' must be an absolute http or https URL.",
            "Tautan gambar '{PropertyValue}' harus berupa URL http atau https yang lengkap."));
        table.Add(IkmErrorCodes.ProductLinkInvalid, new(
            "'{PropertyName}' '{PropertyValue}' must be an absolute http or https URL.",
            "'{PropertyName}' '{PropertyValue}' harus berupa URL http atau https yang lengkap."));
        table.Add(IkmErrorCodes.ProductBrandInvalid, new(
            "'{PropertyName}' must not be blank and must be at most 70 characters; Google requires a brand for handmade goods.",
            "'{PropertyName}' tidak boleh kosong dan paling banyak 70 karakter; Google mewajibkan merek untuk barang buatan tangan."));
        table.Add(IkmErrorCodes.GtinInvalid, new(
            "'{PropertyValue}' is not a GTIN: it needs 8, 12, 13 or 14 digits and a correct GS1 check digit.",
            "'{PropertyValue}' bukan GTIN: harus 8, 12, 13 atau 14 digit dengan digit periksa GS1 yang benar."));
        table.Add(IkmErrorCodes.HsCodeInvalid, new(
            "'{PropertyValue}' is not an HS code: use 2, 4, 6, 8 or 10 digits, plain or dotted (4420.11.00).",
            "'{PropertyValue}' bukan kode HS: gunakan 2, 4, 6, 8 atau 10 digit, dengan atau tanpa titik (4420.11.00)."));
        table.Add(IkmErrorCodes.ProductOriginRegionInvalid, new(
            "'{PropertyValue}' is not a Kemendagri region code (for example 35.73 or 3573).",
            "'{PropertyValue}' bukan kode wilayah Kemendagri (misalnya 35.73 atau 3573)."));
        table.Add(IkmErrorCodes.ProductMakerNibInvalid, new(
            "'{PropertyValue}' is not a NIB: it must be 13 digits.",
            "'{PropertyValue}' bukan NIB: harus 13 digit."));
        table.Add(IkmErrorCodes.ProductConditionUnknown, new(
            "'{PropertyValue}' is not a condition: use new, refurbished or used.",
            "'{PropertyValue}' bukan kondisi: gunakan new (baru), refurbished atau used (bekas)."));

        table.Add(IkmErrorCodes.GoogleTitleTooLong, new(
            "Google Merchant Center: '{PropertyName}' must be at most 150 characters.",
            "Google Merchant Center: '{PropertyName}' paling banyak 150 karakter."));
        table.Add(IkmErrorCodes.GoogleDescriptionTooLong, new(
            "Google Merchant Center: '{PropertyName}' is longer than 5000 characters and will be truncated.",
            "Google Merchant Center: '{PropertyName}' lebih dari 5000 karakter dan akan dipotong."));
        table.Add(IkmErrorCodes.GoogleDescriptionHtmlNotAllowed, new(
            "Google Merchant Center: '{PropertyName}' uses HTML tags Google does not allow; use DescriptionHtml.ToGoogleHtml.",
            "Google Merchant Center: '{PropertyName}' memakai tag HTML yang tidak diizinkan Google; gunakan DescriptionHtml.ToGoogleHtml."));
        table.Add(IkmErrorCodes.GoogleAvailabilityDateMissing, new(
            "Google Merchant Center: a preorder or backorder product needs an availability date.",
            "Google Merchant Center: produk preorder atau backorder memerlukan tanggal ketersediaan."));
        table.Add(IkmErrorCodes.GoogleWeightTooHeavy, new(
            "Google Merchant Center: the shipping weight must be at most 1000 kg.",
            "Google Merchant Center: berat pengiriman paling banyak 1000 kg."));
        table.Add(IkmErrorCodes.GoogleDimensionsOutOfRange, new(
            "Google Merchant Center: each shipping side must be 1 to 400 cm.",
            "Google Merchant Center: setiap sisi kemasan harus 1 sampai 400 cm."));
        table.Add(IkmErrorCodes.GoogleImageLinkInvalid, new(
            "Google Merchant Center: image links must be ASCII and at most 2000 characters.",
            "Google Merchant Center: tautan gambar harus ASCII dan paling banyak 2000 karakter."));
        table.Add(IkmErrorCodes.GoogleGtinRestrictedPrefix, new(
            "Google Merchant Center: GTIN '{PropertyValue}' has a restricted-circulation prefix (2, 02 or 04: in-store or company-internal numbers); Google accepts only globally valid GTINs, so leave the GTIN out.",
            "Google Merchant Center: GTIN '{PropertyValue}' berawalan untuk peredaran terbatas (2, 02 atau 04: nomor internal toko atau perusahaan); Google hanya menerima GTIN yang berlaku global, jadi kosongkan GTIN."));
        table.Add(IkmErrorCodes.GoogleGtinCouponPrefix, new(
            "Google Merchant Center: GTIN '{PropertyValue}' has a coupon prefix (05, 981-984 or 99); Google does not accept coupon numbers as GTINs.",
            "Google Merchant Center: GTIN '{PropertyValue}' berawalan kupon (05, 981-984 atau 99); Google tidak menerima nomor kupon sebagai GTIN."));
        table.Add(IkmErrorCodes.HsCodeNotInNomenclature, new(
            "'{PropertyValue}' is not in the HS 2022 nomenclature (8- and 10-digit codes are checked by their first six digits); codes split or deleted in 2022, such as 4420.10, no longer exist.",
            "'{PropertyValue}' tidak ada dalam nomenklatur HS 2022 (kode 8 dan 10 digit diperiksa dari enam digit pertamanya); kode yang dipecah atau dihapus pada 2022, seperti 4420.10, sudah tidak berlaku."));
        table.Add(IkmErrorCodes.MetaTitleTooLong, new(
            "Meta catalog: '{PropertyName}' must be at most 200 characters.",
            "Katalog Meta: '{PropertyName}' paling banyak 200 karakter."));
        table.Add(IkmErrorCodes.MetaDescriptionTooLong, new(
            "Meta catalog: '{PropertyName}' must be at most 9,999 characters.",
            "Katalog Meta: '{PropertyName}' paling banyak 9.999 karakter."));
        table.Add(IkmErrorCodes.MetaDescriptionNotPlainText, new(
            "Meta catalog: '{PropertyName}' must be plain text; use DescriptionHtml.ToPlainText.",
            "Katalog Meta: '{PropertyName}' harus teks biasa; gunakan DescriptionHtml.ToPlainText."));
        table.Add(IkmErrorCodes.TikTokTitleLength, new(
            "TikTok Shop: '{PropertyName}' must be 25 to 255 characters.",
            "TikTok Shop: '{PropertyName}' harus 25 sampai 255 karakter."));
        table.Add(IkmErrorCodes.TikTokPriceOutOfRange, new(
            "TikTok Shop: '{PropertyName}' must be in IDR, from Rp100 to Rp100,000,000.",
            "TikTok Shop: '{PropertyName}' harus dalam rupiah, dari Rp100 sampai Rp100.000.000."));
        table.Add(IkmErrorCodes.TikTokTooManyImages, new(
            "TikTok Shop: a product takes at most 9 images.",
            "TikTok Shop: satu produk paling banyak 9 gambar."));
        table.Add(IkmErrorCodes.TikTokDimensionsNotWhole, new(
            "TikTok Shop: package dimensions must be whole centimetres.",
            "TikTok Shop: ukuran kemasan harus bilangan bulat sentimeter."));
        table.Add(IkmErrorCodes.TikTokDescriptionHtmlNotAllowed, new(
            "TikTok Shop: '{PropertyName}' may use only the tags p, img, ul, ol, li, br, strong, b, i, em and u, not nested (li only inside ul or ol; strong, b, i, em, u and br only inside p or li).",
            "TikTok Shop: '{PropertyName}' hanya boleh memakai tag p, img, ul, ol, li, br, strong, b, i, em dan u, tanpa bersarang (li hanya di dalam ul atau ol; strong, b, i, em, u dan br hanya di dalam p atau li)."));
        table.Add(IkmErrorCodes.TikTokPlatformIdMissing, new(
            "TikTok Shop: '{PropertyName}' needs an id from TikTok Shop (category, warehouse or uploaded image uri) that was not supplied.",
            "TikTok Shop: '{PropertyName}' memerlukan id dari TikTok Shop (kategori, gudang atau uri gambar yang diunggah) yang tidak diberikan."));
        table.Add(IkmErrorCodes.ShopeePriceNotWholeRupiah, new(
            "Shopee: '{PropertyName}' must be a whole number of rupiah (IDR).",
            "Shopee: '{PropertyName}' harus rupiah tanpa desimal (IDR)."));
        table.Add(IkmErrorCodes.ShopeeDescriptionNotPlainText, new(
            "Shopee: '{PropertyName}' must be plain text; use DescriptionHtml.ToPlainText.",
            "Shopee: '{PropertyName}' harus teks biasa; gunakan DescriptionHtml.ToPlainText."));
        table.Add(IkmErrorCodes.ShopeePlatformIdMissing, new(
            "Shopee: '{PropertyName}' needs an id from Shopee (category, uploaded image id or logistics channel) that was not supplied.",
            "Shopee: '{PropertyName}' memerlukan id dari Shopee (kategori, id gambar yang diunggah atau saluran logistik) yang tidak diberikan."));
        table.Add(IkmErrorCodes.ShopeeDimensionsNotWhole, new(
            "Shopee: package dimensions must be whole centimetres.",
            "Shopee: ukuran kemasan harus bilangan bulat sentimeter."));
    }
}
