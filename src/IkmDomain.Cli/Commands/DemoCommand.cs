using System;
using System.Threading;
using IkmDomain.Feeds;
using Spectre.Console;
using Spectre.Console.Cli;

namespace IkmDomain.Cli.Commands;

/// <summary><c>ikm demo</c>: a tour of the library using its own types and data.</summary>
internal sealed class DemoCommand : Command<DemoCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLine("[bold]IkmDomain[/]: the typed domain model of Indonesia's craft industry (IKM).");
        var table = new Table().AddColumn("Marketplace").AddColumn("Feed formats");
        foreach (var marketplace in Enum.GetValues<Marketplace>())
        {
            table.AddRow(marketplace.ToString(), string.Join(", ", Enum.GetNames<FeedFormat>()));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
