using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Serving;
using HarrisHouse.Search.Serving.LiveUpdates;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace HarrisHouse.Search.Api.Problems;

/// <summary>
/// Turns every exception into a problem document: the service's own (bad request, no index) with their
/// message, anything else as a plain 500 that says nothing of the internals. No stack trace ever leaves.
/// </summary>
public sealed partial class SearchExceptionHandler(IProblemDetailsService problems, ILogger<SearchExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            InvalidSearchRequestException invalid => new HttpValidationProblemDetails(ProblemResults.ByParameter(invalid.Errors))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ProblemResults.Title(invalid.Errors),
                Detail = ProblemResults.Detail(invalid.Errors),
            },
            IndexUnavailableException unavailable => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The search index is not available",
                Detail = unavailable.Message,
            },
            LiveUpdatesUnavailableException live => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Live updates are not available",
                Detail = live.Message,
            },
            HarrisHouse.Search.Analytics.AnalyticsUnavailableException analytics => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The search analytics are not available just now",
                Detail = analytics.Message,
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Bad request",
                Detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request body is too large." : "The request could not be read: " + bad.Message,
            },
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => new ProblemDetails
            {
                Status = 499,
                Title = "Client closed the request",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Something went wrong",
                Detail = "The search service hit an unexpected error. It has been logged; please try again.",
            },
        };

        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            LogUnexpected(logger, exception, context.Request.Method, context.GetEndpoint()?.DisplayName ?? "(no endpoint)");
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Endpoint}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string endpoint);
}
