using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// An NPWP (<i>Nomor Pokok Wajib Pajak</i>, taxpayer identification number), in the legacy 15-digit
/// form <c>01.234.567.8-901.000</c> or the 16-digit form of PMK 112/PMK.03/2022.
/// </summary>
/// <remarks>
/// <para>Legacy layout (15 digits, <c>99.999.999.9-999.999</c>): digits 1-2 taxpayer type, 3-8 serial,
/// 9 check digit, 10-12 tax office (KPP), 13-15 status (<c>000</c> single or head office, <c>001</c> and
/// up a branch).</para>
/// <para>PMK 112/PMK.03/2022 (from 14 July 2022; full use from 1 July 2024 under PMK 136/2023) gives
/// 16-digit NPWPs: resident individuals use their NIK, companies, government bodies and non-residents
/// get a 16-digit NPWP, which for an existing company is <c>0</c> followed by its 15 legacy digits.</para>
/// <para>Parsing accepts 15 digits with or without the legacy punctuation, or 16 digits. A 15-digit and
/// a 16-digit value are different values even when one is the other's <see cref="ToSixteenDigits"/>;
/// compare <c>a.ToSixteenDigits() == b.ToSixteenDigits()</c> to match across forms.</para>
/// <para>The check digit is not enforced when parsing (see <see cref="HasValidCheckDigit"/>).</para>
/// <para>All zeros (<c>00.000.000.0-000.000</c>) is the placeholder that tax invoices carry for a buyer
/// without an NPWP, not a number, and is <c>default(Npwp)</c>: "not set". It does not parse, and JSON, the
/// EF Core converters and the validators (IKM020) refuse it.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Npwp>))]
public readonly struct Npwp : IDefaultIsNotSet, IEquatable<Npwp>, ISpanParsable<Npwp>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The number of digits in the legacy form (15).</summary>
    public const int LegacyLength = 15;

    /// <summary>The number of digits in the PMK 112/PMK.03/2022 form (16).</summary>
    public const int SixteenDigitLength = 16;

    private const int PunctuatedLength = 20; // 99.999.999.9-999.999

    private readonly ulong _value;
    private readonly byte _length;

    private Npwp(ulong value, int length)
    {
        _value = value;
        _length = (byte)length;
    }

    /// <summary>Gets a value indicating whether this is the legacy 15-digit form.</summary>
    public bool IsLegacyFormat => _length != SixteenDigitLength;

    /// <summary>Gets the number of digits: 15 (legacy) or 16.</summary>
    public int DigitCount => IsLegacyFormat ? LegacyLength : SixteenDigitLength;

    /// <summary>
    /// Gets a value indicating whether this is a 16-digit NPWP that is a resident's NIK
    /// (PMK 112/PMK.03/2022), that is, one that does not start with <c>0</c>.
    /// </summary>
    public bool IsNikBased => !IsLegacyFormat && _value >= Digits.Pow10(LegacyLength);

    /// <summary>
    /// Gets a value indicating whether the number carries the legacy check digit: the legacy form and the
    /// 16-digit form that is <c>0</c> + the legacy digits. A NIK-based NPWP has none.
    /// </summary>
    public bool HasCheckDigit => !IsNikBased;

    /// <summary>
    /// Gets a value indicating whether the legacy check digit is consistent: digit 9 equals the Luhn
    /// check over digits 1-8 (double every second digit from the left, sum the digits of the products,
    /// then <c>(10 - sum mod 10) mod 10</c>).
    /// </summary>
    /// <remarks>
    /// DJP has never published this rule; it is reverse-engineered from issued numbers (for example
    /// <c>02.183.241.5</c>). A number that fails it may still be real, so validators report a failure as a
    /// warning (IKM302), never a rejection. False for a NIK-based NPWP, which has no check digit
    /// (see <see cref="HasCheckDigit"/>).
    /// </remarks>
    public bool HasValidCheckDigit
    {
        get
        {
            if (!HasCheckDigit)
            {
                return false;
            }

            // Legacy digits d1..d15: d15 is the last digit. d9 = (legacy / 10^6) % 10, d1..d8 = legacy / 10^7.
            var legacy = _value % Digits.Pow10(LegacyLength);
            var checkDigit = (int)(legacy / 1_000_000 % 10);
            return checkDigit == ComputeCheckDigit(legacy / 10_000_000);
        }
    }

    /// <summary>Gets the taxpayer type from the second legacy digit (see <see cref="NpwpTaxpayerType"/>); <see cref="NpwpTaxpayerType.Individual"/> for a NIK-based NPWP.</summary>
    public NpwpTaxpayerType TaxpayerType
    {
        get
        {
            if (IsNikBased)
            {
                return NpwpTaxpayerType.Individual;
            }

            // The SECOND legacy digit is the type; the first is a serial (0-9), so 21, 31, 66 and 70-90
            // are types 1, 1, 6 and 0 (CPAN Business::ID::NPWP 0.092; python-stdnum stdnum.id.npwp).
            var type = (int)(_value % Digits.Pow10(LegacyLength) / Digits.Pow10(13) % 10);
            return type switch
            {
                0 => NpwpTaxpayerType.GovernmentTreasurer,
                1 or 2 or 3 => NpwpTaxpayerType.Company,
                4 or 6 => NpwpTaxpayerType.Entrepreneur,
                5 => NpwpTaxpayerType.Employee,
                _ => NpwpTaxpayerType.Individual,
            };
        }
    }

    /// <summary>
    /// Gets a value indicating whether this NPWP belongs to a branch: the last three legacy digits are
    /// <c>001</c> or higher (<c>000</c> is a single or head office). Always false for a NIK-based NPWP.
    /// </summary>
    /// <remarks>Since PER-6/PJ/2024 branches are identified by a 22-digit NITKU instead.</remarks>
    public bool IsBranch => HasCheckDigit && _value % 1000 != 0;

    /// <summary>Gets the three-digit tax office (KPP) code in digits 10-12 of the legacy form; null for a NIK-based NPWP.</summary>
    public int? TaxOfficeCode => HasCheckDigit ? (int)(_value / 1000 % 1000) : null;

    /// <summary>
    /// Returns the 16-digit form (PMK 112/PMK.03/2022): a legacy number becomes <c>0</c> + its 15 digits;
    /// a 16-digit number is returned unchanged.
    /// </summary>
    /// <remarks>
    /// The <c>0</c> + 15 digits rule is how existing companies, government bodies and non-residents moved
    /// to 16 digits. A resident individual's 16-digit NPWP is their NIK, which cannot be derived from the
    /// legacy number; for them this gives the transitional form only.
    /// </remarks>
    /// <returns>The 16-digit NPWP.</returns>
    public Npwp ToSixteenDigits() => new(_value, SixteenDigitLength);

    /// <summary>Tries to get the legacy 15-digit form: the value itself, or a 16-digit value starting with <c>0</c> without it.</summary>
    /// <param name="legacy">The legacy form, or default for a NIK-based NPWP.</param>
    /// <returns>False for a NIK-based NPWP.</returns>
    public bool TryGetLegacyForm(out Npwp legacy)
    {
        if (IsNikBased)
        {
            legacy = default;
            return false;
        }

        legacy = new Npwp(_value, LegacyLength);
        return true;
    }

    /// <summary>Computes the (unpublished, reverse-engineered) check digit for the first eight legacy digits.</summary>
    /// <param name="firstEightDigits">Digits 1-8 as a number (0 to 99,999,999).</param>
    /// <returns>The check digit 0-9.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More than eight digits.</exception>
    public static int ComputeCheckDigit(ulong firstEightDigits)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstEightDigits, 99_999_999UL);
        var sum = 0;
        var v = firstEightDigits;
        for (var position = 8; position >= 1; position--)
        {
            var d = (int)(v % 10);
            v /= 10;
            if (position % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>Parses an NPWP: 15 digits (with or without the <c>99.999.999.9-999.999</c> punctuation) or 16 digits.</summary>
    /// <param name="text">The text, for example <c>"02.183.241.5-123.000"</c>.</param>
    /// <returns>The NPWP.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an NPWP.</exception>
    public static Npwp Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses an NPWP: 15 digits (with or without the <c>99.999.999.9-999.999</c> punctuation) or 16 digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The NPWP.</returns>
    /// <exception cref="FormatException">The text is not an NPWP.</exception>
    public static Npwp Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var npwp)
            ? npwp
            : throw new FormatException(
                $"'{Digits.Quote(text)}' is not a valid NPWP: all zeros is the 'no NPWP' placeholder and default(Npwp) ('not set'); expected 15 digits (printed 99.999.999.9-999.999; spaces, dots and hyphens between digits are ignored) or 16 digits (PMK 112/PMK.03/2022): 0 + the 15 digits, or a resident's NIK, which must then be a valid NIK (region, date of birth, serial).");

    /// <summary>Tries to parse an NPWP. Never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The NPWP, or default.</param>
    /// <returns>True when the text is an NPWP.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Npwp result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse an NPWP. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The NPWP, or default.</param>
    /// <returns>True when the text is an NPWP.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Npwp result)
    {
        // IdentifierText: ASCII space/tab trimmed; spaces, dots and hyphens between digits dropped,
        // as DJP's forms and python-stdnum do (02.183.241.5-123.000, 02.183.241-5-123-000, 0218324151 23000).
        result = default;
        Span<char> digits = stackalloc char[SixteenDigitLength];
        var count = IdentifierText.CollectDigits(text, digits);
        if (count is not (LegacyLength or SixteenDigitLength) || !Digits.TryReadAll(digits[..count], out var value))
        {
            return false;
        }

        // All zeros (00.000.000.0-000.000) is the placeholder tax invoices carry for a buyer with no NPWP,
        // not a taxpayer's number; it is also default(Npwp), "not set".
        if (value == 0)
        {
            return false;
        }

        // A 16-digit NPWP that does not start with 0 is a resident individual's NIK (PMK 112/PMK.03/2022
        // Art. 2): it must pass the NIK rules (region, date of birth, serial).
        if (count == SixteenDigitLength && digits[0] != '0' && !Nik.TryParse(digits, out _))
        {
            return false;
        }

        result = new Npwp(value, count);
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Npwp IParsable<Npwp>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Npwp)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The NPWP.</param>
    static bool IParsable<Npwp>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Npwp result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Npwp ISpanParsable<Npwp>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Npwp)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The NPWP.</param>
    static bool ISpanParsable<Npwp>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Npwp result) => TryParse(s, out result);

    /// <summary>
    /// Returns the canonical text: a legacy NPWP as <c>01.234.567.8-901.000</c>, a 16-digit NPWP as its 16 digits.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the NPWP. <c>null</c>, <c>""</c> or <c>"G"</c>: canonical (see <see cref="ToString()"/>);
    /// <c>"D"</c>: digits only.
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the forms are invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[PunctuatedLength];
        if (!TryFormat(buffer, out var written, format, formatProvider))
        {
            throw new FormatException($"'{format}' is not an NPWP format: use \"G\" (canonical) or \"D\" (digits only).");
        }

        return new string(buffer[..written]);
    }

    /// <summary>Writes the NPWP (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The destination.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c> (default) or <c>"D"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        var digitsOnly = format.Length == 1 && (format[0] == 'D' || format[0] == 'd');
        if (!digitsOnly && !(format.IsEmpty || (format.Length == 1 && (format[0] == 'G' || format[0] == 'g'))))
        {
            return false;
        }

        var length = digitsOnly || !IsLegacyFormat ? DigitCount : PunctuatedLength;
        if (destination.Length < length)
        {
            return false;
        }

        if (length == PunctuatedLength)
        {
            Span<char> d = stackalloc char[LegacyLength];
            Digits.Write(_value, d, LegacyLength);
            var j = 0;
            for (var i = 0; i < PunctuatedLength; i++)
            {
                destination[i] = i switch
                {
                    2 or 6 or 10 or 16 => '.',
                    12 => '-',
                    _ => d[j++],
                };
            }
        }
        else
        {
            Digits.Write(_value, destination, length);
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Writes the NPWP as UTF-8 (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="utf8Destination">The destination.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"G"</c> (default) or <c>"D"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    /// <summary>Value equality: the same digits in the same form (15 or 16 digits).</summary>
    /// <param name="other">The other NPWP.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Npwp other) => _value == other._value && IsLegacyFormat == other.IsLegacyFormat;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Npwp other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, IsLegacyFormat);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first NPWP.</param>
    /// <param name="right">The second NPWP.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Npwp left, Npwp right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first NPWP.</param>
    /// <param name="right">The second NPWP.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Npwp left, Npwp right) => !left.Equals(right);
}
