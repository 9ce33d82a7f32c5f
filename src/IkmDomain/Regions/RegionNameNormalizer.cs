using System;
using System.Text;

namespace IkmDomain.Regions;

/// <summary>
/// Folds a place name to the ASCII form the search index compares: lower case, accents removed,
/// apostrophes dropped (Du'en = Duen), every other non-alphanumeric a single space, trimmed.
/// Built in code, so it behaves the same under every culture and with invariant globalization.
/// </summary>
internal static class RegionNameNormalizer
{
    /// <summary>Appends the folded form of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public static void Append(ReadOnlySpan<char> text, StringBuilder output)
    {
        var start = output.Length;
        var pendingSpace = false;
        foreach (var ch in text)
        {
            var folded = Fold(ch);
            if (folded == '\0')
            {
                continue;
            }

            if (folded == ' ')
            {
                pendingSpace = output.Length > start;
                continue;
            }

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }

            output.Append(folded);
        }
    }

    /// <summary>The folded form of <paramref name="text"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        Append(text, builder);
        return builder.ToString();
    }

    /// <summary>A letter or digit in lower-case ASCII; ' ' for a separator; '\0' for a character to drop.</summary>
    private static char Fold(char ch)
    {
        if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return ch;
        }

        if (ch is >= 'A' and <= 'Z')
        {
            return (char)(ch + 32);
        }

        // Apostrophes and similar marks join the word: Regapu'u, Regapu’u.
        if (ch is '\'' or '’' or '‘' or '`' or '´' or 'ʼ' or '"')
        {
            return '\0';
        }

        if (ch < 0xC0)
        {
            return ' ';
        }

        return ch switch
        {
            'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'Ā' or 'ā' or 'Ă' or 'ă' or 'Ą' or 'ą' => 'a',
            'Ç' or 'ç' or 'Ć' or 'ć' or 'Č' or 'č' => 'c',
            'Ď' or 'ď' or 'Đ' or 'đ' => 'd',
            'È' or 'É' or 'Ê' or 'Ë' or 'è' or 'é' or 'ê' or 'ë' or 'Ē' or 'ē' or 'Ė' or 'ė' or 'Ę' or 'ę' or 'Ě' or 'ě' => 'e',
            'Ì' or 'Í' or 'Î' or 'Ï' or 'ì' or 'í' or 'î' or 'ï' or 'Ī' or 'ī' or 'İ' or 'ı' => 'i',
            'Ñ' or 'ñ' or 'Ń' or 'ń' or 'Ň' or 'ň' => 'n',
            'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' or 'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'Ō' or 'ō' => 'o',
            'Ù' or 'Ú' or 'Û' or 'Ü' or 'ù' or 'ú' or 'û' or 'ü' or 'Ū' or 'ū' or 'Ů' or 'ů' => 'u',
            'Ý' or 'ý' or 'ÿ' or 'Ÿ' => 'y',
            'Š' or 'š' or 'Ś' or 'ś' or 'Ş' or 'ş' => 's',
            'Ž' or 'ž' or 'Ź' or 'ź' or 'Ż' or 'ż' => 'z',
            'ß' => 's',
            'Ğ' or 'ğ' => 'g',
            'Ł' or 'ł' => 'l',
            'Ř' or 'ř' => 'r',
            'Ť' or 'ť' => 't',
            '\u0300' or '\u0301' or '\u0302' or '\u0303' or '\u0308' or '\u030A' => '\0', // combining accents
            _ => char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ',
        };
    }
}
