using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Searching.Facets;

/// <summary>Turns raw counts into the facet lists a results page shows.</summary>
internal static class FacetResults
{
    /// <summary>
    /// Values with hits, plus every selected value even at zero (so a selection can always be undone);
    /// types in the site's order, categories by count, years newest first.
    /// </summary>
    public static IReadOnlyList<FacetValue> Build(FacetField facet, IReadOnlyDictionary<string, int> counts, IReadOnlyList<string> selected)
    {
        var values = counts.Where(c => c.Value > 0).Select(c => c.Key)
            .Union(selected, StringComparer.Ordinal)
            .Select(v => new FacetValue(v, counts.GetValueOrDefault(v), selected.Contains(v, StringComparer.Ordinal)));
        return (facet switch
        {
            FacetField.Type => values.OrderBy(v => ContentTypes.TryParse(v.Value, out var t) ? (int)t : int.MaxValue),
            FacetField.Year => values.OrderByDescending(v => v.Value, StringComparer.Ordinal),
            _ => values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal),
        }).ToList();
    }
}
