using System;

namespace IkmDomain.Feeds;

/// <summary>
/// Asks the IkmDomain source generator to write a feed writer for the annotated type.
/// For a type <c>T</c> the generator emits <c>static partial class TFeeds</c> with one nested writer
/// per attribute, named marketplace + format (for example <c>TFeeds.GoogleMerchantTsv</c>).
/// </summary>
/// <remarks>The attribute is read at compile time only; writers use no reflection at run time.</remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
public sealed class MarketplaceFeedAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="marketplace">The marketplace whose rules and attribute names the feed follows.</param>
    /// <param name="format">The file format to write.</param>
    public MarketplaceFeedAttribute(Marketplace marketplace, FeedFormat format)
    {
        Marketplace = marketplace;
        Format = format;
    }

    /// <summary>The marketplace whose rules and attribute names the feed follows.</summary>
    public Marketplace Marketplace { get; }

    /// <summary>The file format to write.</summary>
    public FeedFormat Format { get; }
}
