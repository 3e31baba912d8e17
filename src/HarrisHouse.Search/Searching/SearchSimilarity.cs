using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HarrisHouse.Search.Searching;

/// <summary>BM25 with the configured parameters, for every searcher the service hands out.</summary>
public sealed class SearchSimilarity(RankingSettings ranking) : SearcherFactory
{
    public Similarity Similarity { get; } = new BM25Similarity(ranking.Bm25K1, ranking.Bm25B);

    public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => new(reader) { Similarity = Similarity };
}
