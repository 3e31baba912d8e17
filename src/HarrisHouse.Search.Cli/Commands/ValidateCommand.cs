using System.ComponentModel;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Check the content and report problems with file, line and field; index nothing.")]
public sealed class ValidateCommand(IAnsiConsole console, ErrorConsole errors, Invocation invocation, OutputFormat format, WebSourceSettings web)
    : AsyncCommand<ValidateCommand.Settings>
{
    public sealed class Settings : ContentSourceSettings
    {
        [CommandOption("--strict")]
        [Description("Count warnings (such as an unknown front-matter field) as problems.")]
        public bool Strict { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var engine = SearchEngine.Create(invocation.Options, writable: false);
        using var sources = ContentSources.For(settings, engine, web);
        var snapshot = await sources.Source.LoadAsync(null, cancellationToken);
        var empty = snapshot.Items.Count == 0 && snapshot.Problems.Count == 0;
        var valid = !empty && snapshot.Problems.Count == 0 && !(settings.Strict && snapshot.Warnings.Count > 0);
        if (settings.Json)
        {
            JsonOutput.Write(console, new
            {
                succeeded = valid,
                source = snapshot.Description,
                items = snapshot.Items.Count,
                itemsByType = ContentTypes.All.ToDictionary(t => t.ToName(), t => snapshot.Items.Count(i => i.Type == t)),
                problems = snapshot.Problems.Select(ProblemTable.ToJson),
                warnings = snapshot.Warnings.Select(ProblemTable.ToJson),
            });
        }
        else
        {
            ProblemTable.Write(console, format, $"{snapshot.Problems.Count} problem(s): these items would be skipped", snapshot.Problems);
            ProblemTable.Write(console, format, $"{snapshot.Warnings.Count} warning(s): these items would be indexed{(settings.Strict ? ", but --strict refuses them" : "")}", snapshot.Warnings);
            var summary = valid
                ? $"[green]All {snapshot.Items.Count} items in {Markup.Escape(snapshot.Description)} are valid.[/]"
                : $"{snapshot.Items.Count} valid item(s), [yellow]{snapshot.Problems.Count} problem(s), {snapshot.Warnings.Count} warning(s)[/] in {Markup.Escape(snapshot.Description)}.";
            (format.Plain ? errors.Console : console).MarkupLine(summary);
        }

        if (empty)
        {
            // A source with nothing in it is almost always the wrong folder or address.
            return CommandErrors.Report(null, errors, json: false, ExitCodes.ContentProblems, $"No items were found in {snapshot.Description}; is this the right source?");
        }

        return valid ? ExitCodes.Success : ExitCodes.ContentProblems;
    }
}
