using System.Globalization;
using System.Text.RegularExpressions;

namespace IkmDomain.Cli.Input;

/// <summary>
/// Reads the numbers of an Indonesian spreadsheet (<c>--culture id-ID</c>, or a <c>;</c> file): '.' groups
/// thousands and ',' is the decimal mark, so <c>1.200,5</c> is 1200.5 and <c>1.200</c> is 1200. Every CLI
/// cell kind that holds numbers goes through here: weights and dimensions (each number in the cell), whole
/// numbers (stock, workers), decimals (export quantities) and money (amounts in business and export records;
/// product prices are read by <see cref="CraftProductBinder"/> with the same rules).
/// </summary>
/// <remarks>
/// Only a number written exactly the Indonesian way is converted (groups of three after the first, at most one
/// decimal comma); anything else is left as written, so the library's parser reports it with its own rule
/// rather than the tool guessing (<c>1.2000</c> is not read as 12000).
/// </remarks>
internal static partial class IndonesianCells
{
    /// <summary>An Indonesian number (<c>1.200,5</c>, <c>1200,5</c>, <c>1.200</c>) as invariant text (<c>1200.5</c>); other text unchanged.</summary>
    public static string Number(string text) =>
        NumberRegex().IsMatch(text) ? text.Replace(".", "", System.StringComparison.Ordinal).Replace(',', '.') : text;

    /// <summary>Every number in a weight or dimensions cell converted (<c>1.200,5 g</c> → <c>1200.5 g</c>, <c>30 x 25,5 x 3 cm</c> → <c>30 x 25.5 x 3 cm</c>).</summary>
    public static string Measures(string text) => NumberRunRegex().Replace(text, m => Number(m.Value));

    /// <summary>An Indonesian whole number (<c>1.200</c>) or a plain one.</summary>
    public static bool TryInt(string text, out int value) =>
        int.TryParse(Number(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>An Indonesian decimal (<c>1.200,5</c>) or a plain one (<c>1200</c>).</summary>
    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(Number(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Money text read the Indonesian way (<c>Rp1.200.000,00</c>, <c>IDR 1.200.000</c>); false for text that is not money.</summary>
    public static bool TryMoney(string text, out Money money) => Money.TryParse(text, IndonesianFormat.NumberFormat, out money);

    [GeneratedRegex(@"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")]
    private static partial Regex NumberRegex();

    // A run of digits with the separators between them: "1.200,5" in "1.200,5 g", each number of "30 x 25,5 x 3".
    [GeneratedRegex(@"\d[\d.,]*\d|\d")]
    private static partial Regex NumberRunRegex();
}
