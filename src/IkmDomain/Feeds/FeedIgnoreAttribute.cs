using System;

namespace IkmDomain.Feeds;

/// <summary>Keeps a property or field out of every generated feed, even when its name matches a feed attribute.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
public sealed class FeedIgnoreAttribute : Attribute
{
}
