using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Businesses;

/// <summary>
/// An Indonesian telephone number (country code +62), mobile or landline, parsed from the ways people
/// write it and kept in E.164 form.
/// </summary>
/// <remarks>
/// <para>Accepted input: <c>0812-3456-7890</c>, <c>+62 812 3456 7890</c>, <c>62812...</c>,
/// <c>(021) 555-1234</c>, <c>+62 (0)812...</c>; spaces, hyphens, dots and parentheses are ignored. A number without <c>+</c>
/// must start with the national prefix <c>0</c> or the country code <c>62</c>.</para>
/// <para>Numbering (ITU-T E.164; national plan as in libphonenumber's ID metadata): mobile national
/// numbers are <c>8[1-35-9]</c> followed by 7-10 digits (<c>084x</c> is unused); landlines are an area
/// code followed by the subscriber number: the two-digit areas 21 (Jakarta), 22 (Bandung), 24
/// (Semarang), 31 (Surabaya) and 61 (Medan) take 7-8 digits, the other (three-digit) areas 5-8.
/// Operators are not derived from prefixes: numbers move between operators.</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<PhoneNumber>))]
public readonly struct PhoneNumber : IDefaultIsNotSet, IEquatable<PhoneNumber>, ISpanParsable<PhoneNumber>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The Indonesian country calling code (62).</summary>
    public const int CountryCode = 62;

    private const int MaxNationalLength = 12;
    private const int BufferLength = 24;

    private readonly ulong _nsn; // national significant number: no country code, no leading 0

    private PhoneNumber(ulong nsn) => _nsn = nsn;

    private int NsnLength
    {
        get
        {
            var n = 1;
            for (var v = _nsn; v >= 10; v /= 10)
            {
                n++;
            }

            return n;
        }
    }

    /// <summary>Gets a value indicating whether this is a mobile number (national number <c>8[1-35-9]</c> + 7-10 digits).</summary>
    public bool IsMobile => _nsn / Digits.Pow10(NsnLength - 1) == 8;

    /// <summary>Gets the landline area code without the trunk 0 (for example <c>"21"</c> for Jakarta), or null for a mobile number.</summary>
    public string? AreaCode
    {
        get
        {
            var s = NationalSignificantNumber;
            return IsMobile || s.Length < 3 ? null : s[..AreaCodeLength(s)];
        }
    }

    /// <summary>Gets the national significant number: the digits after <c>+62</c>, for example <c>"81234567890"</c>.</summary>
    public string NationalSignificantNumber => _nsn.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Gets the number as dialled inside Indonesia, digits only: <c>"0"</c> + the national significant number.</summary>
    public string NationalNumber => "0" + NationalSignificantNumber;

    /// <summary>Parses an Indonesian phone number written as people write it.</summary>
    /// <param name="text">The text, for example <c>"0812-3456-7890"</c>.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an Indonesian mobile or landline number; the message says why.</exception>
    public static PhoneNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses an Indonesian phone number written as people write it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not an Indonesian mobile or landline number; the message says why.</exception>
    public static PhoneNumber Parse(ReadOnlySpan<char> text)
    {
        var error = TryParseCore(text, out var number);
        return error is null
            ? number
            : throw new FormatException($"'{Digits.Quote(text)}' is not a valid Indonesian phone number: {error}.");
    }

    /// <summary>Tries to parse an Indonesian phone number. Never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The number, or default.</param>
    /// <returns>True when the text is an Indonesian mobile or landline number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out PhoneNumber result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse an Indonesian phone number. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The number, or default.</param>
    /// <returns>True when the text is an Indonesian mobile or landline number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PhoneNumber result) => TryParseCore(text, out result) is null;

    private static string? TryParseCore(ReadOnlySpan<char> text, out PhoneNumber result)
    {
        result = default;
        text = IdentifierText.Trim(text);
        var plus = !text.IsEmpty && text[0] == '+';
        if (plus)
        {
            text = text[1..];
        }

        Span<char> digits = stackalloc char[BufferLength];
        var count = 0;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                if (count == BufferLength)
                {
                    return "too many digits";
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return "only digits, a leading +, spaces, hyphens, dots and parentheses are allowed";
            }
        }

        ReadOnlySpan<char> d = digits[..count];
        if (d.StartsWith("62"))
        {
            // "+62 (0)812..." is common: a trunk 0 after the country code is dropped.
            d = d[2..];
            if (d.StartsWith("0"))
            {
                d = d[1..];
            }
        }
        else if (plus)
        {
            return "the country code must be +62 (Indonesia)";
        }
        else if (d.StartsWith("0"))
        {
            d = d[1..];
        }
        else
        {
            return "start with 0, 62 or +62";
        }

        if (d.IsEmpty || d[0] == '0')
        {
            return "the national number must not be empty or start with another 0";
        }

        if (d.Length > MaxNationalLength)
        {
            return "the national number is longer than 12 digits";
        }

        if (d[0] == '8')
        {
            // Mobile: 8[1-35-9] + 7-10 digits.
            if (d.Length < 2 || d[1] is '0' or '4' || d.Length is < 9 or > 12)
            {
                return "a mobile number is 08 + [1-3 or 5-9] + 7-10 digits (0812-3456-7890)";
            }
        }
        else if (d[0] is '1')
        {
            return "numbers starting with 01 are not mobile or landline numbers";
        }
        else
        {
            var area = AreaCodeLength(d);
            var subscriber = d.Length - area;
            var (min, max) = area == 2 ? (7, 8) : (5, 8);
            if (subscriber < min || subscriber > max)
            {
                // Short input may not even hold a whole area code: quote what there is.
                return $"a landline in area 0{d[..Math.Min(area, d.Length)]} has {min}-{max} digits after the area code";
            }
        }

        Digits.TryReadAll(d, out var nsn);
        result = new PhoneNumber(nsn);
        return null;
    }

    // Two-digit areas: 21 Jakarta, 22 Bandung, 24 Semarang, 31 Surabaya, 61 Medan; all others three digits.
    private static int AreaCodeLength(ReadOnlySpan<char> nsn) =>
        nsn.StartsWith("21") || nsn.StartsWith("22") || nsn.StartsWith("24") || nsn.StartsWith("31") || nsn.StartsWith("61") ? 2 : 3;

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static PhoneNumber IParsable<PhoneNumber>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out PhoneNumber)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The number.</param>
    static bool IParsable<PhoneNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PhoneNumber result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static PhoneNumber ISpanParsable<PhoneNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out PhoneNumber)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The number.</param>
    static bool ISpanParsable<PhoneNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PhoneNumber result) => TryParse(s, out result);

    /// <summary>Returns the E.164 form, for example <c>"+6281234567890"</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the number. <c>null</c>, <c>""</c> or <c>"E"</c>: E.164 (<c>+6281234567890</c>);
    /// <c>"N"</c>: national, grouped as Indonesians write it (<c>0812-3456-7890</c>, <c>(021) 555-1234</c>);
    /// <c>"D"</c>: national digits (<c>081234567890</c>).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored: the forms are invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[BufferLength];
        return TryFormat(buffer, out var n, format, formatProvider)
            ? new string(buffer[..n])
            : throw new FormatException($"'{format}' is not a phone number format: use \"E\", \"N\" or \"D\".");
    }

    /// <summary>Writes the number (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The destination.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"E"</c>, <c>"N"</c> or <c>"D"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        var f = format.IsEmpty ? 'E' : format.Length == 1 ? char.ToUpperInvariant(format[0]) : '?';
        var length = NsnLength;
        Span<char> nsn = stackalloc char[MaxNationalLength + 8];
        Digits.Write(_nsn, nsn, length);
        ReadOnlySpan<char> n = nsn[..length];
        Span<char> buffer = stackalloc char[BufferLength];
        var pos = 0;
        switch (f)
        {
            case 'E':
                buffer[pos++] = '+';
                buffer[pos++] = '6';
                buffer[pos++] = '2';
                n.CopyTo(buffer[pos..]);
                pos += n.Length;
                break;
            case 'D':
                buffer[pos++] = '0';
                n.CopyTo(buffer[pos..]);
                pos += n.Length;
                break;
            case 'N' when _nsn == 0:
                buffer[pos++] = '0'; // default(PhoneNumber) only
                break;
            case 'N':
                if (IsMobile)
                {
                    // 0812-3456-7890: 0 + 3 digits, then groups of 4.
                    buffer[pos++] = '0';
                    for (var i = 0; i < n.Length; i++)
                    {
                        if (i == 3 || (i > 3 && (i - 3) % 4 == 0))
                        {
                            buffer[pos++] = '-';
                        }

                        buffer[pos++] = n[i];
                    }
                }
                else
                {
                    // (021) 555-1234: area code in parentheses, the last four digits apart.
                    var area = AreaCodeLength(n);
                    buffer[pos++] = '(';
                    buffer[pos++] = '0';
                    n[..area].CopyTo(buffer[pos..]);
                    pos += area;
                    buffer[pos++] = ')';
                    buffer[pos++] = ' ';
                    var subscriber = n[area..];
                    var split = subscriber.Length - 4;
                    subscriber[..split].CopyTo(buffer[pos..]);
                    pos += split;
                    buffer[pos++] = '-';
                    subscriber[split..].CopyTo(buffer[pos..]);
                    pos += 4;
                }

                break;
            default:
                return false;
        }

        if (destination.Length < pos)
        {
            return false;
        }

        buffer[..pos].CopyTo(destination);
        charsWritten = pos;
        return true;
    }

    /// <summary>Writes the number as UTF-8 (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="utf8Destination">The destination.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"E"</c>, <c>"N"</c> or <c>"D"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    /// <inheritdoc/>
    public bool Equals(PhoneNumber other) => _nsn == other._nsn;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PhoneNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _nsn.GetHashCode();

    /// <summary>Value equality: the same E.164 number.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PhoneNumber left, PhoneNumber right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(PhoneNumber left, PhoneNumber right) => !left.Equals(right);
}
