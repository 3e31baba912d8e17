using Lucene.Net.Index;
using Lucene.Net.Search;

namespace HarrisHouse.Search.Searching.Facets;

/// <summary>
/// Filters from facet selections: values of one facet are OR-ed, facets are AND-ed. Leaving one facet out
/// gives the set its own counts are taken over (disjunctive faceting: picking Alcohol still shows what
/// Opioids would give).
/// </summary>
internal static class FacetFilters
{
    public static Query Apply(Query query, SearchRequest request, FacetField? except = null)
    {
        var filtered = new BooleanQuery { { query, Occur.MUST } };
        var any = false;
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
            any = true;
        }

        return any ? filtered : query;
    }
}
