using System.IO;

namespace IkmDomain.PackageTests;

[Collection(PackageCollection.Name)]
public class ConsumerAppTests(PackageFixture packages)
{
    [Fact]
    public void A_fresh_console_app_referencing_only_the_package_builds_warning_free_and_runs()
    {
        var output = BuildAndRun("consumer", "Consumer.csproj", "Program.cs.txt");

        Assert.Contains("consumer: GoogleMerchant Tsv", output);
        Assert.Contains("written=1 skipped=1", output);
        Assert.Contains(
            "feed:id<TAB>title<TAB>description<TAB>link<TAB>image_link<TAB>availability<TAB>price<LF>"
            + "SKU-1<TAB>Tas rotan<TAB>\"Tas anyaman rotan<TAB>buatan tangan\"<TAB>https://shop.example/p/1<TAB>https://shop.example/i/1.jpg<TAB>in_stock<TAB>150000.00 IDR<LF>",
            output);
    }

    /// <summary>Builds a console app from the Consumer templates (see <see cref="Build"/>) and returns what it prints.</summary>
    private string BuildAndRun(string folder, string project, string program)
    {
        var app = Build(packages, folder, project, File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Consumer", program)));
        return Dotnet.Run(app, "run", "-c", "Release", "--no-build");
    }

    /// <summary>
    /// Lays out a fresh app (project file <paramref name="project"/> from the Consumer template "<paramref name="project"/>.txt",
    /// Program.cs holding <paramref name="program"/>) and builds it in Release; returns its folder. The app lives outside
    /// the repository and restores from the freshly packed folder on top of the machine's own package sources, so no
    /// project reference or Directory.*.props can leak in.
    /// </summary>
    internal static string Build(PackageFixture packages, string folder, string project, string program)
    {
        var app = Path.Combine(packages.WorkDirectory, folder);
        Directory.CreateDirectory(app);
        var template = Path.Combine(System.AppContext.BaseDirectory, "Consumer");
        File.WriteAllText(Path.Combine(app, project),
            File.ReadAllText(Path.Combine(template, project + ".txt")).Replace("$IKM_VERSION$", packages.Version));
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);
        File.WriteAllText(Path.Combine(app, "NuGet.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{packages.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);

        Dotnet.Run(app, "build", "-c", "Release", "-nologo");
        return app;
    }
}
