using System;
using IkmDomain.Cli.Tool;

// Output piped to a file or another program: do not wrap tables at 80 columns.
if (Console.IsOutputRedirected)
{
    Spectre.Console.AnsiConsole.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : 200;
}

return await ToolApp.RunAsync(args).ConfigureAwait(false);
