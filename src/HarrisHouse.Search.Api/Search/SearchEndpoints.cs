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
        [AsParameters] SearchParameters parameters, SearchEngine engine)
    {
        var (request, errors) = parameters.ToInput().Read();
        return request is null ? ProblemResults.Invalid(errors) : TypedResults.Ok(engine.Search.Search(request));
    }
}
