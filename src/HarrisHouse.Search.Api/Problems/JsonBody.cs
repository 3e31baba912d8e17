using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace HarrisHouse.Search.Api.Problems;

/// <summary>
/// Reads a JSON request body with a size limit and an error that says what is wrong with it, rather than
/// the framework's bare 400 for a body that does not bind. (The endpoints declare <c>Accepts</c>
/// application/json, so other content types are refused with 415 before this runs.)
/// </summary>
public static class JsonBody
{
    public sealed record Outcome<T>(T? Value, IResult? Problem);

    public static async Task<Outcome<T>> ReadAsync<T>(HttpRequest request, long maxBytes, string example, CancellationToken cancellationToken)
        where T : class
    {
        var (bytes, tooLarge) = await ReadBoundedAsync(request, maxBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return new(null, tooLarge);
        }

        if (bytes!.Length == 0)
        {
            return new(null, Invalid($"The body is empty; send JSON like {example}."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, SearchJson.Options);
            return value is null ? new(null, Invalid($"The body is JSON null; send an object like {example}.")) : new(value, null);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 0 } path ? $" at {path}" : "";
            return new(null, Invalid($"The body is not valid JSON for this request{where}: {FirstSentence(ex.Message)} Send JSON like {example}."));
        }
    }

    /// <summary>The body's bytes, or a 413 problem once it is larger than <paramref name="maxBytes"/> (read no further).</summary>
    public static async Task<(byte[]? Bytes, IResult? Problem)> ReadBoundedAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, TooLarge(maxBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    private static IResult Invalid(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid body");

    private static IResult TooLarge(long maxBytes) =>
        TypedResults.Problem(detail: $"The body is larger than {maxBytes:N0} bytes, the most this endpoint accepts.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Body too large");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
