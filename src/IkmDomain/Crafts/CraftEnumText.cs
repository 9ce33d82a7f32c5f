using System;

namespace IkmDomain.Crafts;

/// <summary>Loose text for <see cref="Availability"/> and <see cref="Condition"/> (marketplace spellings and Indonesian).</summary>
internal static class CraftEnumText
{
    public static bool TryParseAvailability(string? text, out Availability availability)
    {
        availability = default;
        switch (Squash(text))
        {
            case "instock" or "tersedia" or "ada":
                availability = Availability.InStock;
                return true;
            case "outofstock" or "habis" or "stokhabis" or "soldout":
                availability = Availability.OutOfStock;
                return true;
            case "preorder" or "po" or "availablefororder":
                availability = Availability.Preorder;
                return true;
            case "backorder":
                availability = Availability.Backorder;
                return true;
            default:
                return false;
        }
    }

    public static bool TryParseCondition(string? text, out Condition condition)
    {
        condition = default;
        switch (Squash(text))
        {
            case "new" or "baru":
                condition = Condition.New;
                return true;
            case "refurbished" or "rekondisi":
                condition = Condition.Refurbished;
                return true;
            case "used" or "bekas":
                condition = Condition.Used;
                return true;
            default:
                return false;
        }
    }

    // Lower-case ASCII letters only: "In Stock", "in_stock", "IN-STOCK" all become "instock".
    private static string Squash(string? text)
    {
        if (text is null || text.Length > 40)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[40];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (c is not (' ' or '_' or '-'))
            {
                return string.Empty;
            }
        }

        return new string(buffer[..n]);
    }
}
