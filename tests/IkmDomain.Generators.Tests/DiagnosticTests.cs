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
}
