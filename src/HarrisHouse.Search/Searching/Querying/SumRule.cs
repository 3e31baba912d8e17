using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Querying;

/// <summary>
/// How a <see cref="BooleanQuery"/> without exclusions scores a document, for a <see cref="WindowScorer"/>: it
/// matches where every required clause and enough optional ones do, and scores the sum of the clauses matched,
/// scaled by coord for their number. A search of several words is such a query over its word groups (most of them
/// required), and a word being typed is one over its completions: stepped a document at a time, their
/// conjunctions and heaps cost a multi-word search at 100k items 4-25 ms. Scores are Lucene's up to rounding (the
/// clauses summed in one order, in double).
/// </summary>
internal sealed record SumRule(bool[] Required, int MinimumOptional, float[] Coord)
{
    /// <summary>The score from the matched clauses' scores and their number.</summary>
    public float Combine(double sum, int matched) => (float)sum * Coord[matched];

    /// <summary>
    /// The node of a boolean query's scorer, its clauses' scorers as children (Lucene's conjunction, disjunction
    /// and BooleanScorer2 all name them); null for any other scorer, a query with exclusions, or too many parts.
    /// </summary>
    public static ScoreNode? Node(Scorer scorer, List<WindowLeaf> leaves)
    {
        // Only Lucene's own boolean query: a subclass may score otherwise (RequiredWithOptionalQuery drops exclusions from its children).
        if (scorer.Weight is not BooleanQuery.BooleanWeight weight || weight.Query.GetType() != typeof(BooleanQuery) || scorer.DocID != -1)
        {
            return null;
        }

        var query = (BooleanQuery)weight.Query;
        var clauses = scorer.GetChildren().ToList();
        if (clauses.Count == 0 || clauses.Any(c => c.Relationship == nameof(Occur.MUST_NOT)))
        {
            return null;
        }

        if (ScoreNode.OfEach([.. clauses.Select(c => c.Child)], leaves) is not { } children)
        {
            return null;
        }

        var required = clauses.Select(c => c.Relationship == nameof(Occur.MUST)).ToArray();

        // Without required clauses, one optional clause at least must match, as Lucene's BooleanScorer2 asks.
        var minimum = required.Any(r => r) ? query.MinimumNumberShouldMatch : Math.Max(1, query.MinimumNumberShouldMatch);
        var maxCoord = query.Clauses.Count(c => !c.IsProhibited);
        var coord = Enumerable.Range(0, clauses.Count + 1).Select(matched => query.CoordDisabled ? 1f : weight.Coord(matched, maxCoord)).ToArray();
        return ScoreNode.SumOf(new SumRule(required, minimum, coord), children);
    }
}
