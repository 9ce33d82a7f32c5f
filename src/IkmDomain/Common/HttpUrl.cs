using System;
using System.Diagnostics.CodeAnalysis;

namespace IkmDomain.Common;

/// <summary>The one rule every link in the library follows: an absolute URL with the http or https scheme.</summary>
internal static class HttpUrl
{
    /// <summary>Whether <paramref name="value"/> is absolute with the http or https scheme (RFC 9110 §4.2); false for null.</summary>
    /// <param name="value">The URL, or null.</param>
    /// <returns><see langword="true"/> when absolute http or https.</returns>
    public static bool IsAbsoluteHttp([NotNullWhen(true)] Uri? value) =>
        value is { IsAbsoluteUri: true } && (value.Scheme == Uri.UriSchemeHttps || value.Scheme == Uri.UriSchemeHttp);
}
