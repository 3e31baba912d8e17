using System.ComponentModel;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Operations;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Put a rule, the synonyms or the crisis phrases back as they were before a change (its number from 'rules list').")]
public sealed class RulesUndoCommand(IAnsiConsole console, ErrorConsole errors, Invocation invocation) : Command<RulesUndoCommand.Settings>
{
    public sealed class Settings : IndexCommandSettings
    {
        [CommandArgument(0, "<CHANGE>")]
        [Description("The change's number, as 'rules list' shows it.")]
        public long Change { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var engine = SearchEngine.Create(invocation.Options, writable: false);
        var outcome = engine.Curation.Undo(settings.Change, CurationService.StaffCommand);
        if (outcome.Status != UndoStatus.Undone)
        {
            errors.Console.MarkupLine($"[red]Not undone:[/] {Markup.Escape(outcome.Reason ?? "")}");
            return ExitCodes.InvalidArguments;
        }

        var undo = outcome.Change!;
        if (settings.Json)
        {
            JsonOutput.Write(console, new { succeeded = true, change = undo });
        }
        else
        {
            console.MarkupLine($"[green]Undid change {settings.Change}[/]: the {Markup.Escape(undo.Kind)} '{Markup.Escape(undo.Target)}' is back as it was before it (journalled as change {undo.Id}). In force for the next search.");
        }

        return ExitCodes.Success;
    }
}
