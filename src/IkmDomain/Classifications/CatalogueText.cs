using System;

namespace IkmDomain.Classifications;

/// <summary>Loose name matching for the crafts catalogues: case-insensitive, '-', '_' and ' ' equal.</summary>
internal static class CatalogueText
{
    public static bool NameEquals(ReadOnlySpan<char> input, string name)
    {
        if (input.Length != name.Length)
        {
            return false;
        }

        for (var i = 0; i < input.Length; i++)
        {
            if (Fold(input[i]) != Fold(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool TryCopy(string text, Span<char> destination, out int written)
    {
        if (text.AsSpan().TryCopyTo(destination))
        {
            written = text.Length;
            return true;
        }

        written = 0;
        return false;
    }

    public static bool TryCopy(string text, Span<byte> destination, out int written)
    {
        // Catalogue codes are ASCII.
        written = 0;
        if (destination.Length < text.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = (byte)text[i];
        }

        written = text.Length;
        return true;
    }

    private static char Fold(char c) => c switch
    {
        '-' or '_' => ' ',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };
}
