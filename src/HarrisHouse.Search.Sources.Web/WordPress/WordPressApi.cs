using System.Globalization;
using System.Net;
using System.Text.Json;
using HarrisHouse.Search.Sources.Http;

namespace HarrisHouse.Search.Sources.WordPress;

/// <summary>
/// Reads collections of the WordPress REST API (<c>/wp-json/wp/v2/...</c>), every page of them: the first
/// page says how many there are (<c>X-WP-TotalPages</c>), the rest are fetched side by side within the
/// bound on requests in flight.
/// </summary>
public sealed class WordPressApi(Uri site, BoundedRequests requests)
{
    public const int PageSize = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Uri Site { get; } = SiteRoot(site);

    /// <summary>
    /// The site's root, whichever address staff gave: the site itself, or its REST API (<c>/wp-json/</c>, or a
    /// route under it). Both name the same site, so they share its saved state.
    /// </summary>
    public static Uri SiteRoot(Uri address)
    {
        var path = address.AbsolutePath;
        var api = path.IndexOf("/wp-json", StringComparison.OrdinalIgnoreCase);
        if (api >= 0 && (path.Length == api + "/wp-json".Length || path[api + "/wp-json".Length] == '/'))
        {
            path = path[..api];
        }

        return new UriBuilder(address) { Path = path.TrimEnd('/') + "/", Query = "", Fragment = "" }.Uri;
    }

    public Uri Address(string collection, string query = "") =>
        new(Site, $"wp-json/wp/v2/{collection}?per_page={PageSize}{(query.Length > 0 ? "&" + query : "")}");

    public async Task<IReadOnlyList<T>> GetAllAsync<T>(string collection, string query, CancellationToken cancellationToken)
    {
        var first = await GetPageAsync<T>(collection, query, 1, cancellationToken);
        var rest = await Task.WhenAll(Enumerable.Range(2, Math.Max(0, first.TotalPages - 1))
            .Select(page => GetPageAsync<T>(collection, query, page, cancellationToken)));
        return [.. first.Items, .. rest.SelectMany(p => p.Items)];
    }

    private Task<(IReadOnlyList<T> Items, int TotalPages)> GetPageAsync<T>(string collection, string query, int page, CancellationToken cancellationToken)
    {
        var uri = new Uri(Address(collection, query) + $"&page={page}");
        return requests.SendAsync(uri, async response =>
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                throw new ContentSourceException($"{uri} was not found (404): {Site} does not serve the WordPress REST API at /wp-json/ (is it a WordPress site, with the REST API enabled?).");
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw SiteErrors.Status(uri, response.StatusCode, "the WordPress REST API");
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (!mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
            {
                throw new ContentSourceException($"{uri} answered with {mediaType} instead of JSON: {Site} does not look like a WordPress site with the REST API.");
            }

            try
            {
                await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
                var items = await JsonSerializer.DeserializeAsync<List<T>>(stream, Json, cancellationToken) ?? [];
                return ((IReadOnlyList<T>)items, TotalPages(response));
            }
            catch (JsonException ex)
            {
                throw new ContentSourceException($"{uri} did not return the WordPress REST API's JSON ({ex.Message}).", ex);
            }
        }, cancellationToken);
    }

    private static int TotalPages(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-WP-TotalPages", out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pages)
            ? pages
            : 1;
}
