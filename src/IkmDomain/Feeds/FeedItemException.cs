using System;

namespace IkmDomain.Feeds;

/// <summary>Thrown by a feed writer in strict mode (<see cref="FeedWriterOptions.Strict"/>) when an item breaks a marketplace rule.</summary>
public sealed class FeedItemException : InvalidOperationException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public FeedItemException()
        : base("A feed item broke a marketplace rule.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FeedItemException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FeedItemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for an item that was not written.</summary>
    /// <param name="item">The item and the rule it broke.</param>
    public FeedItemException(FeedSkippedItem item)
        : base("Feed item rejected in strict mode: " + item?.ToString())
    {
        Item = item;
    }

    /// <summary>The item and the rule it broke, when known.</summary>
    public FeedSkippedItem? Item { get; }
}
