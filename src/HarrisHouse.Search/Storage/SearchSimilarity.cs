using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// BM25 with the configured parameters, for every searcher the service hands out. The subject field is a
/// short label present on few pages; length normalisation means nothing there (and Lucene 4.8 averages field
/// lengths over all documents), so it is scored without it; so are staff's search phrases, on few pages too.
/// Title words are scored without their rarity: what is typed expands to every title word it starts, and
/// "opi" should rank "Opioids" and "Opiates" by their titles' length alone, as when every prefix was a term.
/// </summary>
internal sealed class SearchSimilarity(float k1, float b) : SearcherFactory
{
    public Similarity Similarity { get; } = new PerField(new BM25Similarity(k1, b), new BM25Similarity(k1, 0), new WithoutRarity(k1, b));

    public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) => new StatisticsCachingSearcher(reader) { Similarity = Similarity };

    private sealed class PerField(Similarity text, Similarity labels, Similarity titleWords) : PerFieldSimilarityWrapper
    {
        public override Similarity Get(string name) => name switch
        {
            IndexSchema.Subject or IndexSchema.SearchPhrases => labels,
            IndexSchema.TitleWords => titleWords,
            _ => text,
        };
    }

    /// <summary>BM25 with every term equally rare: the score is the term's frequency against the field's length.</summary>
    private sealed class WithoutRarity(float k1, float b) : BM25Similarity(k1, b)
    {
        protected override float Idf(long docFreq, long numDocs) => 1f;
    }
}
