using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace IkmDomain.Generators.Tests;

/// <summary>One test per diagnostic the analyzer reports, plus suppression.</summary>
public class DiagnosticTests
{
    private const string Usings = "using System; using System.Collections.Generic; using IkmDomain.Common; using IkmDomain.Feeds; namespace Shop;\n";
    private const string Complete = "string Id, string Title, string Description, Uri Link, Uri ImageLink, string Availability, string Price";

    private static async Task<Diagnostic> Single(string source, string id)
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + source);
        var found = diagnostics.Where(d => d.Id == id).ToArray();
        Assert.True(found.Length == 1, id + " reported " + found.Length + " times: " + string.Join("; ", diagnostics));
        Assert.True(found[0].Location.IsInSource, id + " has no source location");
        Assert.StartsWith("https://", found[0].Descriptor.HelpLinkUri);
        Assert.EndsWith("diagnostics.md#" + id.ToLowerInvariant(), found[0].Descriptor.HelpLinkUri);
        return found[0];
    }

    [Fact]
    public async Task Complete_type_has_no_diagnostics()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + "[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + ");");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task IKMG001_required_attribute_not_mapped()
    {
        var d = await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(string Id, string Title, string Description, Uri Link, Uri ImageLink, string Availability);", "IKMG001");

        Assert.Contains("'price'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Warning, d.Descriptor.DefaultSeverity);
    }

    [Fact]
    public async Task IKMG002_member_type_cannot_be_written()
    {
        var d = await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + ") { public object? Brand { get; init; } }", "IKMG002");

        Assert.Contains("Brand", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task IKMG002_list_for_a_single_value_attribute()
    {
        await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + ") { public List<string>? Brand { get; init; } }", "IKMG002");
    }

    [Fact]
    public async Task IKMG002_FeedUrl_for_an_attribute_that_is_not_a_URL()
    {
        var d = await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + ") { public FeedUrl Brand { get; init; } }", "IKMG002");

        Assert.Contains("FeedUrl only for URLs", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task IKMG003_two_members_map_to_one_attribute()
    {
        await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + ") { [FeedField(FeedAttribute.Brand)] public string? Maker { get; init; } [FeedField(FeedAttribute.Brand)] public string? Label { get; init; } }", "IKMG003");
    }

    [Fact]
    public async Task IKMG004_generic_type()
    {
        await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L<T>(" + Complete + ");", "IKMG004");
    }

    [Fact]
    public async Task IKMG004_type_nested_in_a_generic_type()
    {
        await Single("public partial class Box<T> { [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + "); }", "IKMG004");
    }

    [Fact]
    public async Task IKMG005_inaccessible_member()
    {
        await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + ") { [FeedField(FeedAttribute.Brand)] private string? Maker { get; init; } }", "IKMG005");
    }

    [Fact]
    public async Task IKMG006_a_format_the_marketplace_does_not_have_names_the_formats_it_has()
    {
        var d = await Single("[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.JsonLines)] public record L(" + Complete + ");", "IKMG006");

        Assert.Equal(
            "GoogleMerchant feeds are not written as JsonLines; GoogleMerchant has Tsv and Xml, so 'LFeeds.GoogleMerchantJsonLines' has no Write methods",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task SchemaOrg_JSON_is_a_target_with_no_diagnostics()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings + "[MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Json)] public record L(" + Complete + ");");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task IKMG006_SchemaOrg_CSV_names_JSON()
    {
        var d = await Single("[MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Csv)] public record L(" + Complete + ");", "IKMG006");

        Assert.Contains("SchemaOrg has Json,", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task IKMG007_containing_type_not_partial()
    {
        await Single("public class Outer { [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(" + Complete + "); }", "IKMG007");
    }

    [Fact]
    public async Task Diagnostics_can_be_suppressed_with_pragma()
    {
        const string Type = "[MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] public record L(string Id);\n";
        var reported = await GeneratorRunner.AnalyzeAsync(Usings + Type);
        var suppressed = await GeneratorRunner.AnalyzeAsync(Usings + "#pragma warning disable IKMG001\n" + Type + "#pragma warning restore IKMG001\n");

        Assert.NotEmpty(reported.Where(d => d.Id == "IKMG001"));
        Assert.Empty(suppressed.Where(d => d.Id == "IKMG001"));
    }

    [Fact]
    public void Generator_reports_nothing_itself_and_does_not_throw_on_odd_input()
    {
        var (driver, _, diagnostics) = GeneratorRunner.Run(GeneratorRunner.Compile(Usings +
            "[MarketplaceFeed((Marketplace)99, (FeedFormat)42)] public record L(" + Complete + ");"));

        Assert.Empty(diagnostics);
        Assert.Null(driver.GetRunResult().Results.Single().Exception);
        Assert.Contains("Marketplace99Format42", driver.GetRunResult().GeneratedTrees.Single().ToString());
    }

    [Fact]
    public async Task IKMG006_TikTok_Shop_CSV_names_JSON_and_JSON_Lines()
    {
        var d = await Single("[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Csv)] public record L(string Id, string Title, string Description, IkmDomain.Money Price, double Weight);", "IKMG006");

        Assert.Equal(
            "TikTokShop feeds are not written as Csv; TikTokShop has Json and JsonLines, so 'LFeeds.TikTokShopCsv' has no Write methods",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TikTok_Shop_and_Shopee_JSON_Lines_are_targets_with_no_diagnostics()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings
            + "[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)] [MarketplaceFeed(Marketplace.Shopee, FeedFormat.JsonLines)] "
            + "public record L(string Id, string Title, string Description, IkmDomain.Money Price, double Weight, int Quantity);");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task IKMG008_a_string_price_is_left_out_of_TikTok_Shop_bodies_once()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings
            + "[MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Json)] [MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)] [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)] "
            + "public record L(" + Complete + ", double Weight);");

        var d = Assert.Single(diagnostics, x => x.Id == "IKMG008");
        Assert.Equal(
            "Member 'Price' of type 'string' cannot be written as TikTok Shop 'skus[].price' (use Money: the amount and its currency are separate values in the body); the TikTok Shop writers leave it out",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(diagnostics, x => x.Id == "IKMG001" && x.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("skus[].price", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task IKMG001_Shopee_needs_a_stock_quantity()
    {
        var diagnostics = await GeneratorRunner.AnalyzeAsync(Usings
            + "[MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)] public record L(string Id, string Title, string Description, IkmDomain.Money Price, double Weight);");

        var d = Assert.Single(diagnostics);
        Assert.Equal("IKMG001", d.Id);
        Assert.Contains("'seller_stock[].stock'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("'Quantity'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
