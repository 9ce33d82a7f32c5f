using System.Globalization;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Tool;

/// <summary>The tool's wording for money that was written with more decimals than its currency has.</summary>
internal static class MoneyText
{
    /// <summary>Why the amount is suspicious (more decimals written than the currency's minor units), or null.</summary>
    public static string? TooManyDecimals(Money money)
    {
        var scale = money.Amount.Scale;
        var minor = money.Currency.MinorUnits;
        if (scale <= minor)
        {
            return null;
        }

        var amount = money.Amount.ToString(CultureInfo.InvariantCulture);
        return T(
            $"{amount} has {scale} decimals but {money.Currency.Code} has {minor}: the '.' is probably a thousands separator (write {amount.Replace(".", "", System.StringComparison.Ordinal)}).",
            $"{amount} memiliki {scale} desimal padahal {money.Currency.Code} hanya {minor}: tanda '.' kemungkinan pemisah ribuan (tulis {amount.Replace(".", "", System.StringComparison.Ordinal)}).");
    }
}
