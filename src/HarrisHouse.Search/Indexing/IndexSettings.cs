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

    public RelatedSettings Related { get; init; } = new();

    /// <summary>Compute related lists while building (the site needs them; an evaluation corpus does not).</summary>
    public bool ComputeRelated { get; init; } = true;
}
