using HarrisHouse.Search.Analysis;
using HarrisHouse.Search.Related;

namespace HarrisHouse.Search.Indexing;

/// <summary>How generations are built; the same for the API and the staff command.</summary>
public sealed record IndexSettings
{
    public Stemmer Stemmer { get; init; } = Stemmer.KStem;

    /// <summary>Complete generations kept on disk (the current one and those a rollback can return to).</summary>
    public int KeepGenerations { get; init; } = 3;

    public double RamBufferMegabytes { get; init; } = 64;

    /// <summary>
    /// Threads adding documents; null for one per core (one below 1,000 items, where threads cost more than they
    /// save). Set to compare single-threaded indexing with other engines.
    /// </summary>
    public int? IndexingThreads { get; init; }

    /// <summary>
    /// A generation of at least this many items is merged into one segment when built: at 100k items a search
    /// then builds its scorers and looks its terms up once instead of eight times. Below it the merge rewrote
    /// the whole index for no measurable gain (a fifth of a two-thread NFCorpus build).
    /// </summary>
    public int MergeFromItems { get; init; } = 10_000;

    public RelatedSettings Related { get; init; } = new();

    /// <summary>Compute related lists while building (the site needs them; an evaluation corpus does not).</summary>
    public bool ComputeRelated { get; init; } = true;
}
