using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddExports(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.ExportPartnerIsReporter, new(
            "'{PropertyName}' must differ from the reporter: a country cannot export to itself.",
            "'{PropertyName}' harus berbeda dari negara pelapor: suatu negara tidak dapat mengekspor ke dirinya sendiri."));
        table.Add(IkmErrorCodes.ExportReporterIsWorld, new(
            "'{PropertyName}' must be a country, not World (partner code 0 is for totals).",
            "'{PropertyName}' harus berupa negara, bukan Dunia (kode mitra 0 hanya untuk total)."));
        table.Add(IkmErrorCodes.ExportPeriodInFuture, new(
            "'{PropertyName}' ({PropertyValue}) lies in the future; export figures are for past periods.",
            "'{PropertyName}' ({PropertyValue}) berada di masa depan; angka ekspor hanya untuk periode yang sudah lewat."));
        table.Add(IkmErrorCodes.ExportQuantityUnitMismatch, new(
            "'{PropertyName}': a quantity needs its unit, and a unit needs a quantity.",
            "'{PropertyName}': jumlah harus disertai satuannya, dan satuan harus disertai jumlahnya."));
        table.Add(IkmErrorCodes.ExportMaterialMismatch, new(
            "'{PropertyName}' ({PropertyValue}) does not fit the record's HS heading.",
            "'{PropertyName}' ({PropertyValue}) tidak sesuai dengan pos tarif HS catatan ini."));
        table.Add(IkmErrorCodes.ExportZeroValueWithGoods, new(
            "'{PropertyName}' is zero although goods (weight or quantity) were shipped.",
            "'{PropertyName}' bernilai nol padahal ada barang (berat atau jumlah) yang dikirim."));
        table.Add(IkmErrorCodes.ExportHsCodeNotInNomenclature, new(
            "'{PropertyValue}' is not in the HS 2022 nomenclature (8- and 10-digit codes are checked by their first six digits); codes split or deleted in 2022, such as 4420.10, no longer exist.",
            "'{PropertyValue}' tidak ada dalam nomenklatur HS 2022 (kode 8 dan 10 digit diperiksa dari enam digit pertamanya); kode yang dipecah atau dihapus pada 2022, seperti 4420.10, sudah tidak berlaku."));
    }
}
