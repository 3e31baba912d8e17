using System.ComponentModel;
using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Documents;

public sealed record DocumentParameters
{
    [FromQuery(Name = "url")]
    [Description("The item's site-relative path, such as /treatments/inpatient-detox/.")]
    public string? Url { get; init; }
}

public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPublicApi("Documents")
            .MapGet("/documents", Get)
            .WithName("GetDocument")
            .WithSummary("One indexed item by its URL");
        return routes;
    }

    public static Results<Ok<ContentItem>, ValidationProblem, ProblemHttpResult> Get([AsParameters] DocumentParameters parameters, SearchEngine engine)
    {
        var errors = LookupLimits.CheckUrl(parameters.Url);
        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        var item = engine.Documents.Get(parameters.Url!);
        return item is null ? ProblemResults.NotFound($"No item with the URL '{ParameterParsing.Shorten(parameters.Url!)}' is indexed.") : TypedResults.Ok(item);
    }
}
