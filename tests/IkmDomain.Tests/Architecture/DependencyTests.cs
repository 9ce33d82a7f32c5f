using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;

namespace IkmDomain.Tests.Architecture;

/// <summary>
/// The dependency arrows between the areas of the IkmDomain package, as docs/architecture.md draws
/// them. An area is a namespace (its folder); each area may use only the areas listed for it, and no
/// area uses Validation, the Feeds runtime or anything outside the package's own assembly.
/// </summary>
public class DependencyTests
{
    private const string Root = "IkmDomain";

    // Area name -> the namespace its types live in. Money is the package's root namespace.
    private static readonly Dictionary<string, string> Namespaces = new()
    {
        ["Common"] = "IkmDomain.Common",
        ["Data"] = "IkmDomain.Data",
        ["Money"] = "IkmDomain",
        ["Regions"] = "IkmDomain.Regions",
        ["Classifications"] = "IkmDomain.Classifications",
        ["Businesses"] = "IkmDomain.Businesses",
        ["Crafts"] = "IkmDomain.Crafts",
        ["Exports"] = "IkmDomain.Exports",
        ["Validation"] = "IkmDomain.Validation",
        ["Feeds"] = "IkmDomain.Feeds",
    };

    // What each area may use besides itself. "FeedAttributes" is the part of Feeds a type carries to
    // ask for a generated writer ([MarketplaceFeed], [FeedField], [FeedIgnore] and their enums).
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Common"] = [],
        ["Data"] = [],
        ["Money"] = ["Common"],
        ["Regions"] = ["Common", "Data"],
        ["Classifications"] = ["Common", "Data"],
        ["Businesses"] = ["Common", "Money", "Regions", "Classifications"],
        ["Crafts"] = ["Common", "Money", "Regions", "Classifications", "Businesses", "FeedAttributes"],
        ["Exports"] = ["Common", "Data", "Money", "Classifications"],
    };

    // The feed attribute types an area may carry; every other IkmDomain.Feeds type is the runtime.
    private static readonly string[] FeedAttributeTypes =
    [
        "MarketplaceFeedAttribute", "FeedFieldAttribute", "FeedIgnoreAttribute", "FeedColumnAttribute", "Marketplace", "FeedFormat", "FeedAttribute",
    ];

    // Types in the root namespace that sit above the areas, as Validation and Feeds do.
    private static readonly string[] AboveTheAreas = ["IkmJsonContext"];

    private static readonly Assembly Package = typeof(Money).Assembly;

    public static TheoryData<string> Areas => new(Allowed.Keys);

    [Theory]
    [MemberData(nameof(Areas))]
    public void Each_area_uses_only_the_areas_below_it(string area)
    {
        var problems = new List<string>();
        foreach (var (forbidden, typeNames) in ForbiddenFor(area))
        {
            var result = Types.InAssembly(Package)
                .That().MeetCustomRule(new InArea(Namespaces[area]))
                .ShouldNot().HaveDependencyOnAny(typeNames)
                .GetResult();
            if (!result.IsSuccessful)
            {
                problems.Add($"{area} must not use {forbidden}, but these types do: {string.Join(", ", result.FailingTypeNames.Order(StringComparer.Ordinal))}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + "See docs/architecture.md for the allowed arrows.");
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void Each_area_has_types(string area)
    {
        // A rule over an empty area would pass vacuously (a renamed namespace, say).
        var count = Types.InAssembly(Package).That().MeetCustomRule(new InArea(Namespaces[area])).GetTypes().Count();

        Assert.True(count > 0, $"No types found in area {area} ({Namespaces[area]}).");
    }

    [Fact]
    public void The_package_references_none_of_the_projects_above_it()
    {
        string[] above = ["IkmDomain.Testing", "IkmDomain.Cli", "ikm", "IkmDomain.Generators", "IkmDomain.EntityFrameworkCore", "IkmDomain.AspNetCore"];
        var referenced = Package.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Empty(referenced.Intersect(above, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_rule_catches_a_forbidden_use()
    {
        // The same check as above, on a pair known to hold a dependency: Crafts uses Classifications.
        var result = Types.InAssembly(Package)
            .That().MeetCustomRule(new InArea(Namespaces["Crafts"]))
            .ShouldNot().HaveDependencyOnAny(TypeNamesOf("Classifications"))
            .GetResult();

        Assert.False(result.IsSuccessful);
        Assert.Contains("IkmDomain.Crafts.CraftProduct", result.FailingTypeNames);
    }

    private static IEnumerable<(string Area, string[] TypeNames)> ForbiddenFor(string area)
    {
        var allowed = Allowed[area];
        foreach (var other in Namespaces.Keys)
        {
            if (other == area || allowed.Contains(other))
            {
                continue;
            }

            var names = other == "Feeds" && allowed.Contains("FeedAttributes")
                ? TypeNamesOf(other).Where(n => !FeedAttributeTypes.Contains(n[(n.LastIndexOf('.') + 1)..])).ToArray()
                : TypeNamesOf(other);
            yield return (other == "Feeds" && allowed.Contains("FeedAttributes") ? "the Feeds runtime" : other, names);
        }

        yield return ("the types above the areas", AboveTheAreas.Select(n => Root + "." + n).ToArray());
    }

    // The full names of the top-level types of an area (a dependency on a nested type names its parent as a prefix).
    private static string[] TypeNamesOf(string area) =>
        Package.GetTypes()
            .Where(t => !t.IsNested && t.Namespace == Namespaces[area] && !AboveTheAreas.Contains(t.Name))
            .Select(t => t.FullName!)
            .ToArray();

    /// <summary>The types of one area: top-level types in the namespace and the types nested in them,
    /// leaving out feed writers the IkmDomain generator wrote (they sit with Feeds, above the areas).</summary>
    private sealed class InArea(string ns) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            var outer = type;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            return outer.Namespace == ns
                && !AboveTheAreas.Contains(outer.Name)
                && !outer.CustomAttributes.Any(a =>
                    a.AttributeType.FullName == "System.CodeDom.Compiler.GeneratedCodeAttribute"
                    && a.ConstructorArguments.Count > 0
                    && a.ConstructorArguments[0].Value as string == "IkmDomain.Generators");
        }
    }
}
