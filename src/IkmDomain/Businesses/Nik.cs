using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// A NIK (<i>Nomor Induk Kependudukan</i>, resident identity number): the 16-digit number on the KTP
/// identity card, which resident individuals also use as their NPWP (PMK 112/PMK.03/2022).
/// </summary>
/// <remarks>
/// <para>Layout (PP 37/2007 Art. 37): 6 digits of the district (<i>kecamatan</i>) where the person was
/// registered (province 2 + regency 2 + district 2, Kemendagri codes), the birth date as <c>ddmmyy</c>
/// with 40 added to the day for women (so the day is 01-31 or 41-71), and a 4-digit serial.</para>
/// <para>Parsing checks the structure: 16 digits, a well-formed district code (province 11-99 not ending
/// in 0, regency 01-69 or 71-99, district 01-99; Permendagri 137/2017 Art. 4), month
/// 01-12 and a day that exists in that month (29 February only in a year of the century divisible by
/// four). It does not check the region against today's directory: a NIK keeps the code in force when it
/// was issued, which may since have been split or renumbered.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Nik>))]
public readonly struct Nik : IDefaultIsNotSet, IEquatable<Nik>, ISpanParsable<Nik>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The number of digits in a NIK (16).</summary>
    public const int Length = 16;

    private readonly ulong _value;

    private Nik(ulong value) => _value = value;

    /// <summary>Gets the six region digits (province, regency, district), for example 357301.</summary>
    public int RegionDigits => (int)(_value / 10_000_000_000UL);

    /// <summary>Gets the district code in dotted Kemendagri form, for example <c>35.73.01</c>.</summary>
    public string DistrictCode
    {
        get
        {
            var r = RegionDigits;
            return string.Create(8, r, static (span, v) =>
            {
                Digits.Write((ulong)(v / 10000), span[..2], 2);
                span[2] = '.';
                Digits.Write((ulong)(v / 100 % 100), span[3..5], 2);
                span[5] = '.';
                Digits.Write((ulong)(v % 100), span[6..], 2);
            });
        }
    }

    /// <summary>
    /// Gets the district (<i>kecamatan</i>) where the person was registered, as a region code. It may be
    /// missing from today's <c>RegionDirectory</c>: codes are split and renumbered over time.
    /// </summary>
    public IkmDomain.Regions.RegionCode District
    {
        get
        {
            var r = RegionDigits;
            return IsDistrictShape(r / 10000, r / 100 % 100, r % 100)
                ? IkmDomain.Regions.RegionCode.FromParts(r / 10000, r / 100 % 100, r % 100)
                : throw new InvalidOperationException("default(Nik) has no district; parse a NIK first.");
        }
    }

    // A province Kemendagri has issued (see IssuedProvinces), then the SHAPE of a regency and district
    // code (Permendagri 137/2017 Art. 4): regencies and districts are split and renumbered over time
    // and a NIK keeps the code of where the person was first registered, so an unknown regency or
    // district is accepted; a province code never issued cannot be such a code.
    private static bool IsDistrictShape(int province, int regency, int district) =>
        IsIssuedProvince(province)
        && regency is >= 1 and <= 99 && regency != 70
        && district is >= 1 and <= 99;

    /// <summary>
    /// The province codes Kemendagri has issued: the 38 of Kepmendagri 300.2.2-2138/2025 (11-19, 21,
    /// 31-36, 51-53, 61-65, 71-76, 81-82, 91-96). Every province of the earlier editions (Permendagri
    /// 137/2017, Permendagri 72/2019, Kepmendagri 100.1.1-6117/2022) is among them: none has been
    /// retired since NIKs were issued under UU 23/2006. Timor Timur's code of before 1999 is not
    /// accepted: no source in the project's references gives it.
    /// </summary>
    internal static ReadOnlySpan<byte> IssuedProvinces =>
        [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96];

    private static bool IsIssuedProvince(int province) =>
        province is >= 11 and <= 96 && IssuedProvinces.Contains((byte)province);

    private int RawDay => (int)(_value / 100_000_000 % 100);

    /// <summary>Gets the recorded sex: <see cref="Gender.Female"/> when the day field is 41-71.</summary>
    public Gender Gender => RawDay > 40 ? Gender.Female : Gender.Male;

    /// <summary>Gets the day of birth (1-31), with the +40 for women removed.</summary>
    public int BirthDay => RawDay > 40 ? RawDay - 40 : RawDay;

    /// <summary>Gets the month of birth (1-12).</summary>
    public int BirthMonth => (int)(_value / 1_000_000 % 100);

    /// <summary>Gets the two-digit year of birth (0-99); the century is not recorded.</summary>
    public int BirthYearOfCentury => (int)(_value / 10_000 % 100);

    /// <summary>Gets the four-digit serial number.</summary>
    public int Serial => (int)(_value % 10_000);

    /// <summary>Gets the birth date, choosing the century so the date is not after <paramref name="today"/>.</summary>
    /// <param name="today">The date to count back from (take it from a clock you control).</param>
    /// <returns>The most recent date with this day, month and year of century on or before <paramref name="today"/>.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Nik)</c>, or no such date exists.</exception>
    public DateOnly BirthDateAsOf(DateOnly today)
    {
        if (BirthMonth is < 1 or > 12 || BirthDay < 1)
        {
            throw new InvalidOperationException("default(Nik) has no birth date; parse a NIK first.");
        }

        // Four centuries back always reach a leap year for 29 February.
        for (var year = (today.Year / 100 * 100) + BirthYearOfCentury; year >= 1; year -= 100)
        {
            if (BirthDay <= DateTime.DaysInMonth(year, BirthMonth) && new DateOnly(year, BirthMonth, BirthDay) <= today)
            {
                return new DateOnly(year, BirthMonth, BirthDay);
            }
        }

        throw new InvalidOperationException($"No birth date for NIK {this} on or before {today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.");
    }

    /// <summary>Parses a NIK: 16 digits with a valid region structure and birth date.</summary>
    /// <param name="text">The text, for example <c>"3573015708900001"</c>.</param>
    /// <returns>The NIK.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a NIK; the message names the rule.</exception>
    public static Nik Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a NIK: 16 digits with a valid region structure and birth date.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The NIK.</returns>
    /// <exception cref="FormatException">The text is not a NIK; the message names the rule.</exception>
    public static Nik Parse(ReadOnlySpan<char> text)
    {
        var error = TryParseCore(text, out var nik);
        return error is null
            ? nik
            : throw new FormatException($"'{Digits.Quote(text)}' is not a valid NIK: {error} (PP 37/2007 Art. 37).");
    }

    /// <summary>Tries to parse a NIK. Never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The NIK, or default.</param>
    /// <returns>True when the text is a NIK.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Nik result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse a NIK. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The NIK, or default.</param>
    /// <returns>True when the text is a NIK.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Nik result) => TryParseCore(text, out result) is null;

    private static string? TryParseCore(ReadOnlySpan<char> text, out Nik result)
    {
        result = default;
        // IdentifierText: ASCII space/tab trimmed; spaces, dots and hyphens between digits dropped (35.73.01 ...).
        Span<char> digits = stackalloc char[Length];
        if (IdentifierText.CollectDigits(text, digits) != Length || !Digits.TryReadAll(digits, out var value))
        {
            return "a NIK is exactly 16 digits (spaces, dots and hyphens between digits are ignored)";
        }

        var candidate = new Nik(value);
        var region = candidate.RegionDigits;
        if (!IsDistrictShape(region / 10000, region / 100 % 100, region % 100))
        {
            return "the first six digits must be a district code: a province Kemendagri has issued (11-19, 21, 31-36, 51-53, 61-65, 71-76, 81-82, 91-96; Kepmendagri 300.2.2-2138/2025), regency 01-69 or 71-99, district 01-99 (Permendagri 137/2017 Art. 4)";
        }

        var rawDay = candidate.RawDay;
        if (rawDay is < 1 or > 71 || rawDay is > 31 and < 41)
        {
            return "the day of birth (digits 7-8) must be 01-31, or 41-71 for women";
        }

        var month = candidate.BirthMonth;
        if (month is < 1 or > 12)
        {
            return "the month of birth (digits 9-10) must be 01-12";
        }

        // 2000 + yy is a leap year exactly when yy is divisible by 4 (2000 itself is one).
        if (candidate.BirthDay > DateTime.DaysInMonth(2000 + candidate.BirthYearOfCentury, month))
        {
            return "the birth date (digits 7-12) is not a real calendar date";
        }

        result = candidate;
        return null;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Nik IParsable<Nik>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Nik)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The NIK.</param>
    static bool IParsable<Nik>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Nik result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Nik ISpanParsable<Nik>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Nik)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The NIK.</param>
    static bool ISpanParsable<Nik>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Nik result) => TryParse(s, out result);

    /// <summary>Returns the 16 digits.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => string.Create(Length, _value, static (span, v) => Digits.Write(v, span, Length));

    /// <summary>Returns the 16 digits; format and provider are ignored.</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The canonical text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the 16 digits.</summary>
    /// <param name="destination">The destination.</param>
    /// <param name="charsWritten">16, or 0 when the destination is too small.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < Length)
        {
            charsWritten = 0;
            return false;
        }

        Digits.Write(_value, destination, Length);
        charsWritten = Length;
        return true;
    }

    /// <summary>Writes the 16 digits as UTF-8.</summary>
    /// <param name="utf8Destination">The destination.</param>
    /// <param name="bytesWritten">16, or 0 when the destination is too small.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (utf8Destination.Length < Length)
        {
            bytesWritten = 0;
            return false;
        }

        Digits.WriteUtf8(_value, utf8Destination, Length);
        bytesWritten = Length;
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Nik other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Nik other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Value equality.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Nik left, Nik right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first NIK.</param>
    /// <param name="right">The second NIK.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Nik left, Nik right) => !left.Equals(right);
}
