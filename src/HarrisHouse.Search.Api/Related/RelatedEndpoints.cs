using System.ComponentModel;
using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Related;

public sealed record RelatedParameters
{
    [FromQuery(Name = "url")]
    [Description("The site-relative path of the page the widget is under.")]
    public string? Url { get; init; }

    [FromQuery(Name = "count")]
    [Description("How many related items, 1 to 10 (default 3).")]
    public string? Count { get; init; }
}

/// <summary>A post being written that is not indexed yet.</summary>
/// <param name="Title">The draft's title.</param>
/// <param name="Text">The draft's text (plain text or HTML).</param>
/// <param name="Count">How many related items, 1 to 10 (default 3).</param>
public sealed record DraftRequest(string? Title, string? Text, int? Count);

public static class RelatedEndpoints
{
    public const long MaxDraftBytes = 256 * 1024;
    private const string DraftExample = "{\"title\": \"Coping with cravings\", \"text\": \"...\"}";

    public static IEndpointRouteBuilder MapRelatedEndpoints(this IEndpointRouteBuilder routes)
    {
        var related = routes.MapPublicApi("Related content");
        related.MapGet("/related", ForUrl)
            .WithName("Related")
            .WithSummary("\"You might also be interested in\": the items a reader of this page should see next")
            .WithDescription("Precomputed when the index is built: a lookup. Each item says why it is there.");
        related.MapPost("/related", ForDraft)
            .WithName("RelatedForDraft")
            .WithSummary("Related items for a draft that is not indexed yet")
            .Accepts<DraftRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return routes;
    }

    public static Results<Ok<RelatedResult>, ValidationProblem, ProblemHttpResult> ForUrl([AsParameters] RelatedParameters parameters, SearchEngine engine)
    {
        var parsing = new ParameterParsing();
        var count = parsing.Integer("count", parameters.Count, RelatedService.DefaultCount);
        IReadOnlyList<(string Parameter, string Message)> errors = [.. LookupLimits.CheckUrl(parameters.Url), .. parsing.HasErrors ? parsing.Errors : LookupLimits.CheckRelatedCount(count)];
        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        var result = engine.Related.ForUrl(parameters.Url!, count);
        return result is null
            ? ProblemResults.NotFound($"No item with the URL '{ParameterParsing.Shorten(parameters.Url!)}' is indexed.")
            : TypedResults.Ok(result);
    }

    public static async Task<IResult> ForDraft(HttpRequest request, SearchEngine engine, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<DraftRequest>(request, MaxDraftBytes, DraftExample, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var draft = body.Value!;
        var parsing = new ParameterParsing();
        if (string.IsNullOrWhiteSpace(draft.Title) && string.IsNullOrWhiteSpace(draft.Text))
        {
            parsing.Add("title", "Give the draft's title, its text, or both.");
        }

        if (draft.Title?.Length > RelatedService.MaxDraftTitleLength)
        {
            parsing.Add("title", $"title is {draft.Title.Length} characters long; at most {RelatedService.MaxDraftTitleLength} are accepted.");
        }

        if (draft.Text?.Length > RelatedService.MaxDraftTextLength)
        {
            parsing.Add("text", $"text is {draft.Text.Length} characters long; at most {RelatedService.MaxDraftTextLength} are accepted.");
        }

        foreach (var (parameter, message) in LookupLimits.CheckRelatedCount(draft.Count ?? RelatedService.DefaultCount))
        {
            parsing.Add(parameter, message);
        }

        if (parsing.HasErrors)
        {
            return ProblemResults.Invalid(parsing.Errors);
        }

        var items = engine.Related.ForDraft(draft.Title ?? "", draft.Text ?? "", draft.Count ?? RelatedService.DefaultCount);
        return TypedResults.Ok(new RelatedResult(Url: null, items));
    }
}
