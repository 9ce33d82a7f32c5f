using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddMoneyInput(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.AmountHasTooManyDecimals, new(
            "'{PropertyName}' is written with {Decimals} decimals but {Currency} has {MinorUnits}: the '.' or ',' is probably a thousands separator (150.000 meaning 150,000); write the amount without separators or with the currency's decimals.",
            "'{PropertyName}' ditulis dengan {Decimals} desimal padahal {Currency} hanya {MinorUnits}: tanda '.' atau ',' kemungkinan pemisah ribuan (150.000 berarti seratus lima puluh ribu); tulis jumlahnya tanpa pemisah atau dengan desimal mata uangnya."));
    }
}
