using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Querying;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>One way of ranking a search's matches (by their words, or by words and meaning), counting facets as it goes.</summary>
internal interface IRanker
{
    RankedMatches Rank(IndexSearcher searcher, RankingRequest request);
}

/// <param name="Parsed">The query as parsed once (its unknown words respelt), for relaxing it.</param>
/// <param name="Query">The lexical query built from it.</param>
/// <param name="Mode">The mode to rank in (semantic and hybrid share a ranker).</param>
/// <param name="CountFacets">Whether the facets are counted (a search's response shows them; a ranking alone does not).</param>
/// <param name="ModelText">What the model reads: the query as typed, or with its unknown words respelt.</param>
internal sealed record RankingRequest(SearchRequest Search, UserQuery Parsed, LexicalQuery Query, SearchMode Mode, string ModelText, bool CountFacets = true);

/// <summary>What a ranker found: the lexical query it ran (relaxed or not), the ranking, how many in all, and the facet counts.</summary>
internal sealed record RankedMatches(IReadOnlyList<(int Doc, float Score)> Ranked, int Total, Dictionary<FacetField, IReadOnlyDictionary<string, int>> Counts, int LexicalTotal)
{
    public LexicalQuery? Query { get; init; }
}
