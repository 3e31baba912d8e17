using System.Collections.Concurrent;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Markdown;

namespace HarrisHouse.Search.Api.Admin;

/// <summary>What a reindex started through the admin API is doing, or did.</summary>
public sealed record ReindexJob(
    string Id,
    string Status,
    DateTimeOffset StartedUtc,
    DateTimeOffset? FinishedUtc = null,
    string? Generation = null,
    int Documents = 0,
    IReadOnlyList<string>? Problems = null,
    string? Failure = null);

/// <summary>Full reindexes started by the admin API: one at a time (with the staff command too), in the background.</summary>
public sealed partial class ReindexJobs(SearchEngine engine, ILogger<ReindexJobs> logger)
{
    private readonly ConcurrentDictionary<string, ReindexJob> _jobs = new(StringComparer.Ordinal);

    public ReindexJob? Get(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Starts a reindex, or returns null with the reason when one is already running.</summary>
    public (ReindexJob? Job, string? Busy) Start()
    {
        ReindexLock heldLock;
        try
        {
            heldLock = ReindexLock.Acquire(engine.Options.FullIndexPath, "admin API");
        }
        catch (ReindexInProgressException ex)
        {
            return (null, ex.Message);
        }

        var job = new ReindexJob(Guid.NewGuid().ToString("N")[..12], "running", DateTimeOffset.UtcNow);
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, heldLock));
        return (job, null);
    }

    private async Task RunAsync(ReindexJob job, ReindexLock heldLock)
    {
        try
        {
            var report = await engine.CreateReindexer().RunAsync(
                engine.Options.FullIndexPath,
                new MarkdownFolderSource(engine.Options.FullContentPath),
                new ReindexOptions(Purpose: "admin API", Overlay: engine.Index.Overlay),
                progress: null,
                CancellationToken.None,
                heldLock);
            if (report.Succeeded)
            {
                engine.Index.Refresh();
                engine.Index.CompactJournal();
            }

            _jobs[job.Id] = job with
            {
                Status = report.Succeeded ? "succeeded" : "failed",
                FinishedUtc = DateTimeOffset.UtcNow,
                Generation = report.Generation?.Name,
                Documents = report.DocumentCount,
                Problems = report.Problems.Select(p => p.ToString()).ToList(),
                Failure = report.FailureReason,
            };
        }
        catch (Exception ex) when (ex is ContentSourceException or IOException)
        {
            LogFailed(logger, job.Id, ex.Message);
            _jobs[job.Id] = job with { Status = "failed", FinishedUtc = DateTimeOffset.UtcNow, Failure = ex.Message };
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin reindex {JobId} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string jobId, string reason);
}
