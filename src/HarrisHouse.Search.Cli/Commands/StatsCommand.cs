using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Indexing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Show the live generation, what it holds, and the generations a rollback can return to.")]
public sealed class StatsCommand(IAnsiConsole console, ErrorConsole errors, SearchOptions configured)
    : Command<StatsCommand.Settings>
{
    public sealed class Settings : IndexCommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = settings.Apply(configured);
        var store = new GenerationStore(options.FullIndexPath);
        var current = store.Current();
        var generations = store.ListComplete();
        if (current is null && generations.Count == 0)
        {
            return CommandFailure.Report(console, errors, settings, ExitCodes.NoIndex, $"There is no index in {options.FullIndexPath}; run 'reindex' first.");
        }

        var rows = generations.Select(g => new
        {
            name = g.Name,
            current = g.Name == current?.Name,
            createdUtc = g.Manifest.CreatedUtc,
            documents = g.Manifest.DocumentCount,
            documentsByType = g.Manifest.DocumentsByType,
            sizeBytes = g.SizeInBytes(),
            source = g.Manifest.Source,
            buildMs = g.Manifest.BuildMilliseconds,
        }).ToList();

        if (settings.Json)
        {
            JsonOutput.Write(console, new { index = options.FullIndexPath, current = current?.Name, generations = rows });
            return ExitCodes.Success;
        }

        var table = new Table().Title($"Index {Markup.Escape(options.FullIndexPath)}")
            .AddColumn("Generation").AddColumn("Created (UTC)").AddColumn(new TableColumn("Items").RightAligned())
            .AddColumn("By type").AddColumn(new TableColumn("Size").RightAligned()).AddColumn(new TableColumn("Build").RightAligned());
        foreach (var row in rows)
        {
            table.AddRow(
                row.current ? $"[green]{row.name} (live)[/]" : row.name,
                row.createdUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                row.documents.ToString("N0", CultureInfo.InvariantCulture),
                string.Join(", ", row.documentsByType.Where(t => t.Value > 0).Select(t => $"{t.Key} {t.Value}")),
                Sizes.Format(row.sizeBytes),
                $"{row.buildMs} ms");
        }

        console.Write(table);
        return ExitCodes.Success;
    }
}
