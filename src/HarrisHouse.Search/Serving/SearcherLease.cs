using HarrisHouse.Search.Storage;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Serving;

/// <summary>
/// A searcher borrowed from the live index for one request. While it is held, the generation and the
/// point-in-time view it searches stay open, even if a new generation is switched in meanwhile.
/// </summary>
internal sealed class SearcherLease : IDisposable
{
    private readonly ServedGeneration _generation;
    private int _released;

    internal SearcherLease(ServedGeneration generation, IndexSearcher searcher)
    {
        _generation = generation;
        Searcher = searcher;
    }

    public IndexSearcher Searcher { get; }

    public GenerationInfo Generation => _generation.Info;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _generation.Release(Searcher);
        }
    }
}
