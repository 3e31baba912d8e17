using System.ComponentModel;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Sources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HarrisHouse.Search.Api.Admin;

public sealed record AdminDocumentParameters
{
    [FromQuery(Name = "url")]
    [Description("The site-relative path of the item to delete.")]
    public string? Url { get; init; }
}

/// <summary>The result of an upsert or delete: the change's place in the journal, and what looked mistaken in the document.</summary>
public sealed record LiveChangeResult(string Url, string Change, long Sequence)
{
    /// <summary>Unknown fields of an upserted document, each with the field it was probably meant to be; empty when none.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

public static class AdminEndpoints
{
    public const long MaxDocumentBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter<ApiKeyFilter>();
        admin.MapPut("/documents", Upsert)
            .WithName("UpsertDocument")
            .WithSummary("Add or replace one item; searchable and in related lists when this returns")
            .Accepts<DocumentPayload>("application/json");
        admin.MapDelete("/documents", Delete)
            .WithName("DeleteDocument")
            .WithSummary("Remove one item");
        admin.MapPost("/reindex", StartReindex)
            .WithName("StartReindex")
            .WithSummary("Start a full reindex from the content folder (202 with a status URL; 409 while one runs)");
        admin.MapGet("/reindex/{id}", ReindexStatus)
            .WithName("ReindexStatus")
            .WithSummary("The status of a reindex started through this API");
        return routes;
    }

    public static async Task<IResult> Upsert(HttpRequest request, SearchEngine engine, IOptions<WebSourceSettings> site, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<DocumentPayload>(request, MaxDocumentBytes, DocumentPayload.Example, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var (item, problems) = body.Value!.Validate(site.Value);
        if (item is null)
        {
            return ProblemResults.Invalid(problems.Select(p => (p.Field ?? "body", $"{p.Field ?? "body"}: {p.Message}")).ToList());
        }

        var change = engine.Upsert(item);
        return TypedResults.Ok(new LiveChangeResult(item.Url, "upserted", change.Sequence) { Warnings = body.Value.Warnings() });
    }

    public static Results<Ok<LiveChangeResult>, ValidationProblem, ProblemHttpResult> Delete([AsParameters] AdminDocumentParameters parameters, SearchEngine engine)
    {
        if (!SiteUrl.TryNormalize(parameters.Url, out var url, out var error))
        {
            return ProblemResults.Invalid([("url", $"url is not valid: {error}.")]);
        }

        var change = engine.Delete(url);
        return change is null
            ? ProblemResults.NotFound($"No item with the URL '{url}' is indexed.")
            : TypedResults.Ok(new LiveChangeResult(url, "deleted", change.Sequence));
    }

    public static Results<Accepted<ReindexJob>, ProblemHttpResult> StartReindex(ReindexJobs jobs, LinkGenerator links, HttpContext context)
    {
        var (job, busy) = jobs.Start();
        if (job is null)
        {
            return TypedResults.Problem(title: "A reindex is already running", detail: busy, statusCode: StatusCodes.Status409Conflict);
        }

        var location = links.GetPathByName(context, "ReindexStatus", new { id = job.Id }) ?? $"/api/admin/reindex/{job.Id}";
        return TypedResults.Accepted(location, job);
    }

    public static Results<Ok<ReindexJob>, ProblemHttpResult> ReindexStatus(string id, ReindexJobs jobs) =>
        jobs.Get(id) is { } job ? TypedResults.Ok(job) : ProblemResults.NotFound($"No reindex with the id '{ParameterParsing.Shorten(id)}' was started by this service.");
}
