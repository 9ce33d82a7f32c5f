namespace IkmDomain.Generators;

/// <summary>
/// Writes one file format for any marketplace spec: the envelope (header, footer), the item framing
/// and each field's value. <see cref="FeedEmitter"/> emits the checks and the class around it.
/// One subclass per format: <see cref="TsvEmitter"/>, <see cref="CsvEmitter"/>, <see cref="XmlEmitter"/>.
/// </summary>
internal abstract class FormatEmitter
{
    protected const string Feeds = "global::IkmDomain.Feeds.";

    public static FormatEmitter For(int format) => format switch
    {
        FeedFormats.Tsv => TsvEmitter.Instance,
        FeedFormats.Csv => CsvEmitter.Instance,
        FeedFormats.Xml => XmlEmitter.Instance,
        _ => throw new System.ArgumentOutOfRangeException(nameof(format), format, "no emitter for this format"),
    };

    /// <summary>For the class summary: "tab-separated (TSV)".</summary>
    public abstract string Description { get; }

    public abstract void EmitHeader(CodeWriter w, FeedTargetModel target);

    public abstract void EmitFooter(CodeWriter w, FeedTargetModel target);

    public abstract void EmitItemStart(CodeWriter w, FeedTargetModel target);

    /// <summary>Writes field <paramref name="index"/> of the item (its checks are already emitted).</summary>
    public abstract void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index);

    public abstract void EmitItemEnd(CodeWriter w, FeedTargetModel target);
}
