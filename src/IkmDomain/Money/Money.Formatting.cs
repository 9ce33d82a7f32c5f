using System;
using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.Unicode;

namespace IkmDomain;

public readonly partial struct Money
{
    // Currency patterns of NumberFormatInfo: '$' symbol, 'n' number, '-' negative sign.
    private static readonly string[] s_positivePatterns = ["$n", "n$", "$ n", "n $"];

    private static readonly string[] s_negativePatterns =
    [
        "($n)", "-$n", "$-n", "$n-", "(n$)", "-n$", "n-$", "n$-", "-n $", "-$ n", "n $-", "$ n-", "$ -n", "n- $", "($ n)", "(n $)", "$- n",
    ];

    private static readonly string[] s_numberNegativePatterns = ["(n)", "-n", "- n", "n-", "n -"];

    private static readonly int[] s_threes = [3];

    /// <summary>
    /// The invariant machine form: ISO code, one space, the amount with at least the currency's
    /// minor digits (<c>"IDR 1300000.00"</c>, <c>"JPY 1300"</c>, <c>"IDR 0.125"</c>).
    /// Independent of the current culture; <see cref="Parse(string, IFormatProvider?)"/> reads it back exactly.
    /// </summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[48];
        TryFormatCanonical(buffer, out var written);
        return new string(buffer[..written]);
    }

    /// <summary>
    /// Formats the amount.
    /// <list type="bullet">
    /// <item><c>null</c>, <c>""</c>, <c>"G"</c> or <c>"R"</c>: the invariant form <c>"IDR 1300000.00"</c> (the provider is ignored).</item>
    /// <item><c>"C"</c>: with the currency's symbol and the provider's separators, grouping and sign
    /// patterns, with the currency's minor digits: <c>"Rp1.300.000,00"</c> with
    /// <see cref="IndonesianFormat.NumberFormat"/>, <c>"-Rp1.300.000,00"</c> when negative.</item>
    /// <item><c>"C0"</c> … <c>"C28"</c>: the same with that many decimals (<c>"Rp1.300.000"</c>),
    /// rounded half away from zero as .NET number formatting does.</item>
    /// <item><c>"N"</c>, <c>"N0"</c> … : the grouped number alone (<c>"1.300.000,00"</c>).</item>
    /// </list>
    /// </summary>
    /// <param name="format">The format (see above).</param>
    /// <param name="formatProvider">Supplies separators and patterns for C and N; the current culture when null.</param>
    /// <exception cref="FormatException">The format is not one of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (IsCanonical(format))
        {
            return ToString();
        }

        if (ReferenceEquals(formatProvider, IndonesianFormat.NumberFormat) && _hi == 0)
        {
            // The price-tag path ("Rp1.300.000,00"): straight from the decimal's words into the new
            // string, its only allocation.
            var (kind, digits) = ParseFormat(format);
            var text = IndonesianText.Create(this, kind == 'C', digits);
            return string.Create(text.Length, text, static (destination, t) => t.Write(destination));
        }

        return ToStringGeneral(format, formatProvider);
    }

    // Apart from ToString, so that its stack buffer (zeroed on entry) does not cost the fast path.
    private string ToStringGeneral(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[256];
        if (TryFormat(buffer, out var written, format, formatProvider))
        {
            return new string(buffer[..written]);
        }

        // Exotic providers with very long separators: grow on the heap.
        var size = 1024;
        while (true)
        {
            var rented = ArrayPool<char>.Shared.Rent(size);
            try
            {
                if (TryFormat(rented, out written, format, formatProvider))
                {
                    return new string(rented, 0, written);
                }
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }

            size *= 4;
        }
    }

    /// <summary>
    /// Writes the amount as UTF-16 without allocating (same formats as
    /// <see cref="ToString(string?, IFormatProvider?)"/>).
    /// </summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">Characters written.</param>
    /// <param name="format">Empty for the invariant form, or C, Cn, N, Nn.</param>
    /// <param name="provider">Separators and patterns for C and N.</param>
    /// <returns>False when <paramref name="destination"/> is too small.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (IsCanonical(format))
        {
            return TryFormatCanonical(destination, out charsWritten);
        }

        var (kind, digits) = ParseFormat(format);
        return TryFormatHuman(destination, out charsWritten, kind, digits, NumberFormatInfo.GetInstance(provider));
    }

    /// <summary>
    /// Writes the amount as UTF-8 without allocating (same formats as
    /// <see cref="ToString(string?, IFormatProvider?)"/>); the invariant form is what feeds use.
    /// </summary>
    /// <param name="utf8Destination">Where to write the UTF-8 bytes.</param>
    /// <param name="bytesWritten">Bytes written.</param>
    /// <param name="format">Empty for the invariant form, or C, Cn, N, Nn.</param>
    /// <param name="provider">Separators and patterns for C and N.</param>
    /// <returns>False when <paramref name="utf8Destination"/> is too small.</returns>
    /// <exception cref="FormatException">The format is not supported.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (IsCanonical(format))
        {
            return TryFormatCanonicalUtf8(utf8Destination, out bytesWritten);
        }

        Span<char> buffer = stackalloc char[256];
        if (!TryFormat(buffer, out var chars, format, provider))
        {
            // Only exotic providers get here; the char form is at most a few hundred characters.
            var rented = ArrayPool<char>.Shared.Rent(4096);
            try
            {
                if (!TryFormat(rented, out chars, format, provider))
                {
                    bytesWritten = 0;
                    return false;
                }

                return Utf8.FromUtf16(rented.AsSpan(0, chars), utf8Destination, out _, out bytesWritten) == OperationStatus.Done;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        return Utf8.FromUtf16(buffer[..chars], utf8Destination, out _, out bytesWritten) == OperationStatus.Done;
    }

    private static bool IsCanonical(ReadOnlySpan<char> format) =>
        format.IsEmpty || format is "G" or "g" or "R" or "r";

    // decimal keeps the sign of zero ("-0.00"); money text never shows it.
    private decimal CanonicalAmount() =>
        WithMinimumScale(Amount == 0m ? Math.Abs(Amount) : Amount, Currency.MinorUnits);

    private bool TryFormatCanonical(Span<char> destination, out int charsWritten)
    {
        if (_hi == 0)
        {
            // Fast path (amounts below 2^64 units of their last decimal): ASCII digits, widened.
            Span<byte> ascii = stackalloc byte[48];
            if (!TryFormatCanonicalAscii(ascii, out var length) || length > destination.Length)
            {
                charsWritten = 0;
                return false;
            }

            for (var i = 0; i < length; i++)
            {
                destination[i] = (char)ascii[i];
            }

            charsWritten = length;
            return true;
        }

        if (destination.Length > 4 &&
            CanonicalAmount().TryFormat(destination[4..], out var written, default, CultureInfo.InvariantCulture))
        {
            Currency.CodeSpan.CopyTo(destination);
            destination[3] = ' ';
            charsWritten = written + 4;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private bool TryFormatCanonicalUtf8(Span<byte> destination, out int bytesWritten)
    {
        if (_hi == 0)
        {
            return TryFormatCanonicalAscii(destination, out bytesWritten);
        }

        if (destination.Length > 4 &&
            CanonicalAmount().TryFormat(destination[4..], out var written, default, CultureInfo.InvariantCulture))
        {
            var code = Currency.CodeSpan;
            destination[0] = (byte)code[0];
            destination[1] = (byte)code[1];
            destination[2] = (byte)code[2];
            destination[3] = (byte)' ';
            bytesWritten = written + 4;
            return true;
        }

        bytesWritten = 0;
        return false;
    }

    /// <summary>
    /// "IDR 1300000.00": the code, a space, then <see cref="TryFormatAmountAscii"/> (the caller checks
    /// <c>_hi == 0</c>): no decimal formatting machinery, no culture lookup.
    /// </summary>
    private bool TryFormatCanonicalAscii(Span<byte> destination, out int written)
    {
        if (destination.Length < 5 || !TryFormatAmountAscii(destination[4..], out var amount))
        {
            written = 0;
            return false;
        }

        var code = Currency.CodeSpan;
        destination[0] = (byte)code[0];
        destination[1] = (byte)code[1];
        destination[2] = (byte)code[2];
        destination[3] = (byte)' ';
        written = amount + 4;
        return true;
    }

    private (char Kind, int Digits) ParseFormat(ReadOnlySpan<char> format)
    {
        var kind = (char)(format[0] & ~0x20);
        if (kind is 'C' or 'N')
        {
            if (format.Length == 1)
            {
                return (kind, Currency.HasMinorUnits ? Currency.MinorUnits : Math.Min((int)Amount.Scale, 28));
            }

            if (format.Length <= 3 &&
                int.TryParse(format[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var digits) &&
                digits <= 28)
            {
                return (kind, digits);
            }
        }

        throw new FormatException(
            $"'{format.ToString()}' is not a Money format: use G (\"IDR 1300000.00\"), C or C0..C28 (\"Rp1.300.000,00\"), or N or N0..N28.");
    }

    /// <summary>
    /// C and N with <see cref="IndonesianFormat.NumberFormat"/> for amounts whose mantissa fits in 64
    /// bits: the same text as <see cref="TryFormatHuman"/> (rounded half away from zero; '.' groups
    /// of three, ',' decimals, <c>-Rp</c> when negative) without the decimal formatting machinery.
    /// </summary>
    /// <returns>False when the destination is too small.</returns>
    private bool TryFormatIndonesianFast(Span<char> destination, out int charsWritten, bool currency, int digits)
    {
        var text = IndonesianText.Create(this, currency, digits);
        if (text.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        text.Write(destination[..text.Length]);
        charsWritten = text.Length;
        return true;
    }

    /// <summary>
    /// The price-tag text ("Rp1.300.000,00", "-Rp5", "1.300.000,00") of an amount whose mantissa fits
    /// in 64 bits, laid out first so that it can be written once, right to left, straight into its
    /// destination (for <see cref="ToString(string?, IFormatProvider?)"/>, the new string itself).
    /// </summary>
    private readonly struct IndonesianText
    {
        // "00" to "99": two digits per division instead of one.
        private const string Pairs =
            "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";

        private readonly ulong _mantissa;
        private readonly int _scale;
        private readonly int _digits;
        private readonly bool _negative;
        private readonly string _symbol;

        private IndonesianText(ulong mantissa, int scale, int digits, bool negative, string symbol, int length)
        {
            _mantissa = mantissa;
            _scale = scale;
            _digits = digits;
            _negative = negative;
            _symbol = symbol;
            Length = length;
        }

        /// <summary>The number of characters <see cref="Write"/> writes.</summary>
        public int Length { get; }

        public static IndonesianText Create(Money money, bool currency, int digits)
        {
            var mantissa = money._lo;
            var scale = (money._flags >> 16) & 0xFF;
            if (digits < scale)
            {
                var drop = scale - digits;
                if (drop > 19)
                {
                    mantissa = 0; // below 2^64 < 10^20: rounds to zero
                }
                else
                {
                    var power = Digits.Pow10(drop);
                    var quotient = mantissa / power;
                    var remainder = mantissa - (quotient * power);
                    mantissa = remainder >= power - remainder ? quotient + 1 : quotient; // half away from zero
                }

                scale = digits;
            }

            // No division by a power of ten held in a variable (a hardware divide): the digits are
            // counted, and the fraction is split off by constant divisions as it is written.
            var count = CountDigits(mantissa);
            var integerDigits = count > scale ? count - scale : 1;
            var negative = money._flags < 0 && mantissa != 0; // never "-0,00"
            var symbol = currency ? money.Currency.Symbol : string.Empty;
            var length = (negative ? 1 : 0) + symbol.Length + integerDigits + ((integerDigits - 1) / 3) +
                         (digits > 0 ? 1 + digits : 0);
            return new IndonesianText(mantissa, scale, digits, negative, symbol, length);
        }

        /// <summary>Writes the text; <paramref name="destination"/> is exactly <see cref="Length"/> long.</summary>
        public void Write(Span<char> destination)
        {
            var at = destination.Length;
            var integer = _mantissa;
            if (_digits > 0)
            {
                // Padding zeros, then the fraction's digits, two at a time; what is left is the integer.
                at -= _digits - _scale;
                destination.Slice(at, _digits - _scale).Fill('0');
                var left = _scale;
                for (; left >= 2; left -= 2)
                {
                    var next = integer / 100;
                    at = WritePair(destination, at, (int)(integer - (next * 100)));
                    integer = next;
                }

                if (left == 1)
                {
                    var next = integer / 10;
                    destination[--at] = (char)('0' + (int)(integer - (next * 10)));
                    integer = next;
                }

                destination[--at] = ',';
            }

            // The integer digits by groups of three, '.' between them.
            while (integer > uint.MaxValue)
            {
                var next = integer / 1000;
                at = WriteGroup(destination, at, (uint)(integer - (next * 1000)));
                integer = next;
            }

            var value = (uint)integer;
            while (value >= 1000)
            {
                var next = value / 1000;
                at = WriteGroup(destination, at, value - (next * 1000));
                value = next;
            }

            if (value >= 100)
            {
                var hundreds = value / 100;
                at = WritePair(destination, at, (int)(value - (hundreds * 100)));
                destination[--at] = (char)('0' + hundreds);
            }
            else if (value >= 10)
            {
                at = WritePair(destination, at, (int)value);
            }
            else
            {
                destination[--at] = (char)('0' + value);
            }

            _symbol.CopyTo(destination[(at - _symbol.Length)..]);
            if (_negative)
            {
                destination[0] = '-';
            }
        }

        // Three digits of a full group and the '.' before them.
        private static int WriteGroup(Span<char> destination, int at, uint group)
        {
            var hundreds = group / 100;
            at = WritePair(destination, at, (int)(group - (hundreds * 100)));
            destination[at - 1] = (char)('0' + hundreds);
            destination[at - 2] = '.';
            return at - 2;
        }

        private static int WritePair(Span<char> destination, int at, int pair)
        {
            destination[at - 1] = Pairs[(2 * pair) + 1];
            destination[at - 2] = Pairs[2 * pair];
            return at - 2;
        }

        private static int CountDigits(ulong value)
        {
            // floor(log10) from log2, then one comparison with the next power of ten.
            var guess = ((BitOperations.Log2(value) + 1) * 1233) >> 12;
            return guess < 20 && value >= Digits.Pow10(guess) ? guess + 1 : Math.Max(guess, 1);
        }
    }

    private bool TryFormatHuman(Span<char> destination, out int charsWritten, char kind, int digits, NumberFormatInfo nfi)
    {
        if (ReferenceEquals(nfi, IndonesianFormat.NumberFormat) && _hi == 0)
        {
            return TryFormatIndonesianFast(destination, out charsWritten, kind == 'C', digits);
        }

        return TryFormatHumanGeneral(destination, out charsWritten, kind, digits, nfi);
    }

    // Apart from TryFormatHuman, so that its stack buffers (zeroed on entry) do not cost the fast path.
    private bool TryFormatHumanGeneral(Span<char> destination, out int charsWritten, char kind, int digits, NumberFormatInfo nfi)
    {
        charsWritten = 0;
        var isCurrency = kind == 'C';

        // The digits, invariant: "1300000.00" (rounded half away from zero, like .NET's own "F").
        Span<char> raw = stackalloc char[64];
        Span<char> fmt = stackalloc char[3];
        fmt[0] = 'F';
        int fmtLength;
        if (digits < 10)
        {
            fmt[1] = (char)('0' + digits);
            fmtLength = 2;
        }
        else
        {
            fmt[1] = (char)('0' + (digits / 10));
            fmt[2] = (char)('0' + (digits % 10));
            fmtLength = 3;
        }

        var absolute = Math.Abs(Amount);
        if (!absolute.TryFormat(raw, out var rawLength, fmt[..fmtLength], CultureInfo.InvariantCulture))
        {
            return false;
        }

        var rounded = raw[..rawLength];
        var negative = Amount < 0m && rounded.ContainsAnyExcept("0.");
        var point = rounded.IndexOf('.');
        var integer = point < 0 ? rounded : rounded[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : rounded[(point + 1)..];

        var groupSeparator = isCurrency ? nfi.CurrencyGroupSeparator : nfi.NumberGroupSeparator;
        var decimalSeparator = isCurrency ? nfi.CurrencyDecimalSeparator : nfi.NumberDecimalSeparator;
        var groupSizes = GroupSizes(nfi, isCurrency);

        // Where group separators go, counted from the left of the integer digits.
        Span<int> cuts = stackalloc int[32];
        var cutCount = 0;
        var position = integer.Length;
        var sizeIndex = 0;
        var size = groupSizes.Length > 0 ? groupSizes[0] : 0;
        while (size > 0 && position - size > 0 && cutCount < cuts.Length)
        {
            position -= size;
            cuts[cutCount++] = position;
            if (sizeIndex < groupSizes.Length - 1)
            {
                sizeIndex++;
                size = groupSizes[sizeIndex];
            }
        }

        var pattern = isCurrency
            ? negative ? s_negativePatterns[nfi.CurrencyNegativePattern] : s_positivePatterns[nfi.CurrencyPositivePattern]
            : negative ? s_numberNegativePatterns[nfi.NumberNegativePattern] : "n";

        var symbol = Currency.Symbol;
        var written = 0;
        foreach (var part in pattern)
        {
            switch (part)
            {
                case '$':
                    if (!Append(destination, ref written, symbol))
                    {
                        return false;
                    }

                    break;
                case '-':
                    if (!Append(destination, ref written, nfi.NegativeSign))
                    {
                        return false;
                    }

                    break;
                case 'n':
                    var start = 0;
                    for (var c = cutCount - 1; c >= 0; c--)
                    {
                        if (!Append(destination, ref written, integer[start..cuts[c]]) ||
                            !Append(destination, ref written, groupSeparator))
                        {
                            return false;
                        }

                        start = cuts[c];
                    }

                    if (!Append(destination, ref written, integer[start..]))
                    {
                        return false;
                    }

                    if (!fraction.IsEmpty &&
                        (!Append(destination, ref written, decimalSeparator) || !Append(destination, ref written, fraction)))
                    {
                        return false;
                    }

                    break;
                default:
                    if (written >= destination.Length)
                    {
                        return false;
                    }

                    destination[written++] = part;
                    break;
            }
        }

        charsWritten = written;
        return true;
    }

    private static bool Append(Span<char> destination, ref int written, ReadOnlySpan<char> text)
    {
        if (!text.TryCopyTo(destination[written..]))
        {
            return false;
        }

        written += text.Length;
        return true;
    }

    // NumberFormatInfo returns a fresh copy of its group sizes on every call; read-only instances
    // (cultures, IndonesianFormat) are cached so formatting them does not allocate.
    private static GroupSizeCache? s_groupSizeCache;

    private static ReadOnlySpan<int> GroupSizes(NumberFormatInfo nfi, bool currency)
    {
        if (ReferenceEquals(nfi, IndonesianFormat.NumberFormat) || ReferenceEquals(nfi, NumberFormatInfo.InvariantInfo))
        {
            return s_threes;
        }

        var cached = s_groupSizeCache;
        if (cached is not null && ReferenceEquals(cached.Info, nfi) && cached.Currency == currency)
        {
            return cached.Sizes;
        }

        var sizes = currency ? nfi.CurrencyGroupSizes : nfi.NumberGroupSizes;
        if (nfi.IsReadOnly)
        {
            s_groupSizeCache = new GroupSizeCache(nfi, currency, sizes);
        }

        return sizes;
    }

    private sealed record GroupSizeCache(NumberFormatInfo Info, bool Currency, int[] Sizes);
}
