using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarrisHouse.Search.Api.Search;

public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapPublicApi("Search");
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Ranked search with facets by type, category and year")
            .WithDescription("Typo tolerant, with synonyms and stemming; the last word is matched as a prefix while it is being typed. Facet counts cover the whole result set; a facet's counts ignore that facet's own selection.");
        return routes;
    }

    public static Results<Ok<SearchResult>, ValidationProblem> Search(
        [AsParameters] SearchParameters parameters, SearchEngine engine, AnalyticsRecorder analytics)
    {
        var (request, errors) = parameters.ToInput().Read();
        if (request is null)
        {
            return ProblemResults.Invalid(errors);
        }

        var result = engine.Search.Search(request);

        // A search is counted once, on its first page; a browse (no words) is not a search.
        if (request.Page == 1 && !string.IsNullOrWhiteSpace(request.Query))
        {
            analytics.Search(request.Query, zeroResults: result.TotalHits == 0, crisisNotice: result.Crisis, spanish: result.Language == "es");
        }

        return TypedResults.Ok(result);
    }
}
