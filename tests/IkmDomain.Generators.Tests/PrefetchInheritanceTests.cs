using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IkmDomain.Generators.Tests;

/// <summary>
/// Members inherited from a base class compiled in another assembly are never read ahead: only their
/// metadata is seen, which does not say whether the getter runs code (an auto-property there looks
/// like any other).
/// </summary>
public class PrefetchInheritanceTests
{
    [Fact]
    public void Properties_of_a_base_class_in_another_assembly_are_not_read_ahead()
    {
        var baseAssembly = CSharpCompilation.Create(
            "ShopBase",
            new[] { CSharpSyntaxTree.ParseText("""
                using System;
                namespace ShopBase;
                public class BaseListing
                {
                    public string Title { get; init; } = "";
                    public Uri ImageLink { get; init; } = new("https://x.example/i.jpg");
                    public string Description = "";
                }
                """, GeneratorRunner.ParseOptions) },
            GeneratorRunner.Compile().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        Assert.True(baseAssembly.Emit(image).Success);

        var user = GeneratorRunner.Compile("""
            using System;
            using IkmDomain.Feeds;
            namespace Shop;
            [MarketplaceFeed(Marketplace.GoogleMerchant, FeedFormat.Tsv)]
            public sealed class Listing : ShopBase.BaseListing
            {
                public string Id { get; init; } = "";
                public Uri Link { get; init; } = new("https://x.example/p");
                public string Availability { get; init; } = "in_stock";
                public string Price { get; init; } = "1 IDR";
            }
            """).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));

        var (driver, output, _) = GeneratorRunner.Run(user);
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString();
        var prefetch = Regex.Match(generated, @"public void Prefetch\(.*?(?=public global::IkmDomain\.Feeds\.FeedItemProblem WriteItem)", RegexOptions.Singleline).Value;

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("FeedWriter.Prefetch(item.Id);", prefetch);
        Assert.Contains("FeedWriter.PrefetchText(item.Link);", prefetch);
        // A field of the base reads plainly wherever it was compiled; its properties are not known to.
        Assert.Contains("FeedWriter.Prefetch(item.Description);", prefetch);
        Assert.DoesNotContain("item.Title", prefetch);
        Assert.DoesNotContain("item.ImageLink", prefetch);
    }
}
