using System.Net;
using Polly.Timeout;

namespace HarrisHouse.Search.Sources.Http;

/// <summary>
/// Caps the requests in flight against one site, however many pages are wanted at once, and turns transport
/// failures (after the client's retries) into <see cref="ContentSourceException"/>s that say what to check.
/// </summary>
public sealed class BoundedRequests(HttpClient http, int maxInFlight) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, maxInFlight));

    public async Task<T> SendAsync<T>(Uri uri, Func<HttpResponseMessage, Task<T>> read, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return await read(response);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException)
        {
            throw SiteErrors.Unreachable(uri, ex);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>The body of a 200 response as text; any other status is an error naming <paramref name="what"/> was wanted.</summary>
    public Task<string> GetTextAsync(Uri uri, string what, CancellationToken cancellationToken) =>
        SendAsync(uri, async response => response.StatusCode == HttpStatusCode.OK
            ? await response.Content.ReadAsStringAsync(cancellationToken)
            : throw SiteErrors.Status(uri, response.StatusCode, what), cancellationToken);

    public void Dispose() => _slots.Dispose();
}
