using System;
using System.Collections.Generic;

namespace IkmDomain.Cli.Tool;

/// <summary>The nearest valid word to a mistyped one (Levenshtein distance), for "did you mean" hints.</summary>
internal static class Suggest
{
    /// <summary>The candidate closest to <paramref name="typed"/>, or null when none is close (distance above a third of its length, at least 2).</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var bare = typed.TrimStart('-').ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var d = Distance(bare, candidate.TrimStart('-').ToLowerInvariant());
            if (d < bestDistance)
            {
                bestDistance = d;
                best = candidate;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, bare.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
