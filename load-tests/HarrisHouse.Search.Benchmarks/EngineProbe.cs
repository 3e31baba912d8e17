using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Benchmarks;

/// <summary>The in-process figures of one index: every query class, suggest, facets and related lookups.</summary>
public static class EngineProbe
{
    public static IReadOnlyList<LatencyProbe.Figures> Run(SearchEngine engine, int operations, IReadOnlyList<string> articleUrls)
    {
        var figures = new List<LatencyProbe.Figures>();
        foreach (var (name, requests) in QueryClasses.All)
        {
            figures.Add(LatencyProbe.Measure($"search: {name}", operations / 5, operations, i => engine.Search.Search(requests[i % requests.Length])));
        }

        var facets = new SearchRequest { Query = "", Types = [Content.ContentType.Blog], Categories = ["Recovery"], Years = [2024] };
        figures.Add(LatencyProbe.Measure("facet counting (3 selected facets, browse)", operations / 5, operations, _ => engine.Search.Search(facets)));
        figures.Add(LatencyProbe.Measure("suggest (per keystroke)", operations / 5, operations, i => engine.Suggest.Suggest(QueryClasses.Keystrokes[i % QueryClasses.Keystrokes.Count], 8)));
        figures.Add(LatencyProbe.Measure("related lookup", operations / 5, operations * 5, i => engine.Related.ForUrl(articleUrls[i % articleUrls.Count], 3)));
        return figures;
    }
}
