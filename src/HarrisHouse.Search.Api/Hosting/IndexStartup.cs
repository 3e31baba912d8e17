using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Api.Hosting;

/// <summary>
/// Opens the index when the service starts, first building it from the content folder if none exists
/// yet (the README's run command on a fresh clone), and closes it on shutdown after requests have drained.
/// </summary>
public sealed partial class IndexStartup(SearchEngine engine, ILogger<IndexStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = engine.Options;
        if (engine.SemanticUnavailable is { } unavailable)
        {
            LogSemanticUnavailable(logger, unavailable);
        }
        if (!engine.HasIndex)
        {
            LogBuilding(logger, options.FullIndexPath, options.FullContentPath);
            await BuildAsync("first start of the API", cancellationToken);
        }
        else if (engine.OutdatedGeneration is { } outdated)
        {
            // Built from the content folder, it is rebuilt from it now, as on a first start (live changes carry over
            // as in any reindex); built from another source (WordPress), only staff can rebuild it from there.
            if (string.Equals(outdated.Manifest.Source, options.FullContentPath, StringComparison.Ordinal))
            {
                LogRebuilding(logger, outdated.Name, outdated.Manifest.Analysis, SearchEngine.AnalysisVersion, options.FullContentPath);
                await BuildAsync("its index was built by an older text analysis", cancellationToken);
            }
            else
            {
                LogOutdated(logger, outdated.Name, outdated.Manifest.Analysis, SearchEngine.AnalysisVersion, outdated.Manifest.Source);
            }
        }

        engine.Start();
    }

    private async Task BuildAsync(string reason, CancellationToken cancellationToken)
    {
        try
        {
            var report = await engine.ReindexAsync(
                new ReindexRequest(new MarkdownFolderSource(engine.Options.FullContentPath), reason), cancellationToken: cancellationToken);
            if (report.Succeeded)
            {
                LogBuilt(logger, report.DocumentCount, report.Generation!.Name, report.Elapsed.TotalMilliseconds, report.Problems.Count);
            }
            else
            {
                LogBuildFailed(logger, report.FailureReason ?? "unknown reason");
            }
        }
        catch (Exception ex) when (ex is ContentSourceException or ReindexInProgressException or IOException)
        {
            LogBuildFailed(logger, ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        engine.Dispose();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Semantic search is unavailable, serving lexical search only: {Reason}")]
    private static partial void LogSemanticUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No index found in {IndexPath}; building it from {ContentPath}")]
    private static partial void LogBuilding(ILogger logger, string indexPath, string contentPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index generation {Generation} was built by text analysis {Built}, this build analyses by {Current}; rebuilding it from {ContentPath}")]
    private static partial void LogRebuilding(ILogger logger, string generation, int built, int current, string contentPath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index generation {Generation} was built by text analysis {Built}, this build analyses by {Current}: it finds less than it should until it is reindexed from its source ({Source})")]
    private static partial void LogOutdated(ILogger logger, string generation, int built, int current, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the index: {DocumentCount} items in generation {Generation} in {ElapsedMs:0} ms ({ProblemCount} content problems)")]
    private static partial void LogBuilt(ILogger logger, int documentCount, string generation, double elapsedMs, int problemCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not build the index on start: {Reason}; searches answer 503 until a reindex succeeds")]
    private static partial void LogBuildFailed(ILogger logger, string reason);
}
