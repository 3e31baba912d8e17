using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Storage;

/// <summary>
/// A searcher that works out each field's collection statistics (documents, total length) once. Lucene works them
/// out again for every term of every query, and over several segments that builds a merged view of all fields
/// each time: a tenth of an NFCorpus query. A searcher's reader never changes, so neither do they.
/// </summary>
internal sealed class StatisticsCachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.GetOrAdd(field, base.CollectionStatistics);
}
