using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IkmDomain.Common;

namespace IkmDomain;

public readonly partial struct Money
{
    /// <summary>
    /// Parses money as machines and people write it:
    /// <c>"IDR 1300000.00"</c>, <c>"1300000.00 IDR"</c>, <c>"USD 1,300.50"</c>, <c>"US$776"</c>,
    /// <c>"Rp1.300.000,00"</c>, <c>"Rp 1.300.000"</c>, <c>"-Rp1.300.000,00"</c>, and with scale words
    /// <c>"Rp1,3 miliar"</c> (IDR 1,300,000,000), <c>"US$776 juta"</c>, <c>"USD 1.3 billion"</c>.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">
    /// The decimal and group separators to read the number with (<see cref="IndonesianFormat.NumberFormat"/>
    /// for <c>1.300.000,00</c>). When null: Indonesian separators after the rupiah symbol <c>Rp</c>,
    /// invariant ones (<c>1,300,000.00</c>) otherwise. The current culture is never used implicitly.
    /// </param>
    /// <returns>The amount, exactly as written (not rounded).</returns>
    /// <remarks>
    /// <para>
    /// The currency is an ISO 4217 code or a symbol (<c>Rp</c>, <c>Rp.</c>, <c>US$</c>, <c>€</c>,
    /// <c>¥</c>, <c>S$</c>, <c>RM</c>, <c>£</c>, …) before or after the number. A bare <c>$</c>
    /// names a dozen currencies, so it is accepted only through
    /// <see cref="Parse(string, Currency, IFormatProvider?)"/>.
    /// </para>
    /// <para>
    /// Group separators must separate groups of three digits, so <c>"Rp1.3"</c> is rejected rather
    /// than read as 1.3 or 13. Text that is not valid with the provider's separators but is the
    /// invariant machine form (<c>"IDR 1300000.00"</c>, a code before plain digits) is still read as
    /// such; text the provider can read is read the provider's way (<c>"IDR 1.300"</c> is 1,300 with
    /// <see cref="IndonesianFormat.NumberFormat"/>). Parse the machine form with a null provider.
    /// </para>
    /// <para>Scale words: <c>ribu</c>/<c>rb</c> (10³), <c>juta</c>/<c>jt</c> (10⁶),
    /// <c>miliar</c>/<c>milyar</c> (10⁹), <c>triliun</c> (10¹²), <c>thousand</c>, <c>million</c>,
    /// <c>billion</c> (10⁹, short scale), <c>trillion</c> (10¹²).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money; the message says which rule it broke.</exception>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses money with invariant rules; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money; the message says which rule it broke.</exception>
    public static Money Parse(string s) => Parse(s, (IFormatProvider?)null);

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var error = TryParseCore(s, provider, null, out var result);
        return error == ParseError.None ? result : throw ParseException(s, error, null);
    }

    /// <summary>
    /// Parses money whose currency is known: the text may omit it (<c>"1.300.000"</c>), write it as
    /// a code or symbol of the same currency, or use a bare <c>$</c> or <c>¥</c> that the currency's
    /// symbol ends with (<c>"$776"</c> with <see cref="Currency.USD"/>).
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="currency">The currency the amount is in.</param>
    /// <param name="provider">The separators (see <see cref="Parse(string, IFormatProvider?)"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money, or names a different currency.</exception>
    public static Money Parse(string s, Currency currency, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        var error = TryParseCore(s, provider, currency, out var result);
        return error == ParseError.None ? result : throw ParseException(s, error, currency);
    }

    /// <summary>Parses money in a known currency; see <see cref="Parse(string, Currency, IFormatProvider?)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="currency">The currency the amount is in.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money, or names a different currency.</exception>
    public static Money Parse(string s, Currency currency) => Parse(s, currency, null);

    /// <summary>Parses money (see <see cref="Parse(string, IFormatProvider?)"/>). Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">The separators.</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, provider, null, out result) == ParseError.None;
    }

    /// <summary>Parses money with invariant rules (see <see cref="Parse(string, IFormatProvider?)"/>). Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Money result) => TryParse(s, null, out result);

    /// <summary>Parses money (see <see cref="Parse(string, IFormatProvider?)"/>). Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The separators.</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        TryParseCore(s, provider, null, out result) == ParseError.None;

    /// <summary>Parses money in a known currency (see <see cref="Parse(string, Currency, IFormatProvider?)"/>). Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="currency">The currency the amount is in.</param>
    /// <param name="provider">The separators.</param>
    /// <param name="result">The amount, or <c>default</c> on failure.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, Currency currency, IFormatProvider? provider, out Money result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParseCore(s, provider, currency, out result) == ParseError.None;
    }

    private enum ParseError
    {
        None,
        Empty,
        NoCurrency,
        AmbiguousSymbol,
        CurrencyConflict,
        NoNumber,
        BadGrouping,
        TrailingText,
        TooLarge,
        Inexact,
    }

    /// <summary>The dash of a whole-amount price (<c>Rp150.000,-</c>): hyphen-minus, en dash or em dash.</summary>
    private static bool IsWholeAmountDash(char c) => c is '-' or '\u2013' or '\u2014';

    private static FormatException ParseException(ReadOnlySpan<char> s, ParseError error, Currency? currency)
    {
        var rule = error switch
        {
            ParseError.Empty => "the text is empty",
            ParseError.NoCurrency => "no currency: write an ISO 4217 code or a symbol (IDR 1300000.00, Rp1.300.000, US$776), or pass the currency explicitly",
            ParseError.AmbiguousSymbol => "the symbol is ambiguous ($ and ¥ name several currencies): write the code (USD 776) or pass the currency explicitly",
            ParseError.CurrencyConflict => $"the text names a different currency than the one given ({currency?.Code})",
            ParseError.NoNumber => "no amount: expected digits such as 1300000.00",
            ParseError.BadGrouping => "the group separators do not split the digits into groups of three (or the separators do not match the format provider: pass IndonesianFormat.NumberFormat for 1.300.000,00)",
            ParseError.TrailingText => "unexpected text after the amount (allowed: a scale word such as juta, miliar, million, billion, and a currency code or symbol)",
            ParseError.TooLarge => "the amount is outside the decimal range",
            ParseError.Inexact => "the amount has more decimals than a decimal holds exactly (at most 28 decimal places and 29 significant digits); it would be rounded",
            _ => "unrecognised text",
        };
        return new FormatException($"'{s.ToString()}' is not a money amount: {rule}.");
    }

    private static ParseError TryParseCore(ReadOnlySpan<char> s, IFormatProvider? provider, Currency? explicitCurrency, out Money result)
    {
        result = default;
        s = IdentifierText.Trim(s);
        if (s.IsEmpty)
        {
            return ParseError.Empty;
        }

        if (Gaps.Contains(s[0]) || Gaps.Contains(s[^1]))
        {
            return ParseError.TrailingText; // a no-break space is a gap between parts, never padding
        }

        var negative = false;
        var parenthesised = false;
        if (s[0] == '(' && s[^1] == ')')
        {
            parenthesised = true;
            s = IdentifierText.Trim(s[1..^1]);
        }

        if (TrySign(ref s))
        {
            negative = true;
        }

        // Currency before the number?
        var marker = MoneySymbols.MatchPrefix(s, out var markerLength);
        var markerBefore = marker.Kind != MoneySymbols.Kind.None;
        if (markerBefore)
        {
            s = s[markerLength..].TrimStart(Gaps);
            if (!negative && TrySign(ref s))
            {
                negative = true;
            }
        }

        // The number itself: the longest run of digits and separators.
        var nfi = provider is null
            ? (marker.IsRupiahSymbol ? IndonesianFormat.NumberFormat : NumberFormatInfo.InvariantInfo)
            : NumberFormatInfo.GetInstance(provider);
        var numberError = TryReadNumber(s, nfi, out var amount, out var consumed);
        if (numberError != ParseError.None && provider is not null && marker.Kind == MoneySymbols.Kind.Currency &&
            !marker.IsSymbol && !ReferenceEquals(nfi, NumberFormatInfo.InvariantInfo))
        {
            // The invariant machine form ("IDR 1300000.00": a code, digits, '.') is accepted when the
            // provider's separators cannot read it; when they can, the provider wins.
            var invariantError = TryReadNumber(s, NumberFormatInfo.InvariantInfo, out amount, out consumed);
            if (invariantError == ParseError.None && IsPlainInvariant(s[..consumed]))
            {
                numberError = ParseError.None;
            }
        }

        if (numberError != ParseError.None)
        {
            return numberError;
        }

        s = s[consumed..].TrimStart(Gaps);

        // Scale word (juta, miliar, billion, ...).
        var scaleLength = MoneySymbols.MatchScaleWord(s, out var scale);
        if (scaleLength > 0)
        {
            try
            {
                amount *= scale;
            }
            catch (OverflowException)
            {
                return ParseError.TooLarge;
            }

            s = s[scaleLength..].TrimStart(Gaps);
        }

        if (!markerBefore && !s.IsEmpty)
        {
            marker = MoneySymbols.MatchWhole(s);
            if (marker.Kind == MoneySymbols.Kind.None)
            {
                return ParseError.TrailingText;
            }

            s = default;
        }

        if (!s.IsEmpty)
        {
            return ParseError.TrailingText;
        }

        Currency currency;
        switch (marker.Kind)
        {
            case MoneySymbols.Kind.Currency:
                currency = marker.Currency;
                if (explicitCurrency is { } given && given != currency)
                {
                    return ParseError.CurrencyConflict;
                }

                break;
            case MoneySymbols.Kind.Ambiguous:
                if (explicitCurrency is not { } resolved)
                {
                    return ParseError.AmbiguousSymbol;
                }

                if (!resolved.Symbol.AsSpan().EndsWith(marker.Text, StringComparison.Ordinal))
                {
                    return ParseError.CurrencyConflict;
                }

                currency = resolved;
                break;
            default:
                if (explicitCurrency is not { } only)
                {
                    return ParseError.NoCurrency;
                }

                currency = only;
                break;
        }

        if (parenthesised)
        {
            negative = true; // accounting style: (Rp1.300.000)
        }

        result = new Money(negative ? -amount : amount, currency);
        return ParseError.None;
    }

    /// <summary>
    /// What may stand between the sign, symbol, number and scale word: ASCII space and tab, and the
    /// no-break spaces that .NET and ICU currency formatting put there (U+00A0, U+202F). The ends
    /// are trimmed by the shared rule (<see cref="IdentifierText"/>): ASCII space and tab only.
    /// </summary>
    private static ReadOnlySpan<char> Gaps => " \t\u00A0\u202F";

    private static bool TrySign(ref ReadOnlySpan<char> s)
    {
        if (!s.IsEmpty && (s[0] == '-' || s[0] == '\u2212'))
        {
            s = s[1..].TrimStart(Gaps);
            return true;
        }

        return false;
    }

    /// <summary>Digits with at most one '.', nothing else: the invariant machine form.</summary>
    private static bool IsPlainInvariant(ReadOnlySpan<char> number) =>
        !number.ContainsAnyExcept("0123456789.") && number.Count('.') <= 1;

    private static ParseError TryReadNumber(ReadOnlySpan<char> s, NumberFormatInfo nfi, out decimal amount, out int consumed)
    {
        amount = 0m;
        consumed = 0;
        var decimalSeparator = nfi.CurrencyDecimalSeparator;
        var groupSeparator = nfi.CurrencyGroupSeparator;
        if (decimalSeparator.Length == 0 || decimalSeparator == groupSeparator)
        {
            decimalSeparator = ".";
        }

        // Normalised digits for decimal.TryParse: "1300000.00".
        Span<char> digits = stackalloc char[64]; // the digits and '.', for numbers too long for the fast path
        var length = 0;
        var i = 0;
        var sawDecimal = false;
        var sawGroup = false;
        ulong mantissa = 0; // exact while there are at most 19 digits
        var scale = 0;
        var groupDigits = 0;   // digits since the last group separator
        var firstGroup = true; // still in the digits before the first separator
        var integerDigits = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if ((uint)(c - '0') <= 9)
            {
                if (length == digits.Length)
                {
                    return ParseError.TooLarge;
                }

                digits[length++] = c;
                i++;
                mantissa = unchecked((mantissa * 10) + (uint)(c - '0'));
                if (sawDecimal)
                {
                    scale++;
                }

                if (!sawDecimal)
                {
                    integerDigits++;
                    groupDigits++;
                }

                continue;
            }

            if (!sawDecimal && s[i..].StartsWith(decimalSeparator, StringComparison.Ordinal) &&
                i + decimalSeparator.Length < s.Length && (uint)(s[i + decimalSeparator.Length] - '0') <= 9)
            {
                if (integerDigits == 0 || (sawGroup && groupDigits != 3))
                {
                    return integerDigits == 0 ? ParseError.NoNumber : ParseError.BadGrouping;
                }

                if (length == digits.Length)
                {
                    return ParseError.TooLarge;
                }

                sawDecimal = true;
                digits[length++] = '.';
                i += decimalSeparator.Length;
                continue;
            }

            if (!sawDecimal && groupSeparator.Length > 0 && integerDigits > 0 &&
                s[i..].StartsWith(groupSeparator, StringComparison.Ordinal) &&
                i + groupSeparator.Length < s.Length && (uint)(s[i + groupSeparator.Length] - '0') <= 9)
            {
                if (firstGroup ? groupDigits > 3 : groupDigits != 3)
                {
                    return ParseError.BadGrouping;
                }

                firstGroup = false;
                sawGroup = true;
                groupDigits = 0;
                i += groupSeparator.Length;
                continue;
            }

            break;
        }

        if (integerDigits == 0)
        {
            return ParseError.NoNumber;
        }

        if (sawGroup && !sawDecimal && groupDigits != 3)
        {
            return ParseError.BadGrouping;
        }

        var digitCount = sawDecimal ? length - 1 : length;
        if (digitCount <= 19 && scale <= 28)
        {
            // The common case, without a second pass through decimal.TryParse.
            amount = new decimal((int)mantissa, (int)(mantissa >> 32), 0, false, (byte)scale);
        }
        else if (!ExactDecimal.TryParse(digits[..length], allowSign: false, allowExponent: false, out amount))
        {
            // Not rounded: the amount is kept exactly as written or rejected.
            return sawDecimal && integerDigits <= 28 ? ParseError.Inexact : ParseError.TooLarge;
        }

        // Price tags write whole amounts as "150.000,-" (also ".-" and a dash after the separator):
        // the sign closes a whole amount only, so "150.000,50-" stays an error.
        if (!sawDecimal && i + 1 < s.Length && (s[i] == ',' || s[i] == '.') && IsWholeAmountDash(s[i + 1]) &&
            (s[i].ToString() == decimalSeparator || s[i].ToString() == groupSeparator))
        {
            i += 2;
        }

        consumed = i;
        return ParseError.None;
    }
}
