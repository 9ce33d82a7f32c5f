using System;
using System.Collections.Generic;

namespace IkmDomain.Crafts;

/// <summary>The rules <see cref="CraftProduct"/> enforces, shared with the validators so both say the same thing.</summary>
internal static class CraftProductRules
{
    public const int MaxSkuLength = 50;
    public const int MaxTitleLength = 255;
    public const int MaxDescriptionLength = 10_000;
    public const int MaxBrandLength = 70;
    public const int MaxImageLinks = 10;

    /// <summary>1–50 characters (Unicode scalar values, as the feeds count), no control characters, no leading or trailing white space.</summary>
    public static bool IsValidSku(string? sku) =>
        sku is { Length: > 0 } && TextLength.Fits(sku, MaxSkuLength)
        && !char.IsWhiteSpace(sku[0]) && !char.IsWhiteSpace(sku[^1])
        && !HasControlCharacter(sku);

    /// <summary>Not blank and at most <paramref name="maxLength"/> characters, counted as the feeds count (<see cref="TextLength"/>).</summary>
    public static bool IsValidText(string? text, int maxLength) =>
        !string.IsNullOrWhiteSpace(text) && TextLength.Fits(text, maxLength);

    public static bool IsWebUri([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] Uri? uri) => Common.HttpUrl.IsAbsoluteHttp(uri);

    public static bool IsWebUri(string? text) =>
        Common.HttpUrl.TryCreateAbsolute(text, out var uri) && IsWebUri(uri);

    public static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasDuplicates<T>(IReadOnlyList<T> items)
    {
        var seen = new HashSet<T>();
        foreach (var item in items)
        {
            if (!seen.Add(item))
            {
                return true;
            }
        }

        return false;
    }
}
