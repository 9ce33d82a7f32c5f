using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace IkmDomain.PackageTests;

[Collection(PackageCollection.Name)]
public class PackageContentTests(PackageFixture packages)
{
    [Theory]
    [InlineData("IkmDomain")]
    [InlineData("IkmDomain.Testing")]
    [InlineData("IkmDomain.Cli")]
    [InlineData("IkmDomain.EntityFrameworkCore")]
    [InlineData("IkmDomain.AspNetCore")]
    public void Every_package_carries_icon_readme_and_licence(string id)
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath(id));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("icon.png", names);
        Assert.Contains("README.md", names);
        Assert.Contains("THIRD-PARTY-NOTICES.md", names);
        var nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec")).Open());
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")!.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
        Assert.NotNull(metadata.Element(ns + "repository"));
    }

    [Theory]
    [InlineData("IkmDomain")]
    [InlineData("IkmDomain.Testing")]
    [InlineData("IkmDomain.Cli")]
    [InlineData("IkmDomain.EntityFrameworkCore")]
    [InlineData("IkmDomain.AspNetCore")]
    public void Every_package_has_a_symbol_package(string id)
    {
        Assert.True(File.Exists(packages.PackagePath(id, ".snupkg")), id + " has no .snupkg");
    }

    [Fact]
    public void IkmDomain_package_ships_the_generator_inside_it_for_both_frameworks()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("IkmDomain"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("analyzers/dotnet/cs/IkmDomain.Generators.dll", names);
        Assert.Contains("lib/net8.0/IkmDomain.dll", names);
        Assert.Contains("lib/net10.0/IkmDomain.dll", names);
        Assert.Contains("lib/net10.0/IkmDomain.xml", names);
        Assert.DoesNotContain(names, n => n.StartsWith("lib/netstandard2.0", System.StringComparison.Ordinal));
    }

    [Fact]
    public void IkmDomain_package_carries_the_region_data_licence_and_embeds_the_data()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("IkmDomain"));
        var licence = zip.Entries.Single(e => e.FullName == "data/idn-area/LICENSE-ODbL.md");
        using var reader = new StreamReader(licence.Open());

        Assert.Contains("Open Database License", reader.ReadToEnd());
        using var notices = new StreamReader(zip.Entries.Single(e => e.FullName == "THIRD-PARTY-NOTICES.md").Open());
        var text = notices.ReadToEnd();
        Assert.Contains("ODbL", text);
        Assert.Contains("ISO 4217", text);
        Assert.Contains("3166", text);
        // The region tables are embedded in the assembly, and the package stays small (issue 4: < 2 MB growth).
        Assert.True(new FileInfo(packages.PackagePath("IkmDomain")).Length < 3 * 1024 * 1024, "IkmDomain.nupkg is over 3 MB");
    }

    [Fact]
    public void No_separate_generator_package_is_produced()
    {
        Assert.Empty(Directory.GetFiles(packages.FeedDirectory, "IkmDomain.Generators*.nupkg"));
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_ikm()
    {
        using var zip = ZipFile.OpenRead(packages.PackagePath("IkmDomain.Cli"));
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("DotnetToolSettings.xml"));
        var xml = XDocument.Load(settings.Open());

        Assert.Equal("ikm", xml.Descendants("Command").Single().Attribute("Name")!.Value);
    }
}
