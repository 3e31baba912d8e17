using HarrisHouse.Search.Api.Hosting;
using HarrisHouse.Search.Serving;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HarrisHouse.Search.Api.Health;

/// <summary>What <c>/health/ready</c> reports.</summary>
/// <param name="Status">Healthy, Degraded (serving, with a reason), Stopping or Unavailable.</param>
/// <param name="Generation">The index generation being served.</param>
/// <param name="DocumentCount">How many items it holds.</param>
/// <param name="Reasons">What is degraded, if anything.</param>
public sealed record ReadinessReport(string Status, string? Generation, int DocumentCount, IReadOnlyList<string> Reasons);

public sealed record LivenessReport(string Status);

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        var health = routes.MapGroup("/health").WithTags("Health");
        health.MapGet("/live", () => TypedResults.Ok(new LivenessReport("Healthy")))
            .WithName("Live")
            .WithSummary("The process is up");
        health.MapGet("/ready", Ready)
            .WithName("Ready")
            .WithSummary("Whether searches can be served, from which generation, and what is degraded")
            .WithDescription("200 while an index is served (Healthy, or Degraded with the reasons); 503 when nothing can be served, or while the service is stopping (it still answers requests then, so that a load balancer can move visitors elsewhere first).");
        return routes;
    }

    public static Results<Ok<ReadinessReport>, JsonHttpResult<ReadinessReport>> Ready(SearchEngine engine, IEnumerable<IReadinessContributor> contributors, ShutdownDrain shutdown)
    {
        var status = engine.Status;
        if (shutdown.IsStopping)
        {
            return TypedResults.Json(
                new ReadinessReport("Stopping", status.Generation, status.DocumentCount, ["the service is shutting down; requests are still answered until it stops"]),
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var reasons = new List<string>();
        if (status.Reason is { } reason)
        {
            reasons.Add(reason);
        }

        reasons.AddRange(contributors.Select(c => c.DegradedReason).OfType<string>());
        if (status.Health == IndexHealth.Unavailable)
        {
            return TypedResults.Json(new ReadinessReport("Unavailable", null, 0, reasons), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var health = reasons.Count == 0 ? IndexHealth.Healthy : IndexHealth.Degraded;
        return TypedResults.Ok(new ReadinessReport(health.ToString(), status.Generation, status.DocumentCount, reasons));
    }
}
