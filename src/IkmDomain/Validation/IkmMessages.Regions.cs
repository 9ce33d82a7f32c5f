using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddRegions(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.RegionCodeMalformed, new(
            "'{PropertyName}' must be a Kemendagri region code such as 35.73 or 35.73.01.1001; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa kode wilayah Kemendagri seperti 35.73 atau 35.73.01.1001; '{PropertyValue}' bukan kode wilayah."));
        table.Add(IkmErrorCodes.RegionCodeUnknown, new(
            "'{PropertyName}': region code '{PropertyValue}' does not exist in {RegionEdition}.",
            "'{PropertyName}': kode wilayah '{PropertyValue}' tidak terdaftar dalam {RegionEdition}."));
        table.Add(IkmErrorCodes.RegionCodeWrongLevel, new(
            "'{PropertyName}' must be a code at the level {RegionLevel}; '{PropertyValue}' is a code at the level {ActualRegionLevel}.",
            "'{PropertyName}' harus berupa kode tingkat {RegionLevel}; '{PropertyValue}' adalah kode tingkat {ActualRegionLevel}."));
        table.Add(IkmErrorCodes.PostalCodeMalformed, new(
            "'{PropertyName}' must be a five-digit Indonesian postal code whose first digit (the postal zone) is 1-9; '{PropertyValue}' is not.",
            "'{PropertyName}' harus berupa kode pos lima digit dengan digit pertama (zona pos) 1-9; '{PropertyValue}' bukan kode pos."));
    }
}
