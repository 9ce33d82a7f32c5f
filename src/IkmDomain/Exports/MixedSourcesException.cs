using System;
using System.Collections.Generic;
using System.Linq;

namespace IkmDomain.Exports;

/// <summary>
/// Thrown when figures from different sources would be added together. Kemenperin and Kemendag (and
/// BPS, UN Comtrade...) count different baskets of goods as "handicraft", so their sums mean nothing:
/// choose one with <see cref="ExportStatistics.ForSource"/>.
/// </summary>
public sealed class MixedSourcesException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public MixedSourcesException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public MixedSourcesException(string message)
        : base(message)
    {
        Sources = [];
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public MixedSourcesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Sources = [];
    }

    /// <summary>Creates the exception for the sources found.</summary>
    /// <param name="sources">The different sources among the records.</param>
    public MixedSourcesException(IReadOnlyList<ExportSource> sources)
        : base(BuildMessage(sources))
    {
        Sources = sources;
    }

    /// <summary>The different sources among the records.</summary>
    public IReadOnlyList<ExportSource> Sources { get; }

    private static string BuildMessage(IReadOnlyList<ExportSource> sources) =>
        "The records come from " + sources.Count + " different sources (" + string.Join(", ", sources.Select(s => s.Name))
        + "), whose definitions of handicraft differ; their figures cannot be added together. Choose one with ExportStatistics.ForSource(...).";
}
