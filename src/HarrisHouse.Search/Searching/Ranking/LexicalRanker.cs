using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Storage;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>
/// Ranking by the words (BM25), or by date; facets counted while collecting, each ignoring its own selection, when
/// the request wants them (a ranking alone skips the counting, a sixth of a one-word search at 100k pages).
/// </summary>
internal sealed class LexicalRanker(QueryRelaxation relaxation) : IRanker
{
    public RankedMatches Rank(IndexSearcher searcher, RankingRequest request)
    {
        var search = request.Search;
        var query = request.Query;
        var depth = search.Page * search.PageSize;
        var sort = SortFor(search.Sort, query.IsBrowse);
        var counted = request.CountFacets ? FacetFields.All : [];
        var selected = counted.Where(f => f.Selected(search).Count > 0).ToList();
        var countedHere = counted.Except(selected).ToList();

        // Unfiltered, the collection itself says whether anything matched; filtered, a count must say it first.
        if (search.HasFilters && QueryRelaxation.Applies(query, () => QueryRelaxation.Count(searcher, query.Query)))
        {
            query = relaxation.Relax(request.Parsed, searcher.IndexReader);
        }

        var (top, counts) = Run(searcher, query.Query, search, sort, depth, countedHere);
        if (!search.HasFilters && QueryRelaxation.Applies(query, () => top.TotalHits))
        {
            query = relaxation.Relax(request.Parsed, searcher.IndexReader);
            (top, counts) = Run(searcher, query.Query, search, sort, depth, countedHere);
        }

        foreach (var facet in selected)
        {
            var collector = new FacetCountingCollector([facet]);
            searcher.Search(FacetFilters.Apply(query.Query, search, except: facet), collector);
            counts[facet] = collector.CountsOf(facet);
        }

        var ranked = top.ScoreDocs.Select(d => (d.Doc, float.IsNaN(d.Score) ? 0f : d.Score)).ToList();
        return new RankedMatches(ranked, top.TotalHits, counts, top.TotalHits) { Query = query };
    }

    private static (TopDocs Top, Dictionary<FacetField, IReadOnlyDictionary<string, int>> Counts) Run(
        IndexSearcher searcher, Query query, SearchRequest request, Sort sort, int depth, IReadOnlyList<FacetField> countHere)
    {
        var filtered = FacetFilters.Apply(query, request);

        // By relevance (every search not sorted by date), the leaner collector of the same order.
        if (sort == Relevance)
        {
            var byRelevance = new RelevanceCollector(depth);
            var counts = Collect(searcher, filtered, byRelevance, countHere);
            return (byRelevance.TopDocs(), counts);
        }

        var sorted = TopFieldCollector.Create(sort, depth, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false);
        var sortedCounts = Collect(searcher, filtered, sorted, countHere);
        return (sorted.GetTopDocs(), sortedCounts);
    }

    /// <summary>Runs the query into <paramref name="top"/>, counting <paramref name="countHere"/> in the same pass.</summary>
    private static Dictionary<FacetField, IReadOnlyDictionary<string, int>> Collect(
        IndexSearcher searcher, Query query, ICollector top, IReadOnlyList<FacetField> countHere)
    {
        if (countHere.Count == 0)
        {
            searcher.Search(query, top);
            return [];
        }

        var facets = new FacetCountingCollector(countHere);
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        return countHere.ToDictionary(f => f, f => facets.CountsOf(f));
    }

    private static Sort SortFor(SearchSort sort, bool browse) => (sort, browse) switch
    {
        (SearchSort.Oldest, _) => new Sort(DateField(newestFirst: false), SortField.FIELD_SCORE),
        (SearchSort.Newest, _) or (SearchSort.Relevance, true) => new Sort(DateField(newestFirst: true), SortField.FIELD_SCORE),
        _ => Relevance,
    };

    /// <summary>By score, equal scores newest first: the lexical order in every mode, so that fusion ranks ties alike.</summary>
    public static Sort Relevance { get; } = new(SortField.FIELD_SCORE, DateField(newestFirst: true));

    /// <summary>Publication date; undated pages go last whichever way it is sorted.</summary>
    private static SortField DateField(bool newestFirst)
    {
        var field = new SortField(IndexSchema.Published, SortFieldType.INT64, newestFirst);
        field.SetMissingValue(newestFirst ? long.MinValue : long.MaxValue);
        return field;
    }
}
