using System;
using IkmDomain.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Output piped to a file or another program: do not wrap tables at 80 columns.
if (Console.IsOutputRedirected)
{
    AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 200;
}

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("ikm");
    config.PropagateExceptions();
    config.AddCommand<DemoCommand>("demo")
        .WithDescription("Show what IkmDomain can do, using the library's own types and data.");
    config.AddCommand<ValidateCommand>("validate")
        .WithDescription("Validate a JSON or CSV file of craft products or IKM businesses: ikm validate products.csv [--lang id] [--marketplace google]");
    config.AddCommand<FeedCommand>("feed")
        .WithDescription("Write a Google Merchant feed (TSV or XML) of the products in a JSON or CSV file: ikm feed products.json --format xml -o feed.xml");
    config.AddCommand<RegionsCommand>("regions").WithDescription("Show a region by Kemendagri code, or search regions by name: ikm regions 35.73 | ikm regions search malang [--level regency]");
    config.AddCommand<StatsCommand>("stats").WithDescription("Summarise handicraft export statistics: the published figures, or a UN Comtrade CSV/JSON file.");
});

try
{
    return await app.RunAsync(args).ConfigureAwait(false);
}
catch (CommandAppException ex)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return 2;
}
catch (Exception ex) when (Environment.GetEnvironmentVariable("IKM_DEBUG") != "1")
{
    // A bug in ikm, not in the input: say what happened without a stack trace (IKM_DEBUG=1 shows it).
    Console.Error.WriteLine($"error: unexpected {ex.GetType().Name}: {ex.Message} (set IKM_DEBUG=1 for details)");
    return 70;
}
