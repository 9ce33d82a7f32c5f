using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddFeedValues(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.FeedTextNotValidUtf16, new(
            "'{PropertyName}' holds invalid UTF-16 (a lone surrogate); the item is skipped rather than written with a replacement character.",
            "'{PropertyName}' berisi UTF-16 yang tidak sah (surrogate tunggal); item dilewati, tidak ditulis dengan karakter pengganti."));
        table.Add(IkmErrorCodes.FeedRequiredValueMissing, new(
            "'{PropertyName}' is required by the marketplace and is missing.",
            "'{PropertyName}' wajib bagi marketplace dan tidak diisi."));
        table.Add(IkmErrorCodes.FeedCurrencyNotTender, new(
            "'{PropertyName}' is in a currency code that is not legal tender (ISO 4217 funds, metals or testing codes such as XAU, XTS, XXX).",
            "'{PropertyName}' memakai kode mata uang yang bukan alat pembayaran sah (kode dana, logam mulia atau uji ISO 4217 seperti XAU, XTS, XXX)."));
        table.Add(IkmErrorCodes.FeedTextTooLong, new(
            "'{PropertyName}' is longer than the marketplace allows.",
            "'{PropertyName}' lebih panjang dari batas marketplace."));
        table.Add(IkmErrorCodes.FeedEnumValueUndefined, new(
            "'{PropertyName}' has a value the marketplace does not define.",
            "'{PropertyName}' bernilai yang tidak dikenal marketplace."));
        table.Add(IkmErrorCodes.FeedNumberNotWritable, new(
            "'{PropertyName}' is not a number the feed can write at its precision (NaN, infinite, negative, or rounds to zero).",
            "'{PropertyName}' bukan angka yang dapat ditulis feed pada presisinya (NaN, tak hingga, negatif, atau dibulatkan menjadi nol)."));
        table.Add(IkmErrorCodes.FeedTooManyValues, new(
            "'{PropertyName}' has more values than the marketplace takes.",
            "'{PropertyName}' berisi lebih banyak nilai dari yang diterima marketplace."));
        table.Add(IkmErrorCodes.FeedIdShared, new(
            "'{PropertyName}' is shared by several items; the marketplace drops them all.",
            "'{PropertyName}' dipakai beberapa item; marketplace membuang semuanya."));
        table.Add(IkmErrorCodes.FeedListValueHasComma, new(
            "'{PropertyName}' has a value with a comma in a list the feed joins with commas.",
            "'{PropertyName}' berisi nilai dengan koma dalam daftar yang digabung feed dengan koma."));
        table.Add(IkmErrorCodes.FeedItemRejected, new(
            "'{PropertyName}' broke a marketplace rule and the item was skipped.",
            "'{PropertyName}' melanggar aturan marketplace dan item dilewati."));
    }
}
