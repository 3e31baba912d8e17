using System.Net;
using Polly.Timeout;

namespace HarrisHouse.Search.Sources.Http;

/// <summary>Turns what went wrong talking to a site into one sentence staff can act on.</summary>
public static class SiteErrors
{
    public static ContentSourceException Unreachable(Uri uri, Exception exception) => exception switch
    {
        TimeoutRejectedException => new($"{uri} did not answer in time, even after retrying.", exception),
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => new($"The site's name in {uri} could not be resolved: check the address.", exception),
        HttpRequestException => new($"{uri} could not be reached ({exception.Message}), even after retrying.", exception),
        _ => new($"{uri} could not be read: {exception.Message}", exception),
    };

    public static ContentSourceException Status(Uri uri, HttpStatusCode status, string what) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            new($"{uri} refused access ({(int)status} {status}): {what} is not public on this site, or needs credentials."),
        HttpStatusCode.NotFound => new($"{uri} was not found (404): {what} is not at this address."),
        HttpStatusCode.TooManyRequests or >= HttpStatusCode.InternalServerError =>
            new($"{uri} kept failing ({(int)status} {status}) after the retries; try again later."),
        _ => new($"{uri} answered {(int)status} {status}."),
    };
}
