using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Lucene's <see cref="DisjunctionMaxQuery"/> (the best clause's score, plus the tie-breaker times the others'),
/// matched by a plain merge of its few clauses instead of Lucene's heap. A word is such a query over five fields
/// and each synonym adds one: the heap's upkeep for every hit (a virtual call per clause per step) and a score
/// worked out for every hit, wanted or not, cost a one-word search at 100k items more than its postings did.
/// Matches and scores are Lucene's; a query of many clauses keeps Lucene's scorer.
/// </summary>
internal sealed class BestOfQuery(float tieBreaker) : DisjunctionMaxQuery(tieBreaker)
{
    /// <summary>Above this many clauses a heap steps faster than looking at every clause.</summary>
    private const int MostClausesMerged = 12;

    public override Weight CreateWeight(IndexSearcher searcher) => new BestOfWeight(this, searcher);

    /// <summary>
    /// The best clause's score plus the tie-breaker times the others', from the best and the sum of the clauses on a
    /// document, as Lucene's disjunction-max scorer works it out. <see cref="WindowScorer"/> uses it too.
    /// </summary>
    public static float Combine(float best, float sum, float tieBreaker) => best + ((sum - best) * tieBreaker);

    private sealed class BestOfWeight(BestOfQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (m_weights.Count > MostClausesMerged)
            {
                return base.GetScorer(context, acceptDocs);
            }

            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }

            return scorers.Count == 0 ? null : new BestOfScorer(this, query.TieBreakerMultiplier, [.. scorers]);
        }
    }

    /// <summary>Steps every clause on the current document, then moves to the lowest document any clause is on.</summary>
    private sealed class BestOfScorer(Weight weight, float tieBreaker, Scorer[] clauses) : Scorer(weight), IScoreTree
    {
        private readonly int[] _docs = [.. clauses.Select(_ => -1)];
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq
        {
            get
            {
                var matching = 0;
                foreach (var doc in _docs)
                {
                    matching += doc == _doc ? 1 : 0;
                }

                return matching;
            }
        }

        public override int NextDoc()
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }

            var lowest = NO_MORE_DOCS;
            for (var i = 0; i < clauses.Length; i++)
            {
                var doc = _docs[i];
                if (doc == _doc)
                {
                    doc = _docs[i] = clauses[i].NextDoc();
                }

                lowest = Math.Min(lowest, doc);
            }

            return _doc = lowest;
        }

        public override int Advance(int target)
        {
            var lowest = NO_MORE_DOCS;
            for (var i = 0; i < clauses.Length; i++)
            {
                var doc = _docs[i];
                if (doc < target)
                {
                    doc = _docs[i] = clauses[i].Advance(target);
                }

                lowest = Math.Min(lowest, doc);
            }

            return _doc = lowest;
        }

        public override float GetScore()
        {
            float best = 0, sum = 0;
            for (var i = 0; i < clauses.Length; i++)
            {
                if (_docs[i] == _doc)
                {
                    var score = clauses[i].GetScore();
                    sum += score;
                    best = Math.Max(best, score);
                }
            }

            return Combine(best, sum, tieBreaker);
        }

        public override long GetCost() => clauses.Sum(c => c.GetCost());

        public ScoreNode? Node(List<WindowLeaf> leaves) =>
            _doc == -1 && ScoreNode.OfEach(clauses, leaves) is { } children ? ScoreNode.BestOf(tieBreaker, children) : null;

        public override ICollection<ChildScorer> GetChildren() => [.. clauses.Select(c => new ChildScorer(c, "SHOULD"))];
    }
}
