using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddNotSet(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.ValueNotSet, new(
            "'{PropertyName}' is not set: it holds default({TypeName}), which is not a real {TypeName}. Give a real value, or leave an optional member empty (null).",
            "'{PropertyName}' belum diisi: isinya default({TypeName}), yang bukan {TypeName} yang sah. Isi dengan nilai yang benar, atau biarkan kosong (null) bila tidak wajib."));
        table.Add(IkmErrorCodes.ListItemNotSet, new(
            "'{PropertyName}' is not set: the list holds default({TypeName}), which is not a real {TypeName}. Remove the item or give its real value.",
            "'{PropertyName}' belum diisi: daftar ini memuat default({TypeName}), yang bukan {TypeName} yang sah. Hapus butir itu atau isi dengan nilai yang benar."));
    }
}
