using System;

namespace IkmDomain;

/// <summary>Currency markers (codes, symbols) and scale words recognised when parsing money.</summary>
internal static class MoneySymbols
{
    internal enum Kind
    {
        None,
        Currency,
        Ambiguous,
    }

    internal readonly record struct Match(Kind Kind, Currency Currency, string Text, bool IsRupiahSymbol, bool IsSymbol = true);

    // Longest first, so "US$" wins over "$" and "Rp." over "Rp".
    private static readonly Match[] s_symbols = BuildSymbols();

    private static readonly (string Word, decimal Scale)[] s_scaleWords =
    [
        ("ribu", 1_000m), ("rb", 1_000m), ("juta", 1_000_000m), ("jt", 1_000_000m),
        ("miliar", 1_000_000_000m), ("milyar", 1_000_000_000m), ("triliun", 1_000_000_000_000m),
        ("thousand", 1_000m), ("million", 1_000_000m), ("billion", 1_000_000_000m), ("trillion", 1_000_000_000_000m),
    ];

    /// <summary>A code or symbol at the start of <paramref name="s"/>, not running into further letters.</summary>
    internal static Match MatchPrefix(ReadOnlySpan<char> s, out int length)
    {
        if (s.Length >= 3 && IsAsciiLetter(s[0]) && IsAsciiLetter(s[1]) && IsAsciiLetter(s[2]) &&
            (s.Length == 3 || !char.IsLetter(s[3])) &&
            Currency.TryFromCode(s[..3], out var currency))
        {
            length = 3;
            return new Match(Kind.Currency, currency, currency.Code, false, IsSymbol: false);
        }

        foreach (var symbol in s_symbols)
        {
            var text = symbol.Text;
            if (s.StartsWith(text, StringComparison.OrdinalIgnoreCase) &&
                !(char.IsLetter(text[^1]) && s.Length > text.Length && char.IsLetter(s[text.Length])))
            {
                length = text.Length;
                return symbol;
            }
        }

        length = 0;
        return default;
    }

    /// <summary>A code or symbol that is the whole of <paramref name="s"/>.</summary>
    internal static Match MatchWhole(ReadOnlySpan<char> s)
    {
        if (s.Length == 3 && Currency.TryFromCode(s, out var currency))
        {
            return new Match(Kind.Currency, currency, currency.Code, false, IsSymbol: false);
        }

        foreach (var symbol in s_symbols)
        {
            if (s.Equals(symbol.Text, StringComparison.OrdinalIgnoreCase))
            {
                return symbol;
            }
        }

        return default;
    }

    /// <summary>The length of a scale word (juta, billion, ...) at the start of <paramref name="s"/>, or 0.</summary>
    internal static int MatchScaleWord(ReadOnlySpan<char> s, out decimal scale)
    {
        var letters = 0;
        while (letters < s.Length && IsAsciiLetter(s[letters]))
        {
            letters++;
        }

        if (letters > 0)
        {
            var word = s[..letters];
            foreach (var (candidate, value) in s_scaleWords)
            {
                if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    scale = value;
                    return letters;
                }
            }
        }

        scale = 1m;
        return 0;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') < 26;

    private static Match[] BuildSymbols()
    {
        var list = new System.Collections.Generic.List<Match>();
        foreach (var currency in Currency.All)
        {
            if (currency.HasSymbol)
            {
                list.Add(new Match(Kind.Currency, currency, currency.Symbol, currency == Currency.IDR));
            }
        }

        // Spellings people use that are not the display symbol.
        list.Add(new Match(Kind.Currency, Currency.IDR, "Rp.", true));
        // A bare "$" names a dozen currencies: only an explicit currency resolves it.
        list.Add(new Match(Kind.Ambiguous, default, "$", false));
        list.Sort((a, b) => b.Text.Length.CompareTo(a.Text.Length));
        return list.ToArray();
    }
}
