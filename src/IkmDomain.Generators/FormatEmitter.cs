namespace IkmDomain.Generators;

/// <summary>
/// Writes one file format for any marketplace spec: the envelope (header, footer), the item framing
/// and each field's value. <see cref="FeedEmitter"/> emits the checks and the class around it.
/// One subclass per format: <see cref="TsvEmitter"/>, <see cref="CsvEmitter"/>, <see cref="XmlEmitter"/>, <see cref="JsonEmitter"/>;
/// marketplaces whose feed is API request bodies (<see cref="ApiBodySpec"/>) use <see cref="ApiBodyEmitter"/> for JSON and JSON Lines.
/// </summary>
internal abstract class FormatEmitter
{
    protected const string Feeds = "global::IkmDomain.Feeds.";

    public static FormatEmitter For(int format) => format switch
    {
        FeedFormats.Tsv => TsvEmitter.Instance,
        FeedFormats.Csv => CsvEmitter.Instance,
        FeedFormats.Xml => XmlEmitter.Instance,
        FeedFormats.Json => JsonEmitter.Instance,
        _ => throw new System.ArgumentOutOfRangeException(nameof(format), format, "no emitter for this format"),
    };

    /// <summary>The emitter of a target: its marketplace spec's (API request bodies have their own) or the format's.</summary>
    public static FormatEmitter For(FeedTargetModel target) =>
        MarketplaceSpecs.Get(target.Marketplace) is { } spec ? spec.Emitter(target.Format) : For(target.Format);

    /// <summary>For the class summary: "tab-separated (TSV)".</summary>
    public abstract string Description { get; }

    public abstract void EmitHeader(CodeWriter w, FeedTargetModel target);

    public abstract void EmitFooter(CodeWriter w, FeedTargetModel target);

    public abstract void EmitItemStart(CodeWriter w, FeedTargetModel target);

    /// <summary>Starts an item; emitters that need the item type (to name a generic options type) override this one.</summary>
    public virtual void EmitItemStart(CodeWriter w, FeedTypeModel model, FeedTargetModel target) => EmitItemStart(w, target);

    /// <summary>Writes field <paramref name="index"/> of the item (its checks are already emitted).</summary>
    public abstract void EmitField(CodeWriter w, FeedTargetModel target, TargetField field, int index);

    public abstract void EmitItemEnd(CodeWriter w, FeedTargetModel target);

    /// <summary>
    /// Whether this format's writer checks the text of <paramref name="field"/> as it writes it (present
    /// when required, valid UTF-16, within the length limit), so <see cref="FeedEmitter"/> emits no
    /// separate check; the format's <see cref="EmitField"/> must then return the same problems.
    /// </summary>
    public virtual bool ChecksTextAsWritten(TargetField field) => false;

    /// <summary>Whether this format joins a repeated attribute's values with commas in one cell (TSV, CSV), so a value may not hold one.</summary>
    public virtual bool JoinsListsWithCommas => false;

    /// <summary>An enumerated value's text as this format writes it whole (CSV quotes it here when it must); unchanged by default.</summary>
    public virtual string EnumCell(string text) => text;
}
