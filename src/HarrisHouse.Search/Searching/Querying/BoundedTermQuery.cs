using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Lucene's <see cref="TermQuery"/>, with the same matches and scores, whose scorer can hand its postings, BM25
/// scorer and weight (the bound of its scores) to a <see cref="WindowScorer"/> (<see cref="IScoreTree"/>).
/// </summary>
internal sealed class BoundedTermQuery : TermQuery
{
    private readonly TermContext _context;

    public BoundedTermQuery(Term term, TermContext context)
        : base(term, context)
    {
        _context = context;
    }

    /// <summary>
    /// On the reader the term was looked up in, the bounded weight; on another, Lucene's own (which looks the term
    /// up again and keeps the document frequency the query was made with).
    /// </summary>
    public override Weight CreateWeight(IndexSearcher searcher) =>
        _context.TopReaderContext == searcher.TopReaderContext ? new BoundedTermWeight(this, searcher, _context) : base.CreateWeight(searcher);

    private sealed class BoundedTermWeight : Weight
    {
        private readonly BoundedTermQuery _query;
        private readonly TermContext _states;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly BM25Similarity? _bm25;

        /// <summary>The term's BM25 weight, <c>idf · boost · (k1 + 1)</c>; NaN until normalised, or when not BM25.</summary>
        private float _weight = float.NaN;

        public BoundedTermWeight(BoundedTermQuery query, IndexSearcher searcher, TermContext states)
        {
            _query = query;
            _states = states;
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
            _bm25 = Bm25Bound.Of(_similarity, query.Term.Field);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            _stats.Normalize(queryNorm, topLevelBoost);
            _weight = Bm25Bound.Weight(_bm25, _stats.GetValueForNormalization(), topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (_states.Get(context.Ord) is not { } state)
            {
                return null;
            }

            var terms = context.AtomicReader.GetTerms(_query.Term.Field).GetEnumerator();
            terms.SeekExact(_query.Term.Bytes, state);
            var docs = terms.Docs(acceptDocs, null);
            return new BoundedTermScorer(this, docs, _similarity.GetSimScorer(_stats, context), _weight);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc)
            {
                var frequency = scorer.Freq;
                var score = _similarity.GetSimScorer(_stats, context).Explain(doc, new Explanation(frequency, $"termFreq={frequency}"));
                var result = new ComplexExplanation(true, score.Value, $"weight({_query} in {doc}) [{_similarity.GetType().Name}], result of:");
                result.AddDetail(score);
                return result;
            }

            return new ComplexExplanation(false, 0f, "no matching term");
        }
    }

    /// <param name="weight">The term's BM25 weight, <c>idf · boost · (k1 + 1)</c>; NaN when the similarity is not BM25.</param>
    private sealed class BoundedTermScorer(Weight owner, DocsEnum docs, Similarity.SimScorer scorer, float weight) : Scorer(owner), IScoreTree
    {
        public override int DocID => docs.DocID;

        public override int Freq => docs.Freq;

        public override int NextDoc() => docs.NextDoc();

        public override int Advance(int target) => docs.Advance(target);

        public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

        public override long GetCost() => docs.GetCost();

        public ScoreNode? Node(List<WindowLeaf> leaves) =>
            ScoreNode.Added(leaves, float.IsNaN(weight) ? WindowLeaf.OfOther(this) : WindowLeaf.OfTerm(docs, scorer, weight, ((TermQuery)Weight.Query).Term));
    }
}
