using System.Collections.Generic;

namespace IkmDomain.Validation;

public static partial class IkmMessages
{
    static partial void AddMoney(Dictionary<string, MessagePair> table)
    {
        table.Add(IkmErrorCodes.InvalidMoney, new(
            "'{PropertyName}' is not an amount of money: write it as 'IDR 1300000.00' or 'Rp1.300.000,00'.",
            "'{PropertyName}' bukan jumlah uang: tulis seperti 'IDR 1300000.00' atau 'Rp1.300.000,00'."));
        table.Add(IkmErrorCodes.WrongCurrency, new(
            "'{PropertyName}' must be in {Currency}.",
            "'{PropertyName}' harus dalam mata uang {Currency}."));
        table.Add(IkmErrorCodes.NegativeMoney, new(
            "'{PropertyName}' must not be negative.",
            "'{PropertyName}' tidak boleh negatif."));
        table.Add(IkmErrorCodes.MoneyTooPrecise, new(
            "'{PropertyName}' has more decimals than its currency allows (ISO 4217 minor unit).",
            "'{PropertyName}' memiliki lebih banyak desimal daripada yang diizinkan mata uangnya (satuan minor ISO 4217)."));
    }
}
