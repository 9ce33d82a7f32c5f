using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddBusinesses(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.NibMalformed, new(
            "'{PropertyName}' must be a NIB of exactly 13 digits; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa NIB 13 digit; '{PropertyValue}' bukan NIB."));
        table.Add(IkmErrorCodes.NpwpMalformed, new(
            "'{PropertyName}' must be an NPWP of 15 digits (99.999.999.9-999.999) or 16 digits; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa NPWP 15 digit (99.999.999.9-999.999) atau 16 digit; '{PropertyValue}' bukan NPWP."));
        table.Add(IkmErrorCodes.NpwpCheckDigit, new(
            "'{PropertyName}': the check digit of NPWP '{PropertyValue}' does not match; please check the number (the rule is unofficial, so this is a warning).",
            "'{PropertyName}': digit pemeriksa NPWP '{PropertyValue}' tidak cocok; mohon periksa kembali nomornya (aturan ini tidak resmi, jadi hanya peringatan)."));
        table.Add(IkmErrorCodes.NikMalformed, new(
            "'{PropertyName}' must be a 16-digit NIK with a district code and a real birth date; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa NIK 16 digit dengan kode kecamatan dan tanggal lahir yang benar; '{PropertyValue}' bukan NIK."));
        table.Add(IkmErrorCodes.KbliMalformed, new(
            "'{PropertyName}' must be a five-digit KBLI code (optionally /2020 or /2025); '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa kode KBLI lima digit (boleh diikuti /2020 atau /2025); '{PropertyValue}' bukan kode KBLI."));
        table.Add(IkmErrorCodes.PhoneNumberMalformed, new(
            "'{PropertyName}' must be an Indonesian mobile or landline number such as 0812-3456-7890 or (021) 555-1234; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa nomor ponsel atau telepon rumah Indonesia seperti 0812-3456-7890 atau (021) 555-1234; '{PropertyValue}' bukan nomor telepon yang sah."));
        table.Add(IkmErrorCodes.KbliMissing, new(
            "'{PropertyName}' must list at least one KBLI code.",
            "'{PropertyName}' harus memuat sedikitnya satu kode KBLI."));
        table.Add(IkmErrorCodes.KbliDuplicate, new(
            "'{PropertyName}' lists KBLI code {PropertyValue} more than once.",
            "'{PropertyName}' memuat kode KBLI {PropertyValue} lebih dari sekali."));
        table.Add(IkmErrorCodes.BusinessRegionLevel, new(
            "'{PropertyName}' must be a district (kecamatan) or village (desa/kelurahan) code; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa kode kecamatan atau desa/kelurahan; '{PropertyValue}' bukan."));
        table.Add(IkmErrorCodes.RegionNotInDirectory, new(
            "'{PropertyName}': region code '{PropertyValue}' is not in {RegionEdition}; it may be outdated.",
            "'{PropertyName}': kode wilayah '{PropertyValue}' tidak terdapat dalam {RegionEdition}; mungkin sudah tidak berlaku."));
        table.Add(IkmErrorCodes.EmailMalformed, new(
            "'{PropertyName}' must be an e-mail address such as nama@contoh.co.id; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa alamat surel seperti nama@contoh.co.id; '{PropertyValue}' bukan alamat surel."));
        table.Add(IkmErrorCodes.FoundedYearInFuture, new(
            "'{PropertyName}' {PropertyValue} is after the current year {CurrentYear}.",
            "'{PropertyName}' {PropertyValue} melewati tahun berjalan {CurrentYear}."));
        table.Add(IkmErrorCodes.WorkersNegative, new(
            "'{PropertyName}' must not be negative; it is {PropertyValue}.",
            "'{PropertyName}' tidak boleh negatif; nilainya {PropertyValue}."));
        table.Add(IkmErrorCodes.WorkersByGenderMismatch, new(
            "Male and female workers ({MaleWorkers} + {FemaleWorkers}) must add up to '{PropertyName}' ({PropertyValue}).",
            "Jumlah tenaga kerja laki-laki dan perempuan ({MaleWorkers} + {FemaleWorkers}) harus sama dengan '{PropertyName}' ({PropertyValue})."));
        table.Add(IkmErrorCodes.AmountNotRupiah, new(
            "'{PropertyName}' must be in rupiah (IDR) to apply the PP 7/2021 thresholds; it is {PropertyValue}.",
            "'{PropertyName}' harus dalam rupiah (IDR) agar batas PP 7/2021 dapat diterapkan; nilainya {PropertyValue}."));
        table.Add(IkmErrorCodes.AmountNegative, new(
            "'{PropertyName}' must not be negative; it is {PropertyValue}.",
            "'{PropertyName}' tidak boleh negatif; nilainya {PropertyValue}."));
        table.Add(IkmErrorCodes.DeclaredScaleContradictsCapital, new(
            "'{PropertyName}' is {DeclaredScale}, but a capital of {Capital} makes the business {ExpectedScale} (PP 7/2021 Art. 35).",
            "'{PropertyName}' tercatat {DeclaredScale}, padahal modal usaha {Capital} menjadikan usaha ini {ExpectedScale} (PP 7/2021 Pasal 35)."));
        table.Add(IkmErrorCodes.DeclaredScaleContradictsSales, new(
            "'{PropertyName}' is {DeclaredScale}, but annual sales of {AnnualSales} make the business {ExpectedScale} (PP 7/2021 Art. 35).",
            "'{PropertyName}' tercatat {DeclaredScale}, padahal hasil penjualan tahunan {AnnualSales} menjadikan usaha ini {ExpectedScale} (PP 7/2021 Pasal 35)."));
        table.Add(IkmErrorCodes.NpwpTaxpayerTypeMismatch, new(
            "'{PropertyName}' {PropertyValue} is an NPWP of taxpayer type '{TaxpayerType}', which does not fit the legal form {LegalForm}.",
            "'{PropertyName}' {PropertyValue} adalah NPWP jenis {TaxpayerType}, tidak sesuai dengan bentuk usaha {LegalForm}."));
        table.Add(IkmErrorCodes.CertificationExpiryBeforeIssue, new(
            "'{PropertyName}' {ExpiresOn} must be after the issue date {IssuedOn}.",
            "'{PropertyName}' {ExpiresOn} harus setelah tanggal terbit {IssuedOn}."));
        table.Add(IkmErrorCodes.CertificationExpired, new(
            "The certificate expired on {ExpiresOn} (checked on {Today}).",
            "Sertifikat sudah kedaluwarsa sejak {ExpiresOn} (diperiksa pada {Today})."));
        table.Add(IkmErrorCodes.CertificationIssuedInFuture, new(
            "'{PropertyName}' {IssuedOn} is after today ({Today}).",
            "'{PropertyName}' {IssuedOn} melewati tanggal hari ini ({Today})."));
        table.Add(IkmErrorCodes.BatikmarkLabelMissing, new(
            "A Batikmark must state its label colour: gold (tulis), white (cap) or silver (combination).",
            "Batikmark harus menyebut warna labelnya: emas (tulis), putih (cap) atau perak (kombinasi)."));
        table.Add(IkmErrorCodes.BatikmarkLabelNotBatikmark, new(
            "'{PropertyName}' is only for Batikmark certifications.",
            "'{PropertyName}' hanya untuk sertifikasi Batikmark."));
        table.Add(IkmErrorCodes.SentraNotVillage, new(
            "'{PropertyName}' must be a village (desa/kelurahan) code, since a sentra lies within one village (PP 29/2018); '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa kode desa/kelurahan, karena sentra berada dalam satu desa (PP 29/2018); '{PropertyValue}' bukan."));
        table.Add(IkmErrorCodes.SentraDuplicateMember, new(
            "'{PropertyName}' lists NIB {PropertyValue} more than once.",
            "'{PropertyName}' memuat NIB {PropertyValue} lebih dari sekali."));
    }
}
