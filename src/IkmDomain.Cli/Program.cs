using IkmDomain.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("ikm");
    config.PropagateExceptions();
    config.AddCommand<DemoCommand>("demo")
        .WithDescription("Show what IkmDomain can do, using the library's own types and data.");
    config.AddCommand<RegionsCommand>("regions").WithDescription("Show a region by Kemendagri code, or search regions by name: ikm regions 35.73 | ikm regions search malang [--level regency]");
});

try
{
    return await app.RunAsync(args).ConfigureAwait(false);
}
catch (CommandAppException ex)
{
    Spectre.Console.AnsiConsole.MarkupLine($"[red]error:[/] {Spectre.Console.Markup.Escape(ex.Message)}");
    return 2;
}
