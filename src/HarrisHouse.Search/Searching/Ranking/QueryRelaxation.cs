using HarrisHouse.Search.Searching.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>
/// The one rule for asking less of a query: one of several word groups that matches nothing (unfiltered), or one of
/// three words or more that matches next to nothing (<see cref="FewMatches"/>), is searched again needing fewer of
/// its words. It is decided on the words alone, never under the filters: else choosing a facet value could relax
/// the query and find more than the count shown beside it.
/// </summary>
internal sealed class QueryRelaxation(LexicalQueryBuilder queries)
{
    /// <summary>
    /// A search of three words or more whose words meet on one or two items is relaxed too: "wife hides wine bottles"
    /// found the inhalants page alone, which happens to hold three of its words, and nothing else; so did "wife wine
    /// bottles", which it holds whole. Relaxed, the items holding most words still come first, and those holding
    /// fewer follow. A search of two words keeps its precision (<see cref="PreciseUpToWords"/>: "gratitude garden"
    /// finds the one post with both). Chosen on the tune half, lexical all MRR@10 / nDCG@10: searches of four words or
    /// more (stop 53), 0.866 / 0.815 → 0.871 / 0.826; of three or more (stop 54, on the tune half grown by the ninth
    /// visitor set), 0.868 / 0.825 → 0.872 / 0.836 (any search of several words: 0.875 / 0.842 at stop 53, but
    /// "gratitude garden" found pages with either word). Hybrid search relaxes so only its keyword searches
    /// (<see cref="HybridRanker"/>): relaxed, its long questions blurred the fusion (hybrid questions 0.807 → 0.782).
    /// </summary>
    internal const int FewMatches = 2;

    /// <summary>The most word groups a search keeps unrelaxed however few items it matches.</summary>
    internal const int PreciseUpToWords = 2;

    /// <param name="unfilteredMatches">Counted only when the query has several word groups.</param>
    /// <param name="fewMatchesUpToWords">
    /// The most word groups of a query relaxed at <see cref="FewMatches"/> (from three), not only at none: every
    /// query by words alone, a keyword search in hybrid search.
    /// </param>
    public static bool Applies(LexicalQuery query, Func<int> unfilteredMatches, int fewMatchesUpToWords = int.MaxValue) =>
        query.WordGroups > 1 && unfilteredMatches() <= AtMost(query, fewMatchesUpToWords);

    private static int AtMost(LexicalQuery query, int fewMatchesUpToWords) =>
        query.WordGroups > PreciseUpToWords && query.WordGroups <= fewMatchesUpToWords ? FewMatches : 0;

    public LexicalQuery Relax(UserQuery parsed, IndexReader reader) => queries.Build(parsed, reader, relaxed: true);

    /// <summary>How many items that can be searched <paramref name="query"/> matches.</summary>
    public static int Count(IndexSearcher searcher, Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(Facets.FacetFilters.Searchable(query), counter);
        return counter.TotalHits;
    }
}
