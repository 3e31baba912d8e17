using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// BM25 with the configured parameters, for every searcher the service hands out. The subject field is a
/// short label present on few pages; length normalisation means nothing there (and Lucene 4.8 averages field
/// lengths over all documents), so it is scored without it; so are staff's search phrases, on few pages too.
/// </summary>
internal sealed class SearchSimilarity(float k1, float b) : SearcherFactory
{
    public Similarity Similarity { get; } = new PerField(new BM25Similarity(k1, b), new BM25Similarity(k1, 0));

    public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => new StatisticsCachingSearcher(reader) { Similarity = Similarity };

    private sealed class PerField(Similarity text, Similarity labels) : PerFieldSimilarityWrapper
    {
        public override Similarity Get(string name) => name is IndexSchema.Subject or IndexSchema.SearchPhrases ? labels : text;
    }
}
