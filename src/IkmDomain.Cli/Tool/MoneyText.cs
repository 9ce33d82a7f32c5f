using System;
using System.Globalization;
using System.Linq;
using static IkmDomain.Cli.Tool.ToolText;

namespace IkmDomain.Cli.Tool;

/// <summary>
/// The tool's wording for money text the user typed: what is wrong with it in terms of what they wrote (the
/// separator they typed, the amount they meant) and the tool's options (<c>--culture id-ID</c>), never the
/// library's API names.
/// </summary>
internal static class MoneyText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>
    /// Why the amount cannot be money in its currency (more decimals written than the currency's minor units), or
    /// null. <paramref name="text"/> is what the user typed: a lone separator followed by three digits ("Rp 1,250")
    /// was probably meant to group thousands; otherwise the amount has too many decimals and the advice is the
    /// amount rounded, written with the user's decimal mark.
    /// </summary>
    public static string? TooManyDecimals(Money money, string text)
    {
        var scale = money.Amount.Scale;
        var minor = money.Currency.MinorUnits;
        if (scale <= minor)
        {
            return null;
        }

        var last = text.LastIndexOfAny(['.', ',']);
        var mark = last >= 0 ? text[last] : '.';
        var other = mark == '.' ? ',' : '.';
        var digitsAfter = last < 0 ? 0 : text[(last + 1)..].TakeWhile(char.IsAsciiDigit).Count();
        var lone = last >= 0 && text.IndexOf(mark, StringComparison.Ordinal) == last && !text.Contains(other, StringComparison.Ordinal);
        if (lone && digitsAfter == 3)
        {
            var whole = (money.Amount * 1000m).ToString("0", Inv);
            return T(
                $"read as {money.Currency.Code} {money.Amount.ToString(Inv)}, which has {scale} decimals but {money.Currency.Code} has {minor}; if the '{mark}' is a thousands separator, write {money.Currency.Code} {whole}.",
                $"terbaca {money.Currency.Code} {money.Amount.ToString(Inv)}, yang memiliki {scale} desimal padahal {money.Currency.Code} hanya {minor}; jika '{mark}' pemisah ribuan, tulis {money.Currency.Code} {whole}.");
        }

        var value = Math.Round(money.Amount, minor, MidpointRounding.AwayFromZero);
        var grouped = text.Contains(other, StringComparison.Ordinal);
        var format = new NumberFormatInfo { NumberDecimalSeparator = mark.ToString(), NumberGroupSeparator = other.ToString(), NegativeSign = "-" };
        var asWritten = value.ToString((grouped ? "N" : "F") + minor.ToString(Inv), format);
        return T(
            $"{scale} decimals after the '{mark}' but {money.Currency.Code} has {minor}: write at most {minor} (rounded: {asWritten}).",
            $"{scale} desimal setelah '{mark}' padahal {money.Currency.Code} hanya {minor}: tulis paling banyak {minor} (dibulatkan: {asWritten}).");
    }

    /// <summary>
    /// The library's reason why <paramref name="text"/> is not money, reworded for a tool user: its advice to pass
    /// a format provider becomes the tool's <c>--culture</c> option.
    /// </summary>
    public static string Reason(string libraryMessage, string text, bool indonesian)
    {
        // "pass the currency explicitly" is advice for Money.Parse's callers; ikm money has no currency option, so
        // the advice is the text with a code before it.
        var explicitly = libraryMessage.IndexOf("pass the currency explicitly", StringComparison.Ordinal);
        if (explicitly >= 0)
        {
            var dollar = text.Contains('$', StringComparison.Ordinal);
            var example = (dollar ? "USD " : "IDR ") + Clip(text.Trim().TrimStart('$', '¥').Trim(), 40);
            var before = libraryMessage[..explicitly].TrimEnd(' ', ',');
            before = before.EndsWith(" or", StringComparison.Ordinal) ? before[..^3].TrimEnd(' ', ',') : before;
            libraryMessage = before + T(
                $"; ikm money has no currency option, so write it in the text, for example ikm money \"{example}\"",
                $"; ikm money tidak punya opsi mata uang, jadi tulis di teksnya, misalnya ikm money \"{example}\"")
                + libraryMessage[(explicitly + "pass the currency explicitly".Length)..];
        }

        var at = libraryMessage.IndexOf(" (or the separators do not match the format provider", StringComparison.Ordinal);
        if (at < 0)
        {
            return libraryMessage;
        }

        var end = libraryMessage.IndexOf(')', at);
        var head = libraryMessage[..at];
        var tail = end >= 0 && end + 1 < libraryMessage.Length ? libraryMessage[(end + 1)..] : ".";
        indonesian |= text.TrimStart('-', ' ').StartsWith("Rp", StringComparison.OrdinalIgnoreCase);
        var hint = indonesian
            ? T(" (read the Indonesian way: '.' groups thousands in threes and ',' marks decimals, as in Rp1.300.000,50 or Rp1,3)",
                " (dibaca cara Indonesia: '.' memisahkan ribuan per tiga angka dan ',' desimal, seperti Rp1.300.000,50 atau Rp1,3)")
            : T(" (read with --culture invariant: ',' groups thousands and '.' marks decimals; for a decimal comma as in 1,5 or 1.300.000,50 use --culture id-ID)",
                " (dibaca dengan --culture invariant: ',' pemisah ribuan dan '.' desimal; untuk koma desimal seperti 1,5 atau 1.300.000,50 pakai --culture id-ID)");
        _ = text;
        return head + hint + tail;
    }
}
