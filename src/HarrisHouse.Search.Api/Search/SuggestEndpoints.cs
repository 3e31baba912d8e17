using System.ComponentModel;
using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Searching.Suggestions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Search;

public sealed record SuggestParameters
{
    [FromQuery(Name = "q")]
    [Description("What has been typed so far.")]
    public string? Q { get; init; }

    [FromQuery(Name = "limit")]
    [Description("How many completions, 1 to 8 (default 8).")]
    public string? Limit { get; init; }
}

public static class SuggestEndpoints
{
    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPublicApi("Search")
            .MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Search-as-you-type completions")
            .WithDescription("Page titles first (with their url and type: choosing one goes straight to the page), then frequent phrases of the site's content. Typo tolerant.");
        return routes;
    }

    public static Results<Ok<SuggestResult>, ValidationProblem> Suggest([AsParameters] SuggestParameters parameters, SearchEngine engine)
    {
        var parsing = new ParameterParsing();
        var limit = parsing.Integer("limit", parameters.Limit, SearchLimits.MaxSuggestions);
        var errors = parsing.HasErrors ? parsing.Errors : LookupLimits.CheckSuggest(parameters.Q ?? "", limit);
        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        return TypedResults.Ok(engine.Suggest.Suggest(parameters.Q!, limit));
    }
}
