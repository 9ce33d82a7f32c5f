using System;

namespace IkmDomain.Feeds;

/// <summary>
/// Maps a property or field to a feed attribute, overriding the naming convention (a member named
/// <c>Title</c> maps to <c>title</c> without it). On a positional record write
/// <c>[property: FeedField(FeedAttribute.Id)]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class FeedFieldAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="attribute">The feed attribute the member supplies.</param>
    public FeedFieldAttribute(FeedAttribute attribute) => Attribute = attribute;

    /// <summary>The feed attribute the member supplies.</summary>
    public FeedAttribute Attribute { get; }
}
