using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// One part of a <see cref="WindowScorer"/>'s sum: a BM25 term, scored from its frequency when a document needs it,
/// or another scorer (a phrase), scored on each document it finds as the window is filled.
/// </summary>
internal sealed class WindowLeaf
{
    private WindowLeaf(DocIdSetIterator postings, Similarity.SimScorer? term, Scorer? other, float weight)
    {
        Postings = postings;
        Term = term;
        Other = other;
        Weight = weight;
    }

    public DocIdSetIterator Postings { get; }

    /// <summary>The term's BM25 scorer; null for another scorer.</summary>
    public Similarity.SimScorer? Term { get; }

    /// <summary>The other scorer; null for a term.</summary>
    public Scorer? Other { get; }

    /// <summary>
    /// No score of this leaf is above it: for a term <c>idf · boost · (k1 + 1)</c>, which BM25's
    /// <c>w·f/(f + k1·(1 − b + b·length/average))</c> only nears; for another scorer, not known (infinite).
    /// </summary>
    public float Weight { get; }

    public static WindowLeaf OfTerm(DocsEnum docs, Similarity.SimScorer scorer, float weight) => new(docs, scorer, null, weight);

    public static WindowLeaf OfOther(Scorer scorer) => new(scorer, null, scorer, float.PositiveInfinity);
}
