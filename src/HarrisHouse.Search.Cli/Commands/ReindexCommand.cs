using System.ComponentModel;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Embeddings;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Serving.LiveUpdates;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.WordPress;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Rebuild the index from the content, beside the live one, and switch to it atomically.")]
public sealed class ReindexCommand(IAnsiConsole console, ErrorConsole errors, SearchOptions configured, WebSourceSettings web)
    : AsyncCommand<ReindexCommand.Settings>
{
    public sealed class Settings : ContentSourceSettings
    {
        [CommandOption("--strict")]
        [Description("Fail, indexing nothing, if any item has a problem (default: skip bad items, index the rest).")]
        public bool Strict { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = settings.Apply(configured);
        var output = settings.Json ? errors.Console : console;
        using var sources = ContentSources.For(settings, options, web);
        var source = sources.Source;
        using var engine = CreateEngine(options, output);
        var reindexer = engine.CreateReindexer();
        ReindexReport report;
        try
        {
            report = await RunWithProgress(output, progress =>
                reindexer.RunAsync(options.FullIndexPath, source, new ReindexOptions(settings.Strict, "staff command", Overlay(options)), progress, cancellationToken));
        }
        catch (ReindexInProgressException ex)
        {
            return CommandFailure.Report(console, errors, settings, ExitCodes.ReindexRunning, $"Cannot reindex: {ex.Message}");
        }
        catch (ContentSourceException ex)
        {
            return CommandFailure.Report(console, errors, settings, ExitCodes.SourceUnreadable, ex.Message);
        }

        var wordPress = source as WordPressSource;
        if (report.Succeeded)
        {
            // Remembered only once its generation is live: a failed run is repeated in full next time.
            wordPress?.NextState?.Write(options.FullIndexPath);
        }

        if (settings.Json)
        {
            JsonOutput.Write(console, ToJson(report, options, wordPress));
        }
        else
        {
            WriteSummary(console, report, options, wordPress);
        }

        return report.Succeeded ? ExitCodes.Success : ExitCodes.ContentProblems;
    }

    /// <summary>The engine only lends its embedder (when semantic search is on): nothing is served from here.</summary>
    private static SearchEngine CreateEngine(SearchOptions options, IAnsiConsole output)
    {
        var (generator, unavailable) = EmbeddingModels.TryCreate(options.Semantic);
        if (unavailable is not null)
        {
            output.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(unavailable)}; the index is built without vectors.");
        }

        return SearchEngine.Create(options, writable: false, generator: generator, semanticUnavailable: unavailable);
    }

    /// <summary>Live changes made through the admin API survive a full reindex (see README).</summary>
    private static JournalOverlay Overlay(SearchOptions options) => new(new LiveUpdateJournal(options.FullIndexPath));

    private static async Task<ReindexReport> RunWithProgress(IAnsiConsole output, Func<IProgress<BuildProgress>, Task<ReindexReport>> run)
    {
        if (!output.Profile.Capabilities.Interactive)
        {
            return await run(new Progress<BuildProgress>());
        }

        return await output.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading content", maxValue: 1);
                var embedding = context.AddTask("Embedding", autoStart: false);
                var indexing = context.AddTask("Indexing", autoStart: false);
                var relating = context.AddTask("Related lists", autoStart: false);
                var progress = new SynchronousProgress<BuildProgress>(p => Update(p, reading, embedding, indexing, relating));
                var report = await run(progress);
                foreach (var task in new[] { reading, embedding, indexing, relating })
                {
                    task.Value = task.MaxValue;
                }

                return report;
            });
    }

    private static void Update(BuildProgress progress, ProgressTask reading, ProgressTask embedding, ProgressTask indexing, ProgressTask relating)
    {
        switch (progress.Stage)
        {
            case BuildStage.Reading:
                reading.Description = $"Reading content ({progress.Done} files)";
                break;
            case BuildStage.Embedding:
                reading.Value = reading.MaxValue;
                embedding.StartTask();
                embedding.MaxValue = Math.Max(1, progress.Total);
                embedding.Value = progress.Done;
                break;
            case BuildStage.Indexing:
                reading.Value = reading.MaxValue;
                indexing.StartTask();
                indexing.MaxValue = progress.Total;
                indexing.Value = progress.Done;
                break;
            case BuildStage.Relating:
                relating.StartTask();
                relating.MaxValue = Math.Max(1, progress.Total);
                relating.Value = progress.Done;
                break;
        }
    }

    private static void WriteSummary(IAnsiConsole console, ReindexReport report, SearchOptions options, WordPressSource? wordPress)
    {
        ProblemTable.Write(console, report.Problems);
        if (!report.Succeeded)
        {
            console.MarkupLine($"[red]Reindex failed:[/] {Markup.Escape(report.FailureReason ?? "")}");
            return;
        }

        var table = new Table().Title("[green]Reindex complete[/]").AddColumn("").AddColumn(new TableColumn("").RightAligned());
        foreach (var (type, count) in report.DocumentsByType)
        {
            table.AddRow($"{type} items", count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]Items indexed[/]", $"[bold]{report.DocumentCount:N0}[/]");
        table.AddRow("Problems (skipped)", report.Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (wordPress is { Summary: var run })
        {
            table.AddRow("WordPress", run.Since is null
                ? $"full run: {run.Fetched} fetched"
                : $"changes after {Markup.Escape(run.Since)}: {run.Fetched} fetched, {run.Kept} unchanged, {run.Deleted} deleted on the site");
        }

        table.AddRow("Elapsed", $"{report.Elapsed.TotalSeconds:0.00} s");
        table.AddRow("Index size", Sizes.Format(report.IndexSizeBytes));
        table.AddRow("Vectors", report.Generation!.Manifest.EmbeddingModel is { } model
            ? $"{Markup.Escape(model)}, {report.Generation.Manifest.TextsEmbedded} embedded, the rest from the cache"
            : "none (semantic search off)");
        table.AddRow("Generation", report.Generation!.Name);
        table.AddRow("Index", Markup.Escape(options.FullIndexPath));
        console.Write(table);
    }

    private static object ToJson(ReindexReport report, SearchOptions options, WordPressSource? wordPress) => new
    {
        succeeded = report.Succeeded,
        failure = report.FailureReason,
        generation = report.Generation?.Name,
        index = options.FullIndexPath,
        documents = report.DocumentCount,
        documentsByType = report.DocumentsByType,
        problems = report.Problems.Select(ProblemTable.ToJson),
        elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds),
        indexSizeBytes = report.IndexSizeBytes,
        embeddingModel = report.Generation?.Manifest.EmbeddingModel,
        textsEmbedded = report.Generation?.Manifest.TextsEmbedded ?? 0,
        removedGenerations = report.RemovedGenerations,
        wordPress = wordPress is { Summary: var run } ? new { since = run.Since, fetched = run.Fetched, unchanged = run.Kept, deleted = run.Deleted } : null,
    };
}
