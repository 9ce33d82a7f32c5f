using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using IkmDomain.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IkmDomain.Generators.Tests;

/// <summary>Compiles user source against the IkmDomain runtime and runs the feed generator on it.</summary>
internal static class GeneratorRunner
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var tpa = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES"))!.Split(Path.PathSeparator);
        return tpa.Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(IkmDomain.Feeds.Marketplace).Assembly.Location))
            .ToImmutableArray();
    });

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "UserAssembly",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(CSharpCompilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new FeedGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (driver, output, diagnostics);
    }

    /// <summary>The generated source for the one annotated type in <paramref name="source"/>.</summary>
    public static string Generate(string source)
    {
        var (driver, _, _) = Run(Compile(source));
        return driver.GetRunResult().Results.Single().GeneratedSources.Single().SourceText.ToString();
    }

    /// <summary>Runs the analyzer on the source (the generated code included) and returns its diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var (_, output, _) = Run(Compile(source));
        return await output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new FeedAnalyzer())).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>
    /// Generates, compiles to memory with every warning an error, loads the assembly in a collectible
    /// context and calls <c>Runner.Run()</c>, which the source must declare (returning the feed bytes).
    /// </summary>
    public static byte[] CompileAndRun(string source)
    {
        var (_, output, generatorDiagnostics) = Run(Compile(source));
        Assert.Empty(generatorDiagnostics);
        using var pe = new MemoryStream();
        var emit = output.Emit(pe);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        Assert.Empty(emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        pe.Position = 0;
        var context = new AssemblyLoadContext("feed-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(pe);
            var run = assembly.GetTypes().Single(t => t.Name == "Runner").GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (byte[])run.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
