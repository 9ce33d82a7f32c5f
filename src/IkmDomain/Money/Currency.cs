using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using IkmDomain.Common;

namespace IkmDomain;

/// <summary>
/// A currency from ISO 4217 list one (the active currencies, funds and units), embedded in the
/// assembly: its three-letter <see cref="Code"/>, numeric <see cref="Number"/>,
/// <see cref="MinorUnits"/>, ISO <see cref="EnglishName"/> and a display <see cref="Symbol"/>;
/// or a recently withdrawn one (<see cref="IsWithdrawn"/>), kept so that old records still read.
/// </summary>
/// <remarks>
/// <para>
/// The value is two bytes: an index into the embedded table, so <see cref="Money"/> stays small and
/// comparing currencies is comparing two integers. The table follows ISO 4217 list one as amended to
/// 2026-02-01 (<see cref="Edition"/>; lists one and three of the maintenance agency, as refreshed by
/// GitHub <c>datasets/currency-codes</c> on that date): XCG (532) replaced ANG on 2025-03-31, XAD
/// (396) was added, CUC was withdrawn in 2021-06 and BGN in 2026-01. IDR is 360 with 2 minor units,
/// USD 840 with 2.
/// </para>
/// <para>
/// Withdrawn codes that an earlier list one held (ANG, BGN, CUC) are kept as historic currencies:
/// <see cref="FromCode"/>, <see cref="Parse(string)"/>, <see cref="Money"/> and JSON read them,
/// <see cref="IsWithdrawn"/> is true and <see cref="WithdrawalDate"/> says since when. They are
/// not in <see cref="All"/> (see <see cref="Withdrawn"/>). Older historic codes (DEM, FRF, …) are not
/// included: the lists do not give their minor units.
/// </para>
/// <para>
/// <c>default(Currency)</c> is deliberately <see cref="XXX"/>, the ISO code for "no currency
/// involved", so an uninitialised <see cref="Money"/> is <c>XXX 0</c> and never silently passes
/// for rupiah: adding it to an IDR amount throws <see cref="CurrencyMismatchException"/>.
/// </para>
/// <para>
/// Thirteen entries of list one have no minor unit (<c>N.A.</c>: XXX, XTS, the precious metals
/// XAU, XAG, XPT, XPD, and the units XBA, XBB, XBC, XBD, XDR, XSU, XUA). They are included, with
/// <see cref="HasMinorUnits"/> false and <see cref="MinorUnits"/> 0; <see cref="Money.Round()"/>
/// leaves their amounts unchanged, and the minor-unit operations (<see cref="Money.ToMinorUnits"/>,
/// <see cref="Money.FromMinorUnits"/>, <see cref="Money.Allocate(int)"/>) throw for them.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[JsonConverter(typeof(CurrencyJsonConverter))]
public readonly struct Currency :
    IEquatable<Currency>,
    IComparable<Currency>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Currency>
{
    private const byte NotApplicable = 255;

    private static readonly string[] s_codes = BuildCodes();
    private static readonly int[] s_sortedKeys = BuildSortedKeys(out s_sortedIndexes);
    private static readonly ushort[] s_sortedIndexes;
    private static readonly ReadOnlyCollection<Currency> s_all = Array.AsReadOnly(BuildRange(0, CurrencyTable.CurrentCount));
    private static readonly ReadOnlyCollection<Currency> s_withdrawn =
        Array.AsReadOnly(BuildRange(CurrencyTable.CurrentCount, CurrencyTable.Count - CurrencyTable.CurrentCount));

    private readonly ushort _index;

    private Currency(ushort index) => _index = index;

    /// <summary>The date of the ISO 4217 list the embedded table follows (<c>"2026-02-01"</c>).</summary>
    public static string Edition => CurrencyTable.Edition;

    /// <summary>Every current currency of the embedded ISO 4217 list one, <see cref="XXX"/> first and then by code (withdrawn codes are in <see cref="Withdrawn"/>).</summary>
    public static IReadOnlyList<Currency> All => s_all;

    /// <summary>The withdrawn codes kept so that old records still read (ANG, BGN, CUC), by code.</summary>
    public static IReadOnlyList<Currency> Withdrawn => s_withdrawn;

    /// <summary>Indonesian rupiah (IDR, 360, 2 minor units, symbol <c>Rp</c>).</summary>
    public static Currency IDR => new(CurrencyTable.IDR);

    /// <summary>US dollar (USD, 840, 2 minor units, symbol <c>US$</c>).</summary>
    public static Currency USD => new(CurrencyTable.USD);

    /// <summary>Euro (EUR, 978, 2 minor units, symbol <c>€</c>).</summary>
    public static Currency EUR => new(CurrencyTable.EUR);

    /// <summary>Japanese yen (JPY, 392, 0 minor units, symbol <c>¥</c>).</summary>
    public static Currency JPY => new(CurrencyTable.JPY);

    /// <summary>Chinese yuan renminbi (CNY, 156, 2 minor units, symbol <c>CN¥</c>).</summary>
    public static Currency CNY => new(CurrencyTable.CNY);

    /// <summary>Singapore dollar (SGD, 702, 2 minor units, symbol <c>S$</c>).</summary>
    public static Currency SGD => new(CurrencyTable.SGD);

    /// <summary>Malaysian ringgit (MYR, 458, 2 minor units, symbol <c>RM</c>).</summary>
    public static Currency MYR => new(CurrencyTable.MYR);

    /// <summary>Pound sterling (GBP, 826, 2 minor units, symbol <c>£</c>).</summary>
    public static Currency GBP => new(CurrencyTable.GBP);

    /// <summary>Australian dollar (AUD, 36, 2 minor units, symbol <c>A$</c>).</summary>
    public static Currency AUD => new(CurrencyTable.AUD);

    /// <summary>
    /// XXX, the ISO 4217 code for transactions where no currency is involved; also
    /// <c>default(Currency)</c>.
    /// </summary>
    public static Currency XXX => default;

    /// <summary>The ISO 4217 three-letter code, upper case (<c>"IDR"</c>).</summary>
    public string Code => s_codes[_index];

    /// <summary>The ISO 4217 numeric code (360 for IDR, 840 for USD).</summary>
    public int Number => CurrencyTable.Numbers[_index];

    /// <summary>
    /// The number of decimal places of the minor unit (2 for IDR and USD, 0 for JPY, 3 for KWD);
    /// 0 where ISO 4217 gives none (see <see cref="HasMinorUnits"/>).
    /// </summary>
    public int MinorUnits
    {
        get
        {
            var units = CurrencyTable.MinorUnits[_index];
            return units == NotApplicable ? 0 : units;
        }
    }

    /// <summary>
    /// False for the entries whose minor unit ISO 4217 lists as <c>N.A.</c> (XXX, XTS, precious
    /// metals, bond-market and accounting units).
    /// </summary>
    public bool HasMinorUnits => CurrencyTable.MinorUnits[_index] != NotApplicable;

    /// <summary>
    /// True for a code ISO 4217 has withdrawn (ANG, replaced by XCG; BGN, replaced by EUR; CUC).
    /// Such a currency still parses and computes, so records written before the change still read.
    /// </summary>
    public bool IsWithdrawn => _index >= CurrencyTable.CurrentCount;

    /// <summary>
    /// The first day of the month ISO 4217 list three gives as the withdrawal date (2025-03-01 for
    /// ANG, 2026-01-01 for BGN, 2021-06-01 for CUC; the list gives months only); null for a current code.
    /// </summary>
    public DateOnly? WithdrawalDate
    {
        get
        {
            if (!IsWithdrawn)
            {
                return null;
            }

            var month = CurrencyTable.WithdrawalMonths[_index - CurrencyTable.CurrentCount];
            return new DateOnly(
                int.Parse(month.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(month.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture),
                1);
        }
    }

    /// <summary>The ISO 4217 English name (<c>"Rupiah"</c>, <c>"US Dollar"</c>).</summary>
    public string EnglishName => CurrencyTable.Names[_index];

    /// <summary>
    /// The display symbol: <c>Rp</c> for IDR (PUEBI: no full stop), <c>US$</c> for USD, <c>€</c>,
    /// <c>¥</c> (JPY), <c>S$</c>, <c>RM</c>, <c>£</c> and other well-known ones; the
    /// <see cref="Code"/> where there is no unambiguous symbol. A bare <c>$</c> is never used,
    /// because it names a dozen currencies.
    /// </summary>
    public string Symbol => CurrencyTable.Symbols[_index] ?? s_codes[_index];

    /// <summary>True when the currency has its own symbol (false when <see cref="Symbol"/> falls back to the code).</summary>
    public bool HasSymbol => CurrencyTable.Symbols[_index] is not null;

    /// <summary>The position of this currency in the embedded table (0 for XXX).</summary>
    internal ushort Index => _index;

    /// <summary>The minor-unit digits as stored: 255 when not applicable.</summary>
    internal byte RawMinorUnits => CurrencyTable.MinorUnits[_index];

    internal static Currency FromIndex(int index) => new((ushort)index);

    /// <summary>Returns the currency with the given ISO 4217 code (case-insensitive: <c>"idr"</c> works).</summary>
    /// <param name="code">A three-letter ISO 4217 code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not in ISO 4217 list one.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (TryFromCode(code.AsSpan(), out var currency))
        {
            return currency;
        }

        throw new ArgumentException(
            $"'{code}' is not an ISO 4217 currency code (list one as of {CurrencyTable.Edition}, and the codes withdrawn since 2021).",
            nameof(code));
    }

    /// <summary>Looks up a currency by its ISO 4217 code (case-insensitive). Never throws.</summary>
    /// <param name="code">A three-letter code, or null.</param>
    /// <param name="currency">The currency, or <c>default</c> when the code is unknown.</param>
    /// <returns>True when the code is in the table.</returns>
    public static bool TryFromCode([NotNullWhen(true)] string? code, out Currency currency)
    {
        if (code is null)
        {
            currency = default;
            return false;
        }

        return TryFromCode(code.AsSpan(), out currency);
    }

    /// <summary>Looks up a currency by its ISO 4217 code (case-insensitive). Never throws.</summary>
    /// <param name="code">Three letters.</param>
    /// <param name="currency">The currency, or <c>default</c> when the code is unknown.</param>
    /// <returns>True when the code is in the table.</returns>
    public static bool TryFromCode(ReadOnlySpan<char> code, out Currency currency)
    {
        currency = default;
        code = IdentifierText.Trim(code); // the shared rule, so FromCode(" IDR") and Parse(" IDR") agree
        if (code.Length != 3)
        {
            return false;
        }

        var key = Key(code[0], code[1], code[2]);
        return key >= 0 && TryFromKey(key, out currency);
    }

    /// <summary>Looks up a currency by three UTF-8 (ASCII) letters. Never throws.</summary>
    internal static bool TryFromCode(ReadOnlySpan<byte> code, out Currency currency)
    {
        currency = default;
        if (code.Length != 3)
        {
            return false;
        }

        var key = Key((char)code[0], (char)code[1], (char)code[2]);
        return key >= 0 && TryFromKey(key, out currency);
    }

    /// <summary>Returns the currency with the given ISO 4217 numeric code (360 for IDR); a number ISO
    /// reused gives the current code (532 is XCG, not the withdrawn ANG).</summary>
    /// <param name="number">The numeric code.</param>
    /// <exception cref="ArgumentException">No currency in the table has that number.</exception>
    public static Currency FromNumber(int number)
    {
        if (TryFromNumber(number, out var currency))
        {
            return currency;
        }

        throw new ArgumentException(
            $"{number.ToString(CultureInfo.InvariantCulture)} is not an ISO 4217 numeric currency code (list one as of {CurrencyTable.Edition}).",
            nameof(number));
    }

    /// <summary>Looks up a currency by its ISO 4217 numeric code. Never throws.</summary>
    /// <param name="number">The numeric code.</param>
    /// <param name="currency">The currency, or <c>default</c> when the number is unknown.</param>
    /// <returns>True when the number is in the table.</returns>
    public static bool TryFromNumber(int number, out Currency currency)
    {
        var numbers = CurrencyTable.Numbers;
        for (var i = 0; i < numbers.Length; i++)
        {
            if (numbers[i] == number)
            {
                currency = new Currency((ushort)i);
                return true;
            }
        }

        currency = default;
        return false;
    }

    /// <summary>Parses an ISO 4217 code (same as <see cref="FromCode"/>, but throws <see cref="FormatException"/>).</summary>
    /// <param name="s">A three-letter code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an ISO 4217 code.</exception>
    public static Currency Parse(string s) => Parse(s, null);

    /// <summary>Parses an ISO 4217 code (same as <see cref="FromCode"/>, but throws <see cref="FormatException"/>).</summary>
    /// <param name="s">A three-letter code.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an ISO 4217 code.</exception>
    public static Currency Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses an ISO 4217 code.</summary>
    /// <param name="s">A three-letter code.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <exception cref="FormatException"><paramref name="s"/> is not an ISO 4217 code.</exception>
    public static Currency Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (TryFromCode(IdentifierText.Trim(s), out var currency))
        {
            return currency;
        }

        throw new FormatException(
            $"'{s.ToString()}' is not a currency: expected a three-letter ISO 4217 code such as IDR or USD.");
    }

    /// <summary>Parses an ISO 4217 code. Never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <param name="result">The currency, or <c>default</c>.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Currency result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryFromCode(IdentifierText.Trim(s.AsSpan()), out result);
    }

    /// <summary>Parses an ISO 4217 code. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes do not depend on culture.</param>
    /// <param name="result">The currency, or <c>default</c>.</param>
    /// <returns>True on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Currency result) =>
        TryFromCode(IdentifierText.Trim(s), out result);

    /// <summary>Returns the ISO 4217 code (<c>"IDR"</c>).</summary>
    public override string ToString() => Code;

    /// <summary>Formats the currency: <c>"G"</c>, null or empty gives the code, <c>"S"</c> the symbol, <c>"N"</c> the English name.</summary>
    /// <param name="format">Null, <c>"G"</c>, <c>"S"</c> or <c>"N"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => Code,
        "S" or "s" => Symbol,
        "N" or "n" => EnglishName,
        _ => throw new FormatException($"'{format}' is not a Currency format: use G (code), S (symbol) or N (English name)."),
    };

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <param name="format">Empty, <c>"G"</c>, <c>"S"</c> or <c>"N"</c>.</param>
    /// <param name="provider">Ignored.</param>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = Select(format);
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc cref="ToString(string?, IFormatProvider?)"/>
    /// <param name="utf8Destination">Where to write the UTF-8 bytes.</param>
    /// <param name="bytesWritten">Bytes written.</param>
    /// <param name="format">Empty, <c>"G"</c>, <c>"S"</c> or <c>"N"</c>.</param>
    /// <param name="provider">Ignored.</param>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = Select(format);
        return System.Text.Unicode.Utf8.FromUtf16(text, utf8Destination, out _, out bytesWritten) == System.Buffers.OperationStatus.Done;
    }

    private ReadOnlySpan<char> Select(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G" or "g")
        {
            return CodeSpan;
        }

        if (format is "S" or "s")
        {
            return Symbol;
        }

        if (format is "N" or "n")
        {
            return EnglishName;
        }

        throw new FormatException($"'{format.ToString()}' is not a Currency format: use G (code), S (symbol) or N (English name).");
    }

    /// <summary>The code as a span over the embedded table (no allocation).</summary>
    internal ReadOnlySpan<char> CodeSpan => CurrencyTable.Codes.AsSpan(_index * 3, 3);

    /// <summary>True when both are the same currency.</summary>
    /// <param name="other">The other currency.</param>
    public bool Equals(Currency other) => _index == other._index;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _index;

    /// <summary>Orders currencies by code (ordinal).</summary>
    /// <param name="other">The other currency.</param>
    public int CompareTo(Currency other) => CodeSpan.SequenceCompareTo(other.CodeSpan);

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Currency other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Currency.", nameof(obj)),
    };

    /// <summary>True when both are the same currency.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    public static bool operator ==(Currency left, Currency right) => left._index == right._index;

    /// <summary>True when the currencies differ.</summary>
    /// <param name="left">The first currency.</param>
    /// <param name="right">The second currency.</param>
    public static bool operator !=(Currency left, Currency right) => left._index != right._index;

    private static int Key(char a, char b, char c)
    {
        var x = Letter(a);
        var y = Letter(b);
        var z = Letter(c);
        return (x | y | z) < 0 ? -1 : (x * 26 + y) * 26 + z;
    }

    private static int Letter(char c)
    {
        var upper = (uint)(c | 0x20) - 'a';
        return upper < 26 ? (int)upper : -1;
    }

    private static bool TryFromKey(int key, out Currency currency)
    {
        var index = Array.BinarySearch(s_sortedKeys, key);
        if (index >= 0)
        {
            currency = new Currency(s_sortedIndexes[index]);
            return true;
        }

        currency = default;
        return false;
    }

    private static string[] BuildCodes()
    {
        var codes = new string[CurrencyTable.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = CurrencyTable.Codes.Substring(i * 3, 3);
        }

        return codes;
    }

    private static int[] BuildSortedKeys(out ushort[] indexes)
    {
        var keys = new int[CurrencyTable.Count];
        indexes = new ushort[CurrencyTable.Count];
        var codes = CurrencyTable.Codes;
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Key(codes[i * 3], codes[(i * 3) + 1], codes[(i * 3) + 2]);
            indexes[i] = (ushort)i;
        }

        Array.Sort(keys, indexes);
        return keys;
    }

    private static Currency[] BuildRange(int start, int count)
    {
        var all = new Currency[count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new Currency((ushort)(start + i));
        }

        return all;
    }
}
