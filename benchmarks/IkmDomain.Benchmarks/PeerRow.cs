namespace IkmDomain.Benchmarks;

/// <summary>
/// The values of a Google feed row, as a general-purpose CSV writer takes them. CsvHelper 34 generates
/// its writer from <c>[CsvRecord]</c>.
/// </summary>
[CsvHelper.CsvRecord]
public sealed partial class PeerRow
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public string Link { get; set; } = "";

    public string ImageLink { get; set; } = "";

    public string AdditionalImageLink { get; set; } = "";

    public string Availability { get; set; } = "";

    public decimal Price { get; set; }

    public string Currency { get; set; } = "";

    public string Brand { get; set; } = "";

    public string Condition { get; set; } = "";

    public string Material { get; set; } = "";

    public string ShippingWeight { get; set; } = "";
}
