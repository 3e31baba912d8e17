using Lucene.Net.Search.Similarities;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// The most a BM25 clause (a term, a phrase) can score: <c>idf · boost · the outer boosts · (k1 + 1)</c>, which
/// BM25's <c>w·f/(f + k1·(1 − b + b·length/average))</c> only nears as the frequency grows.
/// </summary>
internal static class Bm25Bound
{
    /// <summary>The BM25 similarity <paramref name="field"/> is scored by; null when it is scored otherwise.</summary>
    public static BM25Similarity? Of(Similarity similarity, string field) =>
        (similarity is PerFieldSimilarityWrapper perField ? perField.Get(field) : similarity) as BM25Similarity;

    /// <summary>
    /// The bound, from the clause's value for normalisation (BM25 gives <c>(idf · boost)²</c>) and the outer boosts;
    /// NaN when not BM25. Its root may differ from the product in the last bit, which the collector's slack for
    /// rounding covers.
    /// </summary>
    public static float Weight(BM25Similarity? bm25, float valueForNormalization, float topLevelBoost) =>
        bm25 is null ? float.NaN : MathF.Sqrt(valueForNormalization) * topLevelBoost * (bm25.K1 + 1);
}
