using System.ComponentModel;
using HarrisHouse.Search.Api.Admin;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Curation;
using HarrisHouse.Search.Operations;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Curation;

public sealed record ChangeListParameters
{
    [FromQuery(Name = "limit")]
    [Description("How many of the latest changes, 1-500 (default 50).")]
    public string? Limit { get; init; }
}

/// <summary>The latest changes, newest first.</summary>
public sealed record ChangeList(IReadOnlyList<CurationChange> Changes);

/// <summary>An undo as journalled.</summary>
public sealed record UndoResult(CurationChange Change);

/// <summary>The change journal of rules, synonyms and crisis phrases, and undo.</summary>
public static class ChangeEndpoints
{
    public const int MaxLimit = 500;

    public static IEndpointRouteBuilder MapChangeEndpoints(this IEndpointRouteBuilder routes)
    {
        var changes = routes.MapGroup("/api/admin/changes").WithTags("Admin").AddEndpointFilter<ApiKeyFilter>();
        changes.MapGet("/", List).WithName("ListChanges").WithSummary("Changes to rules, synonyms and crisis phrases: when, which key, before and after");
        changes.MapPost("/{id}/undo", Undo).WithName("UndoChange").WithSummary("Put the target of a change back as it was before it (409 if it changed again since)");
        return routes;
    }

    public static Results<Ok<ChangeList>, ValidationProblem> List([AsParameters] ChangeListParameters parameters, SearchEngine engine)
    {
        var parsing = new ParameterParsing();
        var limit = parsing.Integer("limit", parameters.Limit, 50);
        if (!parsing.HasErrors && limit is < 1 or > MaxLimit)
        {
            parsing.Add("limit", $"limit must be between 1 and {MaxLimit}; it was {limit}.");
        }

        return parsing.HasErrors ? ProblemResults.Invalid(parsing.Errors) : TypedResults.Ok(new ChangeList(engine.Curation.Changes(limit)));
    }

    public static Results<Ok<UndoResult>, ProblemHttpResult> Undo(string id, SearchEngine engine, HttpContext context)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return ProblemResults.NotFound($"There is no change '{ParameterParsing.Shorten(id)}': changes are numbered 1, 2, 3...");
        }

        var outcome = engine.Curation.Undo(number, AdminKeyName.Of(context));
        return outcome.Status switch
        {
            UndoStatus.Undone => TypedResults.Ok(new UndoResult(outcome.Change!)),
            UndoStatus.NotFound => ProblemResults.NotFound(outcome.Reason!),
            _ => TypedResults.Problem(title: "Changed since", detail: outcome.Reason, statusCode: StatusCodes.Status409Conflict),
        };
    }
}
