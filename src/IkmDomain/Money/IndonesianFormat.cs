using System.Globalization;

namespace IkmDomain;

/// <summary>
/// Indonesian number formatting, built in code rather than read from ICU, so rupiah text works the
/// same everywhere, including under <c>InvariantGlobalization=true</c>.
/// </summary>
/// <remarks>
/// Follows PUEBI (Pedoman Umum Ejaan Bahasa Indonesia, Permendikbud 50/2015, section on
/// <i>tanda titik</i> and <i>singkatan</i>): the full stop groups thousands, the comma marks
/// decimals, and the rupiah symbol is <c>Rp</c> with no full stop and no space before the amount
/// (<c>Rp1.300.000,00</c>; negative <c>-Rp1.300.000,00</c>). The same values as .NET's id-ID
/// culture with ICU, except that it never changes with the operating system's data.
/// </remarks>
/// <threadsafety>The instance is read-only; safe to share between threads.</threadsafety>
public static class IndonesianFormat
{
    /// <summary>
    /// A read-only <see cref="NumberFormatInfo"/> for Indonesian: group separator <c>.</c>, decimal
    /// separator <c>,</c>, currency symbol <c>Rp</c>, patterns <c>Rp1</c> and <c>-Rp1</c>, 2 currency
    /// decimals. Pass it as the provider: <c>money.ToString("C", IndonesianFormat.NumberFormat)</c>,
    /// <c>Money.Parse("Rp1.300.000,00", IndonesianFormat.NumberFormat)</c>.
    /// </summary>
    public static NumberFormatInfo NumberFormat { get; } = Create();

    private static NumberFormatInfo Create()
    {
        var nfi = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        nfi.CurrencySymbol = "Rp";
        nfi.CurrencyDecimalSeparator = ",";
        nfi.CurrencyGroupSeparator = ".";
        nfi.CurrencyGroupSizes = [3];
        nfi.CurrencyDecimalDigits = 2;
        nfi.CurrencyPositivePattern = 0; // Rp1
        nfi.CurrencyNegativePattern = 1; // -Rp1
        nfi.NumberDecimalSeparator = ",";
        nfi.NumberGroupSeparator = ".";
        nfi.NumberGroupSizes = [3];
        nfi.NumberDecimalDigits = 2;
        nfi.NumberNegativePattern = 1; // -1
        nfi.PercentDecimalSeparator = ",";
        nfi.PercentGroupSeparator = ".";
        nfi.PercentPositivePattern = 1; // 1%
        nfi.PercentNegativePattern = 1; // -1%
        nfi.NegativeSign = "-";
        nfi.PositiveSign = "+";
        nfi.NaNSymbol = "NaN";
        nfi.PositiveInfinitySymbol = "∞";
        nfi.NegativeInfinitySymbol = "-∞";
        return NumberFormatInfo.ReadOnly(nfi);
    }
}
