using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IkmDomain.Tests;

/// <summary>
/// Compiles every <c>```csharp</c> block of README.md against the library (and the feed generator,
/// so samples with <c>[MarketplaceFeed]</c> get their writers), and fails naming the README line of
/// each error. README blocks are fragments, so each is compiled the way a reader would paste it:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>with the implicit usings of a new console app plus every IkmDomain namespace, FluentValidation
/// and System.Text.Json;</item>
/// <item>its statements in a method of a validator class (so <c>RuleFor(...)</c> lines compile), its
/// type declarations beside it;</item>
/// <item>a README-style line <c>value.Property;   // result</c> compiled as <c>_ = value.Property;</c>;</item>
/// <item>the few names the prose assumes (<c>business</c>, <c>products</c>, <c>listings</c>, <c>stream</c>,
/// <c>Stock</c>...) declared by <see cref="Givens"/>, only for the blocks that use them.</item>
/// </list>
/// Type names, member names, argument types and codes that do not parse at compile time still fail.
/// </remarks>
public class ReadmeSampleTests
{
    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using System.Text.Json;
        global using FluentValidation;
        global using IkmDomain;
        global using IkmDomain.Businesses;
        global using IkmDomain.Classifications;
        global using IkmDomain.Common;
        global using IkmDomain.Crafts;
        global using IkmDomain.Exports;
        global using IkmDomain.Feeds;
        global using IkmDomain.Regions;
        global using IkmDomain.Validation;

        /// <summary>A loose record for the README's RuleFor(...) lines.</summary>
        public sealed class ReadmeRow
        {
            public string? PriceText { get; set; }
            public Money Price { get; set; }
            public string? VillageCode { get; set; }
            public string? PostalCode { get; set; }
            public string? Nib { get; set; }
            public string? Phone { get; set; }
        }
        """;

    // Names the README's prose assumes, declared for a block only when it uses them and does not declare them.
    private static readonly (string Name, bool IsType, string Declaration)[] Givens =
    [
        ("business", false, "IkmBusiness business = null!;"),
        ("products", false, "IReadOnlyList<CraftProduct> products = [];"),
        ("listings", false, "IReadOnlyList<Listing> listings = [];"),
        ("asyncListings", false, "IAsyncEnumerable<Listing> asyncListings = null!;"),
        ("asyncProducts", false, "IAsyncEnumerable<CraftProduct> asyncProducts = null!;"),
        ("logger", false, "ReadmeLogger logger = new();"),
        ("stream", false, "Stream stream = Stream.Null;"),
        ("ct", false, "CancellationToken ct = default;"),
        ("input", false, "CraftProductInput input = new();"),
        ("Stock", true, "public enum Stock { InStock, OutOfStock, Preorder, Backorder }"),
        ("SupplierRow", true, "public sealed record SupplierRow(string? Nib, string? Npwp, string? Phone, string? Village);"),
        ("logger", true, "public sealed class ReadmeLogger { public void LogWarning(string message, params object?[] args) { } }"),
        ("MyPricing", true, "public static class MyPricing { public static Money Discounted(Money price) => price; }"),
    ];

    private static readonly Lazy<ISourceGenerator> FeedGenerator = new(LoadFeedGenerator);

    private static readonly Lazy<string> ReadmePath = new(() => Path.Combine(RepositoryRoot(), "README.md"));

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                && !Path.GetFileName(p).Equals(typeof(ReadmeSampleTests).Assembly.GetName().Name + ".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    public static TheoryData<int> Blocks => new(ReadBlocks(File.ReadAllLines(ReadmePath.Value)).Select(b => b.Line));

    [Fact]
    public void The_README_has_csharp_samples()
    {
        Assert.True(ReadBlocks(File.ReadAllLines(ReadmePath.Value)).Count >= 10, "README.md has fewer C# samples than expected; is the extraction broken?");
    }

    [Fact]
    public void Blocks_compiled_elsewhere_name_a_test_file_that_exists()
    {
        var elsewhere = ReadAllBlocks(File.ReadAllLines(ReadmePath.Value)).Where(b => b.CompiledBy is not null).ToList();

        Assert.All(elsewhere, b => Assert.True(
            File.Exists(Path.Combine(RepositoryRoot(), b.CompiledBy!)) && b.CompiledBy!.StartsWith("tests/", StringComparison.Ordinal),
            $"README.md line {b.Line}: the block says a test compiles it, but {b.CompiledBy} is not a file under tests/."));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_csharp_block_compiles(int line)
    {
        var block = ReadBlocks(File.ReadAllLines(ReadmePath.Value)).Single(b => b.Line == line);

        var errors = Compile(block.Line, block.Code);

        Assert.True(errors.Count == 0, $"README.md: the ```csharp block at line {line} does not compile:{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_csharp_block_pastes_into_a_Program_cs(int line)
    {
        // Top-level statements must come before type declarations (CS8803), or a reader who pastes the
        // block into Program.cs gets an error (found by a newcomer).
        var block = ReadBlocks(File.ReadAllLines(ReadmePath.Value)).Single(b => b.Line == line);
        var members = CSharpSyntaxTree.ParseText(block.Code, new CSharpParseOptions(LanguageVersion.CSharp12)).GetCompilationUnitRoot().Members;
        var firstType = members.IndexOf(m => m is not GlobalStatementSyntax);
        var lateStatement = firstType < 0 ? null : members.Skip(firstType).OfType<GlobalStatementSyntax>().FirstOrDefault();

        Assert.True(lateStatement is null, $"README.md line {line + lateStatement?.GetLocation().GetLineSpan().StartLinePosition.Line}: a statement after a type declaration; move the types to the end of the block.");
    }

    [Fact]
    public void A_sample_with_a_wrong_member_fails_naming_its_README_line()
    {
        var errors = Compile(100, "var price = Money.Idr(1m);\nprice.NoSuchMember;\n");

        var error = Assert.Single(errors);
        Assert.StartsWith("README.md line 101: CS1061", error);
    }

    /// <summary>The compile errors of one block, each as "README.md line N: CSxxxx message".</summary>
    private static List<string> Compile(int firstLine, string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var block = CSharpSyntaxTree.ParseText(code, parse).GetCompilationUnitRoot();
        var statements = block.Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement).ToList();
        var types = block.Members.Where(m => m is not GlobalStatementSyntax).ToList();

        var source = new StringBuilder();
        foreach (var u in block.Usings)
        {
            source.AppendLine(u.ToString());
        }

        var isAsync = statements.Any(s => s.DescendantNodesAndSelf().Any(n => n is AwaitExpressionSyntax)
            || s is LocalDeclarationStatementSyntax { AwaitKeyword.RawKind: not 0 } or ForEachStatementSyntax { AwaitKeyword.RawKind: not 0 });
        var declared = new HashSet<string>(
            block.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.Text)
                .Concat(block.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.Text)),
            StringComparer.Ordinal);
        var givens = Givens.Where(g => !declared.Contains(g.Name) && Regex.IsMatch(code, $@"\b{g.Name}\b")).ToList();

        source.AppendLine("#line hidden");
        source.AppendLine("public sealed class ReadmeBlock : AbstractValidator<ReadmeRow>");
        source.AppendLine("{");
        foreach (var given in givens.Where(g => !g.IsType))
        {
            source.AppendLine("    private readonly " + given.Declaration);
        }

        source.AppendLine(isAsync ? "    public async Task Run()" : "    public void Run()");
        source.AppendLine("    {");
        foreach (var statement in statements)
        {
            AppendMapped(source, firstLine, statement, AsStatement(statement));
        }

        source.AppendLine("#line hidden");
        source.AppendLine("    }");
        source.AppendLine("}");
        foreach (var given in givens.Where(g => g.IsType))
        {
            source.AppendLine(given.Declaration);
        }

        foreach (var type in types)
        {
            AppendMapped(source, firstLine, type, type.ToString());
        }

        var compilation = CSharpCompilation.Create(
            "ReadmeBlock" + firstLine,
            [CSharpSyntaxTree.ParseText(Usings, parse, "ReadmeUsings.cs"), CSharpSyntaxTree.ParseText(source.ToString(), parse, "ReadmeBlock.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([FeedGenerator.Value], parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        return generatorDiagnostics.Concat(output.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                var at = d.Location.GetMappedLineSpan();
                var where = at.HasMappedPath ? $"README.md line {at.StartLinePosition.Line + 1}" : $"(test scaffolding {at.Path}:{at.StartLinePosition.Line + 1})";
                return $"{where}: {d.Id} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .ToList();
    }

    // "#line N" maps the next line of generated source to README line N, so errors name the README line.
    private static void AppendMapped(StringBuilder source, int firstLine, SyntaxNode node, string text)
    {
        var readmeLine = firstLine + node.GetLocation().GetLineSpan().StartLinePosition.Line;
        source.AppendLine($"#line {readmeLine} \"README.md\"");
        source.AppendLine(text);
    }

    // README lines such as "code.Level;   // RegionLevel.Village" show a value; C# needs it assigned.
    private static string AsStatement(StatementSyntax statement) =>
        statement is ExpressionStatementSyntax { Expression: var e } && !IsStatementExpression(e)
            ? "_ = " + statement.ToString()
            : statement.ToString();

    private static bool IsStatementExpression(ExpressionSyntax e) => e switch
    {
        InvocationExpressionSyntax or AssignmentExpressionSyntax or AwaitExpressionSyntax or BaseObjectCreationExpressionSyntax => true,
        PostfixUnaryExpressionSyntax or PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } => true,
        ConditionalAccessExpressionSyntax c => IsStatementExpression(c.WhenNotNull),
        _ => false,
    };

    // A block for another package (EF Core, ASP.NET Core) is compiled by that package's tests, which
    // the line before its fence names: <!-- README sample compiled by tests/.../File.cs -->.
    private static readonly Regex CompiledElsewhere = new(@"^<!-- README sample compiled by (?<path>\S+) -->$");

    /// <summary>
    /// The ```csharp blocks: the README line of each block's first code line, its code (indentation
    /// removed), and the test file that compiles it when that is not this test.
    /// </summary>
    private static List<(int Line, string Code, string? CompiledBy)> ReadAllBlocks(string[] lines)
    {
        var blocks = new List<(int, string, string?)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Regex.Match(lines[i], @"^(\s*)```csharp\s*$");
            if (!open.Success)
            {
                continue;
            }

            var indent = open.Groups[1].Value.Length;
            var start = i + 1;
            var code = new StringBuilder();
            for (i = start; i < lines.Length && !Regex.IsMatch(lines[i], @"^\s*```\s*$"); i++)
            {
                code.AppendLine(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
            }

            var marker = start >= 2 ? CompiledElsewhere.Match(lines[start - 2]) : Match.Empty;
            blocks.Add((start + 1, code.ToString(), marker.Success ? marker.Groups["path"].Value : null));
        }

        return blocks;
    }

    /// <summary>The blocks this test compiles.</summary>
    private static List<(int Line, string Code)> ReadBlocks(string[] lines) =>
        ReadAllBlocks(lines).Where(b => b.CompiledBy is null).Select(b => (b.Line, b.Code)).ToList();

    // The generator ships inside the package, not as a reference of this test project: load its build output.
    private static ISourceGenerator LoadFeedGenerator()
    {
        var configuration = typeof(ReadmeSampleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var path = Path.Combine(RepositoryRoot(), "src", "IkmDomain.Generators", "bin", configuration, "netstandard2.0", "IkmDomain.Generators.dll");
        Assert.True(File.Exists(path), $"The feed generator was not found at {path}; build src/IkmDomain.Generators first.");
        var generator = Assembly.LoadFrom(path).GetTypes().Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
        return ((IIncrementalGenerator)Activator.CreateInstance(generator)!).AsSourceGenerator();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IkmDomain.sln")) && File.Exists(Path.Combine(dir.FullName, "README.md")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (IkmDomain.sln and README.md) is not above " + AppContext.BaseDirectory);
    }
}
