using HarrisHouse.Search.Content;

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
}
