using HarrisHouse.Search.Searching.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>
/// The one rule for asking less of a query: one of several word groups that matches nothing (unfiltered; by words
/// alone, next to nothing, <see cref="LexicalRanker.FewMatches"/>) is
/// searched again needing fewer of its words. It is decided on the words alone, never under the filters: else
/// choosing a facet value could relax the query and find more than the count shown beside it.
/// </summary>
internal sealed class QueryRelaxation(LexicalQueryBuilder queries)
{
    /// <param name="unfilteredMatches">Counted only when the query has several word groups.</param>
    /// <param name="atMost">Relaxed when it matches this many items or fewer: none, unless the ranking asks more.</param>
    public static bool Applies(LexicalQuery query, Func<int> unfilteredMatches, int atMost = 0) => query.WordGroups > 1 && unfilteredMatches() <= atMost;

    public LexicalQuery Relax(UserQuery parsed, IndexReader reader) => queries.Build(parsed, reader, relaxed: true);

    /// <summary>How many items that can be searched <paramref name="query"/> matches.</summary>
    public static int Count(IndexSearcher searcher, Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(Facets.FacetFilters.Searchable(query), counter);
        return counter.TotalHits;
    }
}
