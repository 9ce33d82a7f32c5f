using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using IkmDomain.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IkmDomain.Generators.Tests;

public class IncrementalTests
{
    private const string Listing = """
        using System;
        using IkmDomain.Feeds;
        namespace Shop;
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
        public partial record Listing(string Id, string Title, string Description, Uri Link, Uri ImageLink, string Availability, string Price);
        """;

    private const string ManyTargets = """
        using System;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum Stock { InStock, OutOfStock }
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Xml)]
        [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Csv)]
        [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Tsv)]
        [MarketplaceFeed(Marketplace.MetaCatalog, FeedFormat.Xml)]
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.JsonLines)]
        public partial record Listing(string Id, string Title, string Description, Uri Link, Uri ImageLink, Stock Availability, string Condition, string Price);
        """;

    private const string ApiBodiesAndOthers = """
        using System;
        using IkmDomain;
        using IkmDomain.Feeds;
        namespace Shop;
        public enum Stock { InStock, OutOfStock }
        [MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.Json)]
        [MarketplaceFeed(Marketplace.TikTokShop, FeedFormat.JsonLines)]
        [MarketplaceFeed(Marketplace.Shopee, FeedFormat.Json)]
        [MarketplaceFeed(Marketplace.Shopee, FeedFormat.JsonLines)]
        [MarketplaceFeed(Marketplace.SchemaOrg, FeedFormat.Json)]
        [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
        public partial record Listing(string Id, string Title, string Description, Uri Link, Uri ImageLink, Stock Availability, Money Price, double Weight, int Quantity);
        """;

    public static TheoryData<string> Sources => new() { Listing, ManyTargets, ApiBodiesAndOthers };

    private static string[] StepNames() =>
        typeof(FeedGenerator).Assembly.GetType("IkmDomain.Generators.TrackingNames")!
            .GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic)
            .Select(f => (string)f.GetValue(null)!)
            .ToArray();

    [Theory]
    [MemberData(nameof(Sources))]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged(string source)
    {
        var compilation = GeneratorRunner.Compile(source, "namespace Shop; public class Other { }");
        var (driver, _, _) = GeneratorRunner.Run(compilation);
        var first = driver.GetRunResult();

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText("namespace Shop; public class Other { public int X; }", GeneratorRunner.ParseOptions));
        driver = driver.RunGenerators(edited);
        var second = driver.GetRunResult();

        var steps = second.Results.Single().TrackedSteps;
        foreach (var name in StepNames())
        {
            Assert.True(steps.ContainsKey(name), "step " + name + " was not tracked");
            var reasons = steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + ": " + r));
        }

        Assert.All(second.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.GeneratedTrees.Single().ToString(), second.GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void Editing_the_annotated_type_regenerates()
    {
        var compilation = GeneratorRunner.Compile(Listing);
        var (driver, _, _) = GeneratorRunner.Run(compilation);

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText(Listing.Replace("string Price)", "string Price, string Brand)"), GeneratorRunner.ParseOptions));
        driver = driver.RunGenerators(edited);

        var reasons = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.FeedTypes].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains("brand", driver.GetRunResult().GeneratedTrees.Single().ToString());
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_node_compilation_or_location()
    {
        var (driver, _, _) = GeneratorRunner.Run(GeneratorRunner.Compile(Listing));

        var steps = driver.GetRunResult().Results.Single().TrackedSteps;
        foreach (var name in StepNames())
        {
            foreach (var output in steps[name].SelectMany(r => r.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, string step, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or Location or SemanticModel, $"step {step} holds a {value.GetType().Name}");
        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                AssertNoRoslynObjects(item, step, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), step, seen);
        }
    }
}
