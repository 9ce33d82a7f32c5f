using System;

namespace IkmDomain.Common;

/// <summary>
/// The one rule every parser of IkmDomain shares for the text around and inside a value:
/// <list type="bullet">
/// <item><b>Trimming</b>: only ASCII space (U+0020) and tab (U+0009) are trimmed from either end.
/// Every other character, including the Unicode spaces and line breaks that
/// <see cref="string.Trim()"/> removes (U+0085, U+00A0, U+2028, U+2029, …), NUL and invisible
/// characters (U+200B), makes the text invalid: a value read from a file or form must not silently
/// lose characters that the writer did not mean as padding.</item>
/// <item><b>Separators</b> (identifiers with a printed form only): spaces, dots and hyphen-minus
/// between digits are dropped, as the tax office's forms and python-stdnum do
/// (<c>02.183.241-5-123-000</c>, <c>8120 0001 23456</c>). A separator must stand between two digits:
/// <c>".123"</c>, <c>"123-"</c> and <c>"1..2"</c> are still read only when the rule of the type says so
/// (runs of separators between two digits are allowed: <c>"12 - 34"</c>).</item>
/// </list>
/// </summary>
internal static class IdentifierText
{
    /// <summary>The characters trimmed from both ends: ASCII space and tab.</summary>
    public static ReadOnlySpan<char> Padding => " \t";

    /// <summary>The separators identifiers drop between digits: space, dot, hyphen-minus.</summary>
    public static ReadOnlySpan<char> Separators => " .-";

    /// <summary>Trims ASCII spaces and tabs from both ends; nothing else.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => text.Trim(Padding);

    /// <summary>
    /// Trims (see <see cref="Trim"/>), then copies the ASCII digits into <paramref name="digits"/>,
    /// dropping spaces, dots and hyphens that stand between two digits.
    /// </summary>
    /// <returns>The number of digits, or -1 when the text holds anything else, a separator at either
    /// end, or more digits than <paramref name="digits"/> holds.</returns>
    public static int CollectDigits(ReadOnlySpan<char> text, Span<char> digits)
    {
        text = Trim(text);
        if (text.IsEmpty || !IsDigit(text[0]) || !IsDigit(text[^1]))
        {
            return -1;
        }

        var count = 0;
        foreach (var c in text)
        {
            if (IsDigit(c))
            {
                if (count == digits.Length)
                {
                    return -1;
                }

                digits[count++] = c;
            }
            else if (Separators.IndexOf(c) < 0)
            {
                return -1;
            }
        }

        return count;
    }

    /// <summary>
    /// True for characters a name must not hold because a reader cannot see them or they change how
    /// text around them reads: controls (NUL, U+0085), format characters (U+200B zero-width space,
    /// U+200E, U+202E bidirectional overrides, U+FEFF), surrogates, private use, unassigned code
    /// points, and line and paragraph separators (U+2028, U+2029).
    /// </summary>
    public static bool IsInvisibleOrControl(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.Control or
        System.Globalization.UnicodeCategory.Format or
        System.Globalization.UnicodeCategory.Surrogate or
        System.Globalization.UnicodeCategory.PrivateUse or
        System.Globalization.UnicodeCategory.OtherNotAssigned or
        System.Globalization.UnicodeCategory.LineSeparator or
        System.Globalization.UnicodeCategory.ParagraphSeparator;

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
