using System.Globalization;

namespace IkmDomain.Common;

/// <summary>A count and its noun, in English messages: <c>1 item</c>, <c>2 items</c> (invariant digits).</summary>
internal static class EnglishCount
{
    /// <summary>The count, a space and <paramref name="singular"/> when it is 1, else <paramref name="plural"/>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one (<c>item</c>).</param>
    /// <param name="plural">The noun for any other count (<c>items</c>).</param>
    /// <returns>For example <c>1 item</c>, <c>0 items</c>.</returns>
    public static string Of(long count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
