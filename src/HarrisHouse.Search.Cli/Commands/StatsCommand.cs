using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Serving;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Show the live generation, what it holds, and the generations a rollback can return to.")]
public sealed class StatsCommand(IAnsiConsole console, Invocation invocation, OutputFormat format) : Command<StatsCommand.Settings>
{
    private static readonly FittedColumn[] Columns =
    [
        new("Generation"),
        new("Created (UTC)"),
        new("Items", RightAligned: true),
        new("By type", ColumnFit.Wrap),
        new("Size", RightAligned: true),
        new("Build", RightAligned: true),
    ];

    public sealed class Settings : IndexCommandSettings;

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = invocation.Options;
        using var engine = SearchEngine.Create(options, writable: false);
        var (generations, current) = engine.Generations();
        if (generations.Count == 0)
        {
            throw new IndexUnavailableException($"There is no index in {options.FullIndexPath}.");
        }

        var rows = generations.Select(g => new
        {
            name = g.Name,
            current = g.Name == current,
            createdUtc = g.Manifest.CreatedUtc,
            documents = g.Manifest.DocumentCount,
            documentsByType = g.Manifest.DocumentsByType,
            sizeBytes = g.SizeInBytes(),
            source = g.Manifest.Source,
            buildMs = g.Manifest.BuildMilliseconds,
            analysis = g.Manifest.Analysis,
        }).ToList();

        if (settings.Json)
        {
            JsonOutput.Write(console, new { index = options.FullIndexPath, current, analysis = SearchEngine.AnalysisVersion, generations = rows });
            return ExitCodes.Success;
        }

        FittedTable.Write(console, format, $"Index {options.FullIndexPath}", Columns, rows.Select(row => new[]
        {
            row.current ? $"{row.name} (live)" : row.name,
            row.createdUtc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            row.documents.ToString("N0", CultureInfo.InvariantCulture),
            string.Join(", ", row.documentsByType.Where(t => t.Value > 0).Select(t => $"{t.Key} {t.Value}")),
            Sizes.Format(row.sizeBytes),
            $"{row.buildMs} ms",
        }).ToList());
        if (engine.OutdatedGeneration is { } outdated)
        {
            console.MarkupLineInterpolated(
                $"[yellow]{outdated.Name} was built by text analysis {outdated.Manifest.Analysis}; this build analyses by {SearchEngine.AnalysisVersion}, so it finds less than it should: reindex it from its source.[/]");
        }

        return ExitCodes.Success;
    }
}
