using System.ComponentModel;
using HarrisHouse.Search.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Switch the live index back to the previous generation (the API follows within a second).")]
public sealed class RollbackCommand(IAnsiConsole console, Invocation invocation) : Command<RollbackCommand.Settings>
{
    public sealed class Settings : IndexCommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var engine = SearchEngine.Create(invocation.Options, writable: false);
        var result = engine.Rollback();
        if (settings.Json)
        {
            JsonOutput.Write(console, new { succeeded = true, from = result.From.Name, to = result.To.Name, documents = result.To.Manifest.DocumentCount });
        }
        else
        {
            console.MarkupLine($"[green]Rolled back[/] from {result.From.Name} to {result.To.Name} ({result.To.Manifest.DocumentCount} items, built {result.To.Manifest.CreatedUtc:u}).");
        }

        return ExitCodes.Success;
    }
}
