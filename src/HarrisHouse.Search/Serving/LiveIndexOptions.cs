using HarrisHouse.Search.Indexing;
using HarrisHouse.Search.Storage;

namespace HarrisHouse.Search.Serving;

internal sealed record LiveIndexOptions
{
    /// <summary>The index directory holding the generations and <c>CURRENT</c>.</summary>
    public required string Root { get; init; }

    public IndexSettings Index { get; init; } = new();

    /// <summary>How the served searchers score (BM25 with the configured parameters).</summary>
    public required SearchSimilarity Similarity { get; init; }

    /// <summary>Whether this process may apply live updates (the API); the staff command only reads.</summary>
    public bool Writable { get; init; }

    /// <summary>How often <c>CURRENT</c> is checked for a generation switched in by another process.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The clock that drives the poll (tests pass a fake one to move time on without waiting).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Embeds upserted items, when semantic search is on.</summary>
    public Semantic.ItemEmbedder? Embedder { get; init; }

    /// <summary>Verify every file's checksum before serving a generation.</summary>
    public bool VerifyOnOpen { get; init; } = true;
}
