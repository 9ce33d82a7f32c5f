using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace IkmDomain.Classifications;

/// <summary>
/// A KBLI code (<i>Klasifikasi Baku Lapangan Usaha Indonesia</i>, the Indonesian standard industrial
/// classification): five digits together with the <see cref="KbliVersion">edition</see> they belong to.
/// </summary>
/// <remarks>
/// <para>KBLI 2020 is Peraturan BPS 2/2020 (the edition the OSS API specifies); KBLI 2025 is Peraturan
/// BPS 7/2025, in force from December 2025. The editions renumbered codes (batik is 13134 in 2020 but
/// 13133 in 2025, where 13133 was fabric printing in 2020), so the edition is part of the value.</para>
/// <para>Text form: <c>"16293"</c> is a KBLI 2020 code (<see cref="DefaultVersion"/>), <c>"13133/2025"</c>
/// a KBLI 2025 code; <c>"16293/2020"</c> is also accepted. Any well-formed five-digit code in divisions
/// 01-99 is allowed (division 00 does not exist; <c>default(Kbli)</c>, <c>00000</c>, is "not set" and
/// refused by parsing, JSON, the EF Core converters and the validators, IKM020);
/// the embedded catalogue of craft-relevant codes supplies <see cref="Title"/> where it knows the code.
/// Catalogue titles are not yet verified against the BPS publications (<see cref="IsTitleVerified"/>).</para>
/// </remarks>
/// <threadsafety static="true" instance="true"/>
[JsonConverter(typeof(CanonicalTextJsonConverter<Kbli>))]
public readonly struct Kbli : IDefaultIsNotSet, IEquatable<Kbli>, ISpanParsable<Kbli>, ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The number of digits in a KBLI code (5).</summary>
    public const int Length = 5;

    /// <summary>The edition assumed when text names none: KBLI 2020, the edition of the OSS API and of existing records.</summary>
    public const KbliVersion DefaultVersion = KbliVersion.Kbli2020;

    private const int MaxTextLength = 10; // 99999/2025

    // KBLI divisions (golongan pokok) run from 01 to 99; 00xxx is no code, and 00000 is default(Kbli): "not set".
    private const int MinCode = 1000;

    private readonly int _code;
    private readonly bool _is2025; // false (the default struct) means KBLI 2020

    /// <summary>Creates a KBLI code.</summary>
    /// <param name="code">The five-digit code as a number, 1000 to 99999 (leading zeros are implied: 1000 is <c>01000</c>).</param>
    /// <param name="version">The edition.</param>
    /// <exception cref="ArgumentOutOfRangeException">The code is outside 1000-99999 (division 00 does not exist; code 0 is
    /// <c>default(Kbli)</c>, "not set") or the version is not defined.</exception>
    public Kbli(int code, KbliVersion version = DefaultVersion)
    {
        if (code < MinCode)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, $"A KBLI code is in divisions 01-99 (Perba BPS 2/2020, 7/2025), so at least {MinCode:00000}; division 00 does not exist and 00000 is default(Kbli), which means 'not set'.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 99_999);
        if (version is not (KbliVersion.Kbli2020 or KbliVersion.Kbli2025))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "The KBLI edition must be Kbli2020 or Kbli2025.");
        }

        _code = code;
        _is2025 = version == KbliVersion.Kbli2025;
    }

    /// <summary>Gets the code as a number (leading zeros not represented).</summary>
    public int Value => _code;

    /// <summary>Gets the five-digit code, for example <c>"16293"</c>.</summary>
    public string Code => string.Create(Length, _code, static (span, v) => Digits.Write((ulong)v, span, Length));

    /// <summary>Gets the edition the code belongs to.</summary>
    public KbliVersion Version => _is2025 ? KbliVersion.Kbli2025 : KbliVersion.Kbli2020;

    /// <summary>Gets the two-digit division (<i>golongan pokok</i>), for example 16 for wood products.</summary>
    public int Division => _code / 1000;

    /// <summary>Gets the title from the embedded catalogue, or null when the code is not in it.</summary>
    /// <remarks>Catalogue titles are not yet verified against the BPS publications; see <see cref="IsTitleVerified"/>.</remarks>
    public string? Title => KbliCatalogue.TryGet(Version, _code, out var e) ? e.Title : null;

    /// <summary>Gets a value indicating whether the embedded catalogue knows this code in this edition.</summary>
    public bool IsInCatalogue => KbliCatalogue.TryGet(Version, _code, out _);

    /// <summary>Gets a value indicating whether the catalogue lists this code as craft-relevant.</summary>
    public bool IsCraftRelevant => KbliCatalogue.TryGet(Version, _code, out var e) && e.IsCraftRelevant;

    /// <summary>
    /// Gets a value indicating whether <see cref="Title"/> has been checked against the BPS publication.
    /// False for every catalogue entry in this release: titles come from secondary sources.
    /// </summary>
    public bool IsTitleVerified => KbliCatalogue.TryGet(Version, _code, out var e) && e.IsTitleVerified;

    /// <summary>Parses a KBLI code: five digits, optionally followed by <c>/2020</c> or <c>/2025</c>.</summary>
    /// <param name="text">The text, for example <c>"16293"</c> or <c>"13133/2025"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a KBLI code.</exception>
    public static Kbli Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a KBLI code: five digits, optionally followed by <c>/2020</c> or <c>/2025</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException">The text is not a KBLI code.</exception>
    public static Kbli Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var kbli)
            ? kbli
            : throw new FormatException($"'{Digits.Quote(text)}' is not a valid KBLI code: expected five digits in divisions 01-99, optionally followed by /2020 or /2025 (Perba BPS 2/2020, 7/2025; 00000 is default(Kbli), 'not set').");

    /// <summary>Parses five digits as a code of the given edition.</summary>
    /// <param name="text">Five digits.</param>
    /// <param name="version">The edition.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not five digits.</exception>
    public static Kbli Parse(string text, KbliVersion version)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<char> digits = stackalloc char[Length];
        return IdentifierText.CollectDigits(text, digits) == Length && Digits.TryReadAll(digits, out var v) && v >= MinCode
            ? new Kbli((int)v, version)
            : throw new FormatException($"'{Digits.Quote(text)}' is not a valid KBLI code: expected exactly five digits in divisions 01-99 (spaces, dots and hyphens between digits are ignored; 00000 is default(Kbli), 'not set').");
    }

    /// <summary>Tries to parse a KBLI code. Never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The code, or default.</param>
    /// <returns>True when the text is a KBLI code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Kbli result) => TryParse(text.AsSpan(), out result);

    /// <summary>Tries to parse a KBLI code. Never throws.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The code, or default.</param>
    /// <returns>True when the text is a KBLI code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Kbli result)
    {
        result = default;
        text = IdentifierText.Trim(text);
        var version = DefaultVersion;
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            var suffix = text[(slash + 1)..];
            if (suffix.SequenceEqual("2020"))
            {
                version = KbliVersion.Kbli2020;
            }
            else if (suffix.SequenceEqual("2025"))
            {
                version = KbliVersion.Kbli2025;
            }
            else
            {
                return false;
            }

            text = text[..slash];
        }

        // IdentifierText: spaces, dots and hyphens between digits dropped.
        Span<char> digits = stackalloc char[Length];
        if (IdentifierText.CollectDigits(text, digits) != Length || !Digits.TryReadAll(digits, out var value) || value < MinCode)
        {
            return false;
        }

        result = new Kbli((int)value, version);
        return true;
    }

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Kbli IParsable<Kbli>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string, out Kbli)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code.</param>
    static bool IParsable<Kbli>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Kbli result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    static Kbli ISpanParsable<Kbli>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Kbli)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code.</param>
    static bool ISpanParsable<Kbli>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Kbli result) => TryParse(s, out result);

    /// <summary>Returns the canonical text: <c>"16293"</c> for KBLI 2020, <c>"13133/2025"</c> for KBLI 2025.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => _is2025 ? Code + "/2025" : Code;

    /// <summary>Formats the code: <c>null</c>, <c>""</c> or <c>"G"</c> canonical; <c>"C"</c> the five digits only; <c>"V"</c> always with the edition.</summary>
    /// <param name="format">The format.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">Unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[MaxTextLength];
        return TryFormat(buffer, out var n, format, formatProvider)
            ? new string(buffer[..n])
            : throw new FormatException($"'{format}' is not a KBLI format: use \"G\", \"C\" or \"V\".");
    }

    /// <summary>Writes the code (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="destination">The destination.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format"><c>"G"</c>, <c>"C"</c> or <c>"V"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        char f = format.IsEmpty ? 'G' : format.Length == 1 ? char.ToUpperInvariant(format[0]) : '?';
        bool withVersion;
        switch (f)
        {
            case 'G': withVersion = _is2025; break;
            case 'C': withVersion = false; break;
            case 'V': withVersion = true; break;
            default: return false;
        }

        var length = withVersion ? MaxTextLength : Length;
        if (destination.Length < length)
        {
            return false;
        }

        Digits.Write((ulong)_code, destination, Length);
        if (withVersion)
        {
            destination[Length] = '/';
            Digits.Write((ulong)(int)Version, destination[(Length + 1)..], 4);
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Writes the code as UTF-8 (see <see cref="ToString(string?, IFormatProvider?)"/>).</summary>
    /// <param name="utf8Destination">The destination.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="format"><c>"G"</c>, <c>"C"</c> or <c>"V"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too small or the format unknown.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    /// <summary>Value equality: same code and same edition.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(Kbli other) => _code == other._code && _is2025 == other._is2025;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Kbli other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_code, _is2025);

    /// <summary>Value equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Kbli left, Kbli right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Kbli left, Kbli right) => !left.Equals(right);
}
