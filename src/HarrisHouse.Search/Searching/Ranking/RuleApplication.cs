using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Searching.Facets;
using HarrisHouse.Search.Searching.Hybrid;
using HarrisHouse.Search.Storage;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Ranking;

/// <summary>
/// Staff's rules over a ranking, whatever ranked it: pinned items first in the rules' order (those indexed and
/// within the filters), hidden items out (the ranking already left them out; a pin never brings one back).
/// </summary>
internal static class RuleApplication
{
    public static (RankedMatches Outcome, IReadOnlySet<int> Pinned) Apply(IndexSearcher searcher, SearchRequest request, IReadOnlyList<SearchRule> rules, RankedMatches outcome)
    {
        // The rules' hidden items are the request's (SearchService sets them before ranking), which First leaves out.
        return First(searcher, request, Docs(searcher.IndexReader, rules.SelectMany(r => r.Pin)), outcome);
    }

    /// <summary>
    /// <paramref name="docs"/> first, in their order, each at most once: those searchable, not hidden for this search
    /// (<see cref="SearchRequest.HiddenUrls"/>) and within the request's filters, whether the ranking had them or not.
    /// </summary>
    public static (RankedMatches Outcome, IReadOnlySet<int> First) First(IndexSearcher searcher, SearchRequest request, IEnumerable<int> docs, RankedMatches outcome)
    {
        var reader = searcher.IndexReader;
        var hidden = Docs(reader, request.HiddenUrls).ToHashSet();
        // A pin cannot bring back an item kept out of search (search: false).
        var pinned = docs.Where(d => !hidden.Contains(d) && IndexSchema.IsSearchable(reader, d)).Distinct().ToList();
        if (request.HasFilters && pinned.Count > 0)
        {
            var allowed = DocSets.Matching(searcher, FacetFilters.Apply(new MatchAllDocsQuery(), request));
            pinned = pinned.Where(allowed.Get).ToList();
        }

        var pinnedSet = pinned.ToHashSet();
        if (pinned.Count == 0)
        {
            return (outcome, pinnedSet);
        }

        var scores = outcome.Ranked.ToDictionary(r => r.Doc, r => r.Score);
        var ranked = pinned.Select(d => (d, scores.GetValueOrDefault(d)))
            .Concat(outcome.Ranked.Where(r => !pinnedSet.Contains(r.Doc)))
            .ToList();

        // The total follows what the ranking shows: pinned items it lacked are added. (Hidden items were already
        // left out of the ranking, the total and the facet counts, where every query is filtered.)
        var total = outcome.Total + pinned.Count(d => !scores.ContainsKey(d));
        return (outcome with { Ranked = ranked, Total = Math.Max(total, ranked.Count) }, pinnedSet);
    }

    private static IEnumerable<int> Docs(Lucene.Net.Index.IndexReader reader, IEnumerable<string> urls) =>
        urls.Select(url => DocumentLookup.Find(reader, url)).Where(doc => doc >= 0);
}
