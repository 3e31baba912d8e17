using HarrisHouse.Search.Content;
using HarrisHouse.Search.Sources;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Indexing;

/// <summary>What a reindex did, for the staff command's summary and the admin API's status.</summary>
public sealed record ReindexReport(
    GenerationInfo? Generation,
    IReadOnlyDictionary<string, int> DocumentsByType,
    IReadOnlyList<ContentProblem> Problems,
    TimeSpan Elapsed,
    long IndexSizeBytes,
    IReadOnlyList<string> RemovedGenerations,
    bool Succeeded,
    string? FailureReason)
{
    public int DocumentCount => DocumentsByType.Values.Sum();

    /// <summary>Unknown fields and the like: the items were indexed (a strict run refuses them).</summary>
    public IReadOnlyList<ContentProblem> Warnings { get; init; } = [];

    /// <summary>URLs of items whose source is broken, kept in their last good version from the live generation.</summary>
    public IReadOnlyList<string> KeptFromLive { get; init; } = [];

    /// <summary>The source found nothing changed since the last run, so no new generation was made: <see cref="Generation"/> is the live one.</summary>
    public bool Unchanged { get; init; }

    /// <summary>What the source says of its run (such as a WordPress site's changes since the last run), or null.</summary>
    public SourceRun? Source { get; init; }
}
