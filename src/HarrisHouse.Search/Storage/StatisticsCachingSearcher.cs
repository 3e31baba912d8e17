using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// A searcher that works out each field's collection statistics (documents, total length) once. Lucene works them
/// out again for every term of every query, and over several segments that builds a merged view of all fields
/// each time: a tenth of an NFCorpus query. A searcher's reader never changes, so neither do they. It also builds
/// each scorer of a query with a required clause once (see <see cref="Search"/>).
/// </summary>
internal sealed class StatisticsCachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.GetOrAdd(field, base.CollectionStatistics);

    /// <summary>
    /// Scores a query with a required clause document by document, as Lucene does in the end, without first
    /// asking every clause for a bulk scorer and throwing it away. Lucene's BooleanWeight does that on its way to
    /// finding a required clause, at every level of nesting, so each search built the scorers of its words (term
    /// enumerators, phrase buffers) three times over. Other queries, such as a disjunction scored in buckets, take
    /// Lucene's own path.
    /// </summary>
    protected override void Search(IList<AtomicReaderContext> leaves, Weight weight, ICollector collector)
    {
        if (!HasRequiredClause(weight.Query))
        {
            base.Search(leaves, weight, collector);
            return;
        }

        foreach (var leaf in leaves)
        {
            try
            {
                collector.SetNextReader(leaf);
            }
            catch (CollectionTerminatedException)
            {
                continue;
            }

            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                continue;
            }

            collector.SetScorer(scorer);
            try
            {
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                {
                    collector.Collect(doc);
                }
            }
            catch (CollectionTerminatedException)
            {
                // The collector has all it needs from this segment.
            }
        }
    }

    /// <summary>Whether Lucene would score <paramref name="query"/> document by document anyway.</summary>
    private static bool HasRequiredClause(Query query) =>
        query is BooleanQuery boolean && (boolean.MinimumNumberShouldMatch > 1 || boolean.Clauses.Any(c => c.IsRequired));
}
