using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// One part of a <see cref="WindowScorer"/>'s sum: a BM25 term, scored from its frequency when a document needs it,
/// or another scorer (a phrase), scored on each document it finds as the window is filled, or only on the documents
/// scored when it is optional and its bound is known.
/// </summary>
internal sealed class WindowLeaf
{
    private WindowLeaf(DocIdSetIterator postings, Similarity.SimScorer? term, Scorer? other, float weight, Term[] terms)
    {
        Postings = postings;
        Term = term;
        Other = other;
        Weight = weight;
        Terms = terms;
    }

    public DocIdSetIterator Postings { get; }

    /// <summary>The term's BM25 scorer; null for another scorer.</summary>
    public Similarity.SimScorer? Term { get; }

    /// <summary>The other scorer; null for a term.</summary>
    public Scorer? Other { get; }

    /// <summary>
    /// No score of this leaf is above it (<see cref="Bm25Bound"/>): for a term or a phrase scored by BM25, its
    /// weight; for another scorer, not known (infinite).
    /// </summary>
    public float Weight { get; }

    /// <summary>The terms a document must hold for this leaf to match it: the term, a phrase's terms; none when not known.</summary>
    public Term[] Terms { get; }

    public static WindowLeaf OfTerm(DocsEnum docs, Similarity.SimScorer scorer, float weight, Term term) => new(docs, scorer, null, weight, [term]);

    public static WindowLeaf OfPhrase(Scorer scorer, float weight, Term[] terms) => new(scorer, null, scorer, weight, terms);

    public static WindowLeaf OfOther(Scorer scorer) => new(scorer, null, scorer, float.PositiveInfinity, []);
}
