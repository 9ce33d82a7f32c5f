using System;

namespace IkmDomain.Exports;

/// <summary>How <see cref="ComtradeReader"/> reads a file.</summary>
public sealed class ComtradeReadOptions
{
    /// <summary>The source given to every record read; <see cref="ExportSource.UnComtrade"/> unless set.</summary>
    public ExportSource Source { get; init; } = ExportSource.UnComtrade;

    /// <summary>
    /// Called with each bad row's error, after which the row is skipped and reading goes on. When null
    /// (the default) the first bad row throws its <see cref="ComtradeFormatException"/>. Either way a
    /// bad row never becomes a record.
    /// </summary>
    public Action<ComtradeFormatException>? OnError { get; init; }
}
