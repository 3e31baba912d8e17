using System.ComponentModel;
using System.Globalization;
using HarrisHouse.Search.Cli.Infrastructure;
using HarrisHouse.Search.Embeddings;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HarrisHouse.Search.Cli.Commands;

[Description("Rebuild the index from the content, beside the live one, and switch to it atomically.")]
public sealed class ReindexCommand(IAnsiConsole console, ErrorConsole errors, Invocation invocation, OutputFormat format, WebSourceSettings web)
    : AsyncCommand<ReindexCommand.Settings>
{
    private static readonly FittedColumn[] SummaryColumns = [new("Reindex complete"), new("", ColumnFit.Truncate, RightAligned: true)];

    public sealed class Settings : ContentSourceSettings
    {
        [CommandOption("--strict")]
        [Description("Fail, indexing nothing, if any item has a problem or a warning (default: skip bad items, keeping their last good version, and index the rest).")]
        public bool Strict { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var options = invocation.Options;
        var output = settings.Json ? errors.Console : console;
        using var engine = CreateEngine(options, errors);
        using var sources = ContentSources.For(settings, engine, web);
        var report = await RunWithProgress(output, progress =>
            engine.ReindexAsync(new ReindexRequest(sources.Source, "staff command", settings.Strict), progress, cancellationToken: cancellationToken));

        if (settings.Json)
        {
            JsonOutput.Write(console, ToJson(report, options));
        }
        else
        {
            WriteSummary(report, options);
        }

        return !report.Succeeded ? ExitCodes.ContentProblems
            : report.Problems.Count > 0 ? ExitCodes.IndexedWithProblems
            : ExitCodes.Success;
    }

    /// <summary>The engine embeds the items (when semantic search is on); nothing is served from here.</summary>
    private static SearchEngine CreateEngine(SearchOptions options, ErrorConsole errors)
    {
        var (generator, unavailable) = EmbeddingModels.TryCreate(options.Semantic);
        if (unavailable is not null)
        {
            errors.Console.MarkupLine($"[yellow]Warning:[/] {Markup.Escape(unavailable)}; the index is built without vectors.");
        }

        return SearchEngine.Create(options, writable: false, generator: generator, semanticUnavailable: unavailable);
    }

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

    private void WriteSummary(ReindexReport report, SearchOptions options)
    {
        var notes = format.Plain ? errors.Console : console;
        ProblemTable.Write(console, format, $"{report.Problems.Count} problem(s): these items were skipped", report.Problems);
        ProblemTable.Write(console, format, $"{report.Warnings.Count} warning(s): these items were indexed", report.Warnings);
        if (!report.Succeeded)
        {
            notes.MarkupLine($"[red]Reindex failed:[/] {Markup.Escape(report.FailureReason ?? "")}");
            return;
        }

        if (report.KeptFromLive.Count > 0)
        {
            notes.MarkupLine($"[yellow]Kept the last good version of {report.KeptFromLive.Count} item(s)[/] until their files are fixed: {Markup.Escape(string.Join(", ", report.KeptFromLive))}");
        }

        var rows = report.DocumentsByType.Select(t => new[] { $"{t.Key} items", t.Value.ToString("N0", CultureInfo.InvariantCulture) }).ToList();
        rows.Add(["Items indexed", report.DocumentCount.ToString("N0", CultureInfo.InvariantCulture)]);
        rows.Add(["Problems (skipped)", report.Problems.Count.ToString(CultureInfo.InvariantCulture)]);
        rows.Add(["Kept from live", report.KeptFromLive.Count.ToString(CultureInfo.InvariantCulture)]);
        rows.Add(["Warnings", report.Warnings.Count.ToString(CultureInfo.InvariantCulture)]);
        if (report.Source is { } run)
        {
            rows.Add([run.Name, run.Summary]);
        }

        rows.Add(["Elapsed", $"{report.Elapsed.TotalSeconds:0.00} s"]);
        rows.Add(["Index size", Sizes.Format(report.IndexSizeBytes)]);
        rows.Add(["Vectors", report.Generation!.Manifest.EmbeddingModel is { } model
            ? $"{model}, {report.Generation.Manifest.TextsEmbedded} embedded, the rest from the cache"
            : "none (semantic search off)"]);
        rows.Add(["Generation", report.Unchanged ? $"{report.Generation!.Name} (nothing changed: no new generation)" : report.Generation!.Name]);
        rows.Add(["Index", options.FullIndexPath]);
        FittedTable.Write(console, format, null, SummaryColumns, rows);
    }

    private static object ToJson(ReindexReport report, SearchOptions options) => new
    {
        succeeded = report.Succeeded,
        failure = report.FailureReason,
        generation = report.Generation?.Name,
        newGeneration = report.Succeeded && !report.Unchanged,
        index = options.FullIndexPath,
        documents = report.DocumentCount,
        documentsByType = report.DocumentsByType,
        problems = report.Problems.Select(ProblemTable.ToJson),
        warnings = report.Warnings.Select(ProblemTable.ToJson),
        keptFromLive = report.KeptFromLive,
        elapsedMs = Math.Round(report.Elapsed.TotalMilliseconds),
        indexSizeBytes = report.IndexSizeBytes,
        embeddingModel = report.Generation?.Manifest.EmbeddingModel,
        textsEmbedded = report.Generation?.Manifest.TextsEmbedded ?? 0,
        removedGenerations = report.RemovedGenerations,
        source = report.Source is { } run ? new { name = run.Name, summary = run.Summary, details = run.Details } : null,
    };
}
