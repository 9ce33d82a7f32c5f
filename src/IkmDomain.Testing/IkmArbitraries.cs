using FsCheck;
using FsCheck.Fluent;
using IkmDomain.Common;
using IkmDomain.Feeds;

namespace IkmDomain.Testing;

/// <summary>
/// FsCheck arbitraries for IkmDomain types. Register them with
/// <c>[Property(Arbitrary = new[] { typeof(IkmArbitraries) })]</c> or use the generators directly.
/// </summary>
/// <remarks>Every generated value is valid by construction; methods named <c>Invalid…</c> give text that must be rejected.</remarks>
public static partial class IkmArbitraries
{
    /// <summary>Any <see cref="Marketplace"/>.</summary>
    public static Arbitrary<Marketplace> Marketplace() =>
        Gen.Elements((Marketplace[])System.Enum.GetValues(typeof(Marketplace))).ToArbitrary();

    /// <summary>Any <see cref="FeedFormat"/>.</summary>
    public static Arbitrary<FeedFormat> FeedFormat() =>
        Gen.Elements((FeedFormat[])System.Enum.GetValues(typeof(FeedFormat))).ToArbitrary();

    /// <summary>
    /// A non-empty <see cref="Common.FeedUrl"/>: http or https, a host, and a path of letters, digits,
    /// spaces, commas and non-ASCII letters (escaped in its text).
    /// </summary>
    public static Arbitrary<FeedUrl> FeedUrl() => (
        from https in Gen.Elements(true, false)
        from host in Gen.Elements("toko.example", "cdn.example.id", "kriya.example.co.id")
        from path in Gen.Elements("a", "b", "Z", "7", " ", ",", "é", "ü", "-").ArrayOf().Select(parts => string.Concat(parts))
        select new FeedUrl(new System.Uri((https ? "https://" : "http://") + host + "/" + path))).ToArbitrary();
}
