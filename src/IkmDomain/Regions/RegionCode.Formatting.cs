using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IkmDomain.Common;

namespace IkmDomain.Regions;

public readonly partial struct RegionCode
{
    /// <summary>The canonical dotted form, for example <c>35.73.01.1001</c>; culture-invariant.</summary>
    /// <returns>The dotted code.</returns>
    public override string ToString() => Level switch
    {
        RegionLevel.Province => string.Create(2, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
        RegionLevel.Regency => string.Create(5, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
        RegionLevel.District => string.Create(8, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
        _ => string.Create(13, this, static (span, c) => c.TryFormatCore(span, dotted: true, out _)),
    };

    /// <summary>The digits only, for example <c>3573011001</c>.</summary>
    /// <returns>The compact code.</returns>
    public string ToCompactString() => string.Create(DigitCount(Level), this, static (span, c) => c.TryFormatCore(span, dotted: false, out _));

    /// <summary>Formats the code: <c>G</c> (or null/empty) gives the dotted form, <c>C</c> the digits only.</summary>
    /// <param name="format"><c>G</c>, <c>C</c>, null or empty.</param>
    /// <param name="formatProvider">Ignored: the format is culture-invariant.</param>
    /// <returns>The formatted code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>G</c> or <c>C</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        IsDotted(format) ? ToString() : ToCompactString();

    /// <inheritdoc cref="TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, dotted: true, out charsWritten);

    /// <summary>Writes the code into <paramref name="destination"/>; <c>G</c> (or empty) dotted, <c>C</c> digits only.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format"><c>G</c>, <c>C</c> or empty.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>G</c> or <c>C</c>.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(destination, IsDotted(format), out charsWritten);

    /// <summary>Writes the code as UTF-8; <c>G</c> (or empty) dotted, <c>C</c> digits only.</summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format"><c>G</c>, <c>C</c> or empty.</param>
    /// <param name="provider">Ignored: the format is culture-invariant.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not <c>G</c> or <c>C</c>.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        AsciiUtf8.TryFormat(this, utf8Destination, out bytesWritten, format, provider);

    private static bool IsDotted(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G" or "g")
        {
            return true;
        }

        if (format is "C" or "c")
        {
            return false;
        }

        throw new FormatException($"'{format.ToString()}' is not a RegionCode format: use 'G' (dotted, 35.73.01.1001) or 'C' (digits only, 3573011001).");
    }

    private static int DigitCount(RegionLevel level) => level switch
    {
        RegionLevel.Province => 2,
        RegionLevel.Regency => 4,
        RegionLevel.District => 6,
        _ => 10,
    };

    private bool TryFormatCore(Span<char> destination, bool dotted, out int charsWritten)
    {
        var level = Level;
        var length = dotted ? level switch
        {
            RegionLevel.Province => 2,
            RegionLevel.Regency => 5,
            RegionLevel.District => 8,
            _ => 13,
        } : DigitCount(level);
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        var pos = 0;
        Write2(destination, ref pos, ProvinceNumber);
        if (level >= RegionLevel.Regency)
        {
            if (dotted)
            {
                destination[pos++] = '.';
            }

            Write2(destination, ref pos, RegencyNumber);
        }

        if (level >= RegionLevel.District)
        {
            if (dotted)
            {
                destination[pos++] = '.';
            }

            Write2(destination, ref pos, DistrictNumber);
        }

        if (level == RegionLevel.Village)
        {
            if (dotted)
            {
                destination[pos++] = '.';
            }

            var v = VillageNumber;
            Write2(destination, ref pos, v / 100);
            Write2(destination, ref pos, v % 100);
        }

        charsWritten = pos;
        return true;
    }

    private static void Write2(Span<char> destination, ref int pos, int value)
    {
        destination[pos++] = (char)('0' + value / 10);
        destination[pos++] = (char)('0' + value % 10);
    }
}
