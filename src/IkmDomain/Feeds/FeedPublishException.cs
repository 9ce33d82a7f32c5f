using System;
using System.IO;

namespace IkmDomain.Feeds;

/// <summary>
/// Thrown by <see cref="FeedFile"/> when the feed file cannot be written or replaced: the folder is
/// missing, the path is a folder, the disk is full, access is denied. The message names the path and
/// the cause; <see cref="Exception.InnerException"/> holds the original error. When it is thrown the
/// old feed (if any) is untouched and no temporary file is left behind, unless the message says the
/// feed itself was already replaced.
/// </summary>
public sealed class FeedPublishException : IOException
{
    /// <summary>Creates the exception with a generic message.</summary>
    public FeedPublishException()
        : base("The feed file could not be published.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public FeedPublishException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public FeedPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a feed path.</summary>
    /// <param name="path">The feed file's full path.</param>
    /// <param name="message">The message, which names <paramref name="path"/>.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public FeedPublishException(string path, string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The full path of the feed file that could not be published, when known.</summary>
    public string? Path { get; }
}
