using System;
using System.Buffers;
using System.Text;

namespace IkmDomain.Common;

/// <summary>
/// UTF-8 formatting for the value types whose text is always ASCII (codes, identifiers, measures):
/// the type's own char formatting, copied to bytes. One implementation of
/// <see cref="IUtf8SpanFormattable.TryFormat"/> for all of them.
/// </summary>
internal static class AsciiUtf8
{
    /// <summary>The longest text a type using this helper formats to.</summary>
    private const int MaxLength = 64;

    /// <summary>Formats <paramref name="value"/> through its char <c>TryFormat</c> and copies the ASCII text as UTF-8.</summary>
    /// <returns>False, with nothing claimed written, when the format is rejected or the destination is too small.</returns>
    public static bool TryFormat<T>(in T value, Span<byte> destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[MaxLength];
        if (value.TryFormat(chars, out var length, format, provider)
            && Ascii.FromUtf16(chars[..length], destination, out bytesWritten) == OperationStatus.Done)
        {
            return true;
        }

        bytesWritten = 0;
        return false;
    }
}
