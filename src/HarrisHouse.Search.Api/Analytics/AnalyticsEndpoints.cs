using System.ComponentModel;
using HarrisHouse.Search.Analytics;
using HarrisHouse.Search.Api.Admin;
using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Api.Problems;
using HarrisHouse.Search.Content;
using HarrisHouse.Search.Searching;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Analytics;

public sealed record AnalyticsParameters
{
    [FromQuery(Name = "days")]
    [Description("How many days back from today (UTC), 1 to 366 (default 30).")]
    public string? Days { get; init; }
}

public static class AnalyticsEndpoints
{
    public const long MaxEventBytes = 4 * 1024;

    public static IEndpointRouteBuilder MapAnalyticsEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPublicApi("Analytics")
            .MapPost("/events", RecordEvent)
            .WithName("RecordEvent")
            .WithSummary("Count a click on a result (the results widget's beacon); JSON sent as application/json or text/plain")
            .Accepts<ClickEvent>("application/json", "text/plain");
        routes.MapGroup("/api/admin").WithTags("Admin").AddEndpointFilter<ApiKeyFilter>()
            .MapGet("/analytics", Report)
            .WithName("Analytics")
            .WithSummary("What visitors searched: daily counts, top, zero-result and no-click queries (each searched at least Analytics:MinCount times), clicks by position");
        return routes;
    }

    public static async Task<IResult> RecordEvent(HttpRequest request, AnalyticsRecorder recorder, SearchEngine engine, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<ClickEvent>(request, MaxEventBytes, ClickEvent.Example, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var click = body.Value!;
        var errors = new List<(string, string)>();
        if (click.Type != "click")
        {
            errors.Add(("type", $"type must be \"click\"; it was '{ParameterParsing.Shorten(click.Type ?? "")}'."));
        }

        if (string.IsNullOrWhiteSpace(click.Query) || click.Query.Length > SearchLimits.MaxQueryLength)
        {
            errors.Add(("query", $"query is required: the search the result was found by, at most {SearchLimits.MaxQueryLength} characters."));
        }

        if (!SiteUrl.TryNormalize(click.Url, out _, out var urlError))
        {
            errors.Add(("url", $"url is not valid: {urlError}."));
        }

        if (click.Position is not (>= 1 and <= ClickEvent.MaxPosition))
        {
            errors.Add(("position", $"position must be between 1 and {ClickEvent.MaxPosition}; it was {click.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}."));
        }

        if (errors.Count > 0)
        {
            return ProblemResults.Invalid(errors);
        }

        recorder.Click(click.Query!, click.Position!.Value, engine.SignalsEmergency(click.Query!));
        return TypedResults.Accepted((string?)null);
    }

    public static Results<Ok<AnalyticsReport>, ValidationProblem> Report([AsParameters] AnalyticsParameters parameters, AnalyticsStore store, TimeProvider time)
    {
        var (days, error) = AnalyticsReport.ReadDays(parameters.Days, "days");
        return error is not null
            ? ProblemResults.Invalid([("days", error)])
            : TypedResults.Ok(store.Read(days, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)));
    }
}
