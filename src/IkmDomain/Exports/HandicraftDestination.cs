namespace IkmDomain.Exports;

/// <summary>A main destination of Indonesia's handicraft exports in a year, as published.</summary>
/// <param name="Year">The year.</param>
/// <param name="Rank">The destination's rank that year (1 = largest).</param>
/// <param name="Partner">The destination.</param>
/// <param name="Share">Its share of the year's handicraft exports as a decimal fraction (0.4332 is 43.32 %), or null when only the ranking was published.</param>
/// <param name="Source">Who published it.</param>
/// <param name="Reference">Where it was published.</param>
/// <threadsafety static="true" instance="true"/>
[System.Text.Json.Serialization.JsonConverter(typeof(HandicraftDestinationJsonConverter))]
public sealed record HandicraftDestination(int Year, int Rank, CountryCode Partner, decimal? Share, ExportSource Source, string Reference);
