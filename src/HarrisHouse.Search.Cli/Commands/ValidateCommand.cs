using System.ComponentModel;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Check the content and report problems with file, line and field; index nothing.")]
public sealed class ValidateCommand(IAnsiConsole console, ErrorConsole errors, SearchOptions configured, WebSourceSettings web)
    : AsyncCommand<ValidateCommand.Settings>
{
    public sealed class Settings : ContentSourceSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = settings.Apply(configured);
        ContentSnapshot snapshot;
        try
        {
            using var sources = ContentSources.For(settings, options, web);
            snapshot = await sources.Source.LoadAsync(null, cancellationToken);
        }
        catch (ContentSourceException ex)
        {
            return CommandFailure.Report(console, errors, settings, ExitCodes.SourceUnreadable, ex.Message);
        }

        var valid = snapshot.Problems.Count == 0;
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                succeeded = valid,
                source = snapshot.Description,
                items = snapshot.Items.Count,
                itemsByType = ContentTypes.All.ToDictionary(t => t.ToName(), t => snapshot.Items.Count(i => i.Type == t)),
                problems = snapshot.Problems.Select(ProblemTable.ToJson),
            });
        }
        else
        {
            ProblemTable.Write(console, snapshot.Problems);
            console.MarkupLine(valid
                ? $"[green]All {snapshot.Items.Count} items in {Markup.Escape(snapshot.Description)} are valid.[/]"
                : $"{snapshot.Items.Count} valid item(s), [yellow]{snapshot.Problems.Count} problem(s)[/] in {Markup.Escape(snapshot.Description)}.");
        }

        return valid ? ExitCodes.Success : ExitCodes.ContentProblems;
    }
}
