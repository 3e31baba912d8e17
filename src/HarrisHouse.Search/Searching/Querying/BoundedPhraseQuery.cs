using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Lucene's <see cref="PhraseQuery"/>, with the same matches and scores, whose scorer hands a
/// <see cref="WindowScorer"/> its bound (<see cref="Bm25Bound"/>) and terms: an optional phrase (the boost for the
/// words found close together) is then worked out only for the documents that get scored, not for every match.
/// </summary>
internal sealed class BoundedPhraseQuery : PhraseQuery
{
    public override Weight CreateWeight(IndexSearcher searcher)
    {
        var terms = GetTerms();
        var bm25 = terms.Length == 0 ? null : Bm25Bound.Of(searcher.Similarity, terms[0].Field);
        return new BoundedPhraseWeight(this, base.CreateWeight(searcher), bm25, terms);
    }

    private sealed class BoundedPhraseWeight(BoundedPhraseQuery query, Weight phrase, BM25Similarity? bm25, Term[] terms) : Weight
    {
        /// <summary>The phrase's BM25 weight; NaN until normalised, or when not BM25.</summary>
        private float _bound = float.NaN;

        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => phrase.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => phrase.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            phrase.Normalize(queryNorm, topLevelBoost);
            _bound = Bm25Bound.Weight(bm25, phrase.GetValueForNormalization(), topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            phrase.GetScorer(context, acceptDocs) is { } scorer ? new BoundedPhraseScorer(this, scorer, _bound, terms) : null;

        public override Explanation Explain(AtomicReaderContext context, int doc) => phrase.Explain(context, doc);
    }

    private sealed class BoundedPhraseScorer(Weight owner, Scorer phrase, float bound, Term[] terms) : Scorer(owner), IScoreTree
    {
        public override int DocID => phrase.DocID;

        public override int Freq => phrase.Freq;

        public override int NextDoc() => phrase.NextDoc();

        public override int Advance(int target) => phrase.Advance(target);

        public override float GetScore() => phrase.GetScore();

        public override long GetCost() => phrase.GetCost();

        public ScoreNode? Node(List<WindowLeaf> leaves) =>
            ScoreNode.Added(leaves, float.IsNaN(bound) ? WindowLeaf.OfOther(phrase) : WindowLeaf.OfPhrase(phrase, bound, terms));
    }
}
