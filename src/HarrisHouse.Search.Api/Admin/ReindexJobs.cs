using System.Collections.Concurrent;
using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Sources.Markdown;
using HarrisHouse.Search.Storage;

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
    string? Failure = null)
{
    /// <summary>The stage the build is in and how far it got, while it runs.</summary>
    public ReindexProgress? Progress { get; init; }

    /// <summary>Unknown fields and the like in items that were indexed.</summary>
    public IReadOnlyList<string>? Warnings { get; init; }

    /// <summary>Items whose source is broken, kept in their last good version.</summary>
    public IReadOnlyList<string>? KeptFromLive { get; init; }
}

/// <summary>A reindex's progress: the stage (reading, embedding, indexing, relating) and items done of the total.</summary>
public sealed record ReindexProgress(string Stage, int Done, int Total)
{
    public static ReindexProgress Of(BuildProgress progress) => new(progress.Stage.ToString().ToLowerInvariant(), progress.Done, progress.Total);
}

/// <summary>Full reindexes started by the admin API: one at a time (with the staff command too), in the background.</summary>
public sealed partial class ReindexJobs(SearchEngine engine, TimeProvider time, ILogger<ReindexJobs> logger)
{
    private readonly ConcurrentDictionary<string, ReindexJob> _jobs = new(StringComparer.Ordinal);

    public ReindexJob? Get(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Starts a reindex, or returns null with the reason when one is already running.</summary>
    public (ReindexJob? Job, string? Busy) Start()
    {
        ReindexLock heldLock;
        try
        {
            heldLock = engine.ClaimReindex("admin API");
        }
        catch (ReindexInProgressException ex)
        {
            return (null, ex.Message);
        }

        var job = new ReindexJob(Guid.NewGuid().ToString("N")[..12], "running", time.GetUtcNow());
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, heldLock));
        return (job, null);
    }

    private async Task RunAsync(ReindexJob job, ReindexLock heldLock)
    {
        try
        {
            // Inline and compare-and-swap: a late progress report must not turn a finished job back to running.
            var progress = new SynchronousProgress<BuildProgress>(p => _jobs.AddOrUpdate(job.Id, job, (_, current) =>
                current.Status == "running" ? current with { Progress = ReindexProgress.Of(p) } : current));
            var report = await engine.ReindexAsync(
                new ReindexRequest(new MarkdownFolderSource(engine.Options.FullContentPath), "admin API"), progress, heldLock);
            _jobs[job.Id] = _jobs[job.Id] with
            {
                Status = report.Succeeded ? "succeeded" : "failed",
                FinishedUtc = time.GetUtcNow(),
                Generation = report.Generation?.Name,
                Documents = report.DocumentCount,
                Problems = report.Problems.Select(p => p.ToString()).ToList(),
                Warnings = report.Warnings.Select(p => p.ToString()).ToList(),
                KeptFromLive = report.KeptFromLive,
                Failure = report.FailureReason,
            };
        }
        catch (Exception ex) when (ex is ContentSourceException or IOException)
        {
            LogFailed(logger, job.Id, ex.Message);
            _jobs[job.Id] = _jobs[job.Id] with { Status = "failed", FinishedUtc = time.GetUtcNow(), Failure = ex.Message };
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Admin reindex {JobId} failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string jobId, string reason);
}
