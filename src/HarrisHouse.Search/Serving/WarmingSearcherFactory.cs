using HarrisHouse.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace HarrisHouse.Search.Serving;

/// <summary>
/// Hands out the service's searchers (<see cref="SearchSimilarity"/>) with their segments' caches already built:
/// the staff phrases, facet value sets and vectors that a search otherwise builds on first use. At 100k items the
/// first search after a generation opened spent 3.6 s building them, which a visitor waited for; here the thread
/// that opens or refreshes the generation builds them, before the searcher is served. A refresh after a live
/// update builds only its new segments' (each cache is kept per segment).
/// </summary>
internal sealed partial class WarmingSearcherFactory(SearchSimilarity similarity, ILogger logger) : SearcherFactory
{
    private readonly Lock _adding = new();
    private volatile Action<IndexReader>[] _warmers = [];

    /// <summary>Has every searcher made from now on prepared by <paramref name="warm"/> first.</summary>
    public void Add(Action<IndexReader> warm)
    {
        lock (_adding)
        {
            _warmers = [.. _warmers, warm];
        }
    }

    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        var searcher = similarity.NewSearcher(reader);
        foreach (var warm in _warmers)
        {
            try
            {
                warm(reader);
            }
            catch (Exception ex) when (ex is IOException or CorruptIndexException or InvalidOperationException or ArgumentException)
            {
                // Only an early start: a search builds what it needs itself, and reports the failure there.
                LogWarmingFailed(logger, ex);
            }
        }

        return searcher;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not prepare a searcher's caches before serving it; searches will build them")]
    private static partial void LogWarmingFailed(ILogger logger, Exception exception);
}
