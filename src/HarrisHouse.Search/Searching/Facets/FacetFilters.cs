using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Facets;

/// <summary>
/// Filters from facet selections: values of one facet are OR-ed, facets are AND-ed. Leaving one facet out
/// gives the set its own counts are taken over (disjunctive faceting: picking Alcohol still shows what
/// Opioids would give). Every search, count and facet goes through here, so here too the items kept out of
/// search (<c>search: false</c>) and those a rule hides for this search are left out, whatever the mode.
/// </summary>
internal static class FacetFilters
{
    public static Query Apply(Query query, SearchRequest request, FacetField? except = null)
    {
        var filtered = Searchable(query);
        foreach (var url in request.HiddenUrls)
        {
            filtered.Add(new TermQuery(new Term(Storage.IndexSchema.Url, url)), Occur.MUST_NOT);
        }

        foreach (var facet in FacetFields.All)
        {
            var selected = facet.Selected(request);
            if (facet == except || selected.Count == 0)
            {
                continue;
            }

            var anyOf = new BooleanQuery();
            foreach (var value in selected)
            {
                anyOf.Add(new TermQuery(new Term(facet.IndexField(), value)), Occur.SHOULD);
            }

            filtered.Add(new ConstantScoreQuery(anyOf) { Boost = 0 }, Occur.MUST);
        }

        return filtered;
    }

    /// <summary>
    /// What <paramref name="query"/> matches among the items that can be searched. The excluded term scores
    /// nothing (a hit's score is its query's), and an index with no hidden item has no such term to look up.
    /// </summary>
    public static BooleanQuery Searchable(Query query)
    {
        // Joined to the query's own clauses where that means the same (a boolean query with a required clause,
        // so its optional ones stay optional): every hit passes one level of scorers less, a twelfth of a
        // one-word search at 100k items. Scores are the same, as BM25's coord is 1.
        var joined = query is BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0 } boolean && boolean.Clauses.Any(c => c.Occur == Occur.MUST)
            ? (BooleanQuery)boolean.Clone()
            : new BooleanQuery { { query, Occur.MUST } };
        joined.Add(Storage.IndexSchema.HiddenItems(), Occur.MUST_NOT);
        return joined;
    }
}
