namespace IkmDomain.Exports;

/// <summary>A figure about the craft industry as a source published it (a count, not money).</summary>
/// <param name="Value">The figure, for example 700000.</param>
/// <param name="Unit">What is counted, for example <c>business units</c>.</param>
/// <param name="Period">When the figure was published or applies.</param>
/// <param name="Source">Who published it.</param>
/// <param name="Reference">Where it was published.</param>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(PublishedFigureJsonConverter))]
public sealed record PublishedFigure(decimal Value, string Unit, TradePeriod Period, ExportSource Source, string Reference);
