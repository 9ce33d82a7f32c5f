namespace IkmDomain.Validation;

public static partial class IkmErrorCodes
{
    /// <summary>IKM101: the text is not an amount of money (see <see cref="Money.Parse(string, System.IFormatProvider?)"/>).</summary>
    public const string InvalidMoney = "IKM101";

    /// <summary>IKM102: the amount is not in the currency the rule expects.</summary>
    public const string WrongCurrency = "IKM102";

    /// <summary>IKM103: the amount is below zero.</summary>
    public const string NegativeMoney = "IKM103";

    /// <summary>IKM104: the amount has more decimals than its currency's ISO 4217 minor unit (IDR 10.005).</summary>
    public const string MoneyTooPrecise = "IKM104";
}
