using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// Lucene's <see cref="BooleanQuery"/>, with its commonest shape in a search, one required clause and a few optional
/// ones that only add to the score (the words, then the proximity and subject boosts), less the excluded items,
/// scored without Lucene's layers for it: a BooleanScorer2 wraps every clause in a counting scorer and sums them
/// through a ReqOptSumScorer and a ReqExclScorer, several virtual calls per hit. Matches and scores are Lucene's:
/// the optional clauses are summed, added to the required one's score and scaled by coord, as BooleanScorer2 does.
/// Any other shape keeps Lucene's scorer; a search for common words, made of terms, takes <see cref="WindowScorer"/>.
/// </summary>
internal sealed class RequiredWithOptionalQuery : BooleanQuery
{
    public override Weight CreateWeight(IndexSearcher searcher) => new LeanWeight(this, searcher);

    /// <summary>
    /// The score of a document, as Lucene's BooleanScorer2 works it out: the optional clauses' scores on it summed
    /// first (in double when there are several), then added to the required one's, scaled by coord for the number
    /// of clauses matched. <see cref="WindowScorer"/> uses it too, so that both score alike to the bit.
    /// </summary>
    public static float Total(float required, double optional, int optionalMatched, float[] coord) =>
        (optionalMatched == 0 ? required : required + (float)optional) * coord[1 + optionalMatched];

    /// <summary>Whether this query has the one shape the lean scorer handles.</summary>
    private bool IsLean => MinimumNumberShouldMatch == 0 && Clauses.Count(c => c.Occur == Occur.MUST) == 1;

    private sealed class LeanWeight(RequiredWithOptionalQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (!query.IsLean)
            {
                return base.GetScorer(context, acceptDocs);
            }

            Scorer? required = null;
            var optional = new List<Scorer>(m_weights.Count - 1);
            var excluded = new List<Scorer>();
            for (var i = 0; i < m_weights.Count; i++)
            {
                var scorer = m_weights[i].GetScorer(context, acceptDocs);
                if (query.Clauses[i].Occur == Occur.MUST)
                {
                    if (scorer is null)
                    {
                        return null;
                    }

                    required = scorer;
                }
                else if (scorer is null)
                {
                    continue;
                }
                else if (query.Clauses[i].Occur == Occur.MUST_NOT)
                {
                    excluded.Add(scorer);
                }
                else
                {
                    optional.Add(scorer);
                }
            }

            // Coord by the number of clauses matched, as Lucene's BooleanWeight works it out.
            var coord = new float[optional.Count + 2];
            for (var matched = 0; matched < coord.Length; matched++)
            {
                coord[matched] = query.CoordDisabled ? 1f : Coord(matched, m_maxCoord);
            }

            return WindowScorer.TryCreate(this, required!, [.. optional], [.. excluded], coord, context.AtomicReader.MaxDoc)
                ?? (Scorer)new RequiredWithOptionalScorer(this, required!, [.. optional], [.. excluded], coord);
        }
    }

    /// <summary>
    /// Steps the required clause past the excluded documents; the optional clauses are moved to its document only
    /// when a score is asked for.
    /// </summary>
    private sealed class RequiredWithOptionalScorer(Weight weight, Scorer required, Scorer[] optional, Scorer[] excluded, float[] coord) : Scorer(weight)
    {
        private readonly ForwardScorers _optionalAt = new(optional);
        private readonly ForwardScorers _excludedAt = new(excluded);

        public override int DocID => required.DocID;

        public override int NextDoc() => SkipExcluded(required.NextDoc());

        public override int Advance(int target) => SkipExcluded(required.Advance(target));

        public override int Freq => 1 + MatchingOptional();

        public override float GetScore()
        {
            var doc = required.DocID;
            var score = required.GetScore();
            var matched = 0;
            double extra = 0;
            for (var i = 0; i < optional.Length; i++)
            {
                if (_optionalAt.Has(i, doc))
                {
                    extra += optional[i].GetScore();
                    matched++;
                }
            }

            return Total(score, extra, matched, coord);
        }

        public override long GetCost() => required.GetCost();

        public override ICollection<ChildScorer> GetChildren() =>
            [new ChildScorer(required, "MUST"), .. optional.Select(s => new ChildScorer(s, "SHOULD"))];

        private int SkipExcluded(int doc)
        {
            while (doc != NO_MORE_DOCS && _excludedAt.Any(doc))
            {
                doc = required.NextDoc();
            }

            return doc;
        }

        private int MatchingOptional()
        {
            var matched = 0;
            for (var i = 0; i < optional.Length; i++)
            {
                matched += _optionalAt.Has(i, required.DocID) ? 1 : 0;
            }

            return matched;
        }
    }
}
