using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HarrisHouse.Search.Testing.StandIns;

/// <summary>
/// The WordPress REST API (v2) of the site, served from recorded JSON fixtures as WordPress serves them:
/// pages of results with X-WP-Total and X-WP-TotalPages, <c>_embed</c>, <c>modified_after</c>,
/// <c>include</c> and <c>_fields</c>. Faults can be queued (a 429, a burst of 500s), the site can switch to
/// its second crawl, and every request is recorded with the most ever in flight at once.
/// </summary>
public sealed class WordPressStandIn : LoopbackServer
{
    private readonly string _fixtures;
    private readonly ConcurrentQueue<(string Collection, int Page, int Status)> _faults = new();
    private int _inFlight;
    private int _maxInFlight;

    private WordPressStandIn(string fixtures)
    {
        _fixtures = fixtures;
    }

    /// <summary>Items per page of results, whatever per_page asks (small, so that the fixtures span several pages).</summary>
    public int PageSize { get; set; } = 3;

    /// <summary>Serve the posts as the second crawl finds them (one deleted, one changed, one new).</summary>
    public bool SecondCrawl { get; set; }

    /// <summary>Answer every request with this status (401: a locked REST API; 404: no REST API at all).</summary>
    public int? Refuse { get; set; }

    /// <summary>Answer as a cache or proxy in front of the site might: <c>modified_after</c> ignored, everything sent.</summary>
    public bool IgnoreModifiedAfter { get; set; }

    /// <summary>Embed terms without their <c>taxonomy</c> field, as some sites and plugins trim them.</summary>
    public bool TermsWithoutTaxonomy { get; set; }

    public ConcurrentQueue<string> Requests { get; } = new();

    public int MaxInFlight => _maxInFlight;

    public Uri Site => BaseAddress;

    public static async Task<WordPressStandIn> StartAsync(string? fixtures = null)
    {
        var server = new WordPressStandIn(fixtures ?? Path.Combine(RepositoryPaths.Fixtures, "WordPress"));
        await server.ListenAsync();
        return server;
    }

    /// <summary>The next request for this page of this collection fails with <paramref name="status"/> (queue several for a burst).</summary>
    public void FailNext(string collection, int page, int status, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue((collection, page, status));
        }
    }

    protected override void Map(WebApplication app)
    {
        app.MapGet("/wp-json/wp/v2/{collection}", Serve);
        app.MapGet("/", () => Results.Content("<html><body>A site</body></html>", "text/html"));
    }

    private async Task<IResult> Serve(string collection, HttpContext context)
    {
        var query = context.Request.Query;
        Requests.Enqueue($"{collection}?{context.Request.QueryString.Value?.TrimStart('?')}");
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            // Not a wait for a state: the stand-in answers slowly on purpose (as a real WordPress does), long enough
            // for concurrent requests to overlap, so that the bound on them is observable.
            await Task.Delay(15);
            var page = int.TryParse(query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
            if (Refuse is { } refused)
            {
                return Results.Json(new { code = "rest_forbidden", message = "Sorry, you are not allowed to do that." }, statusCode: refused);
            }

            if (_faults.TryPeek(out var fault) && fault.Collection == collection && fault.Page == page && _faults.TryDequeue(out _))
            {
                context.Response.Headers.RetryAfter = "0";
                return Results.Json(new { code = "fault", message = "injected" }, statusCode: fault.Status);
            }

            var file = Path.Combine(_fixtures, collection == "posts" && SecondCrawl ? "posts-second-run.json" : collection + ".json");
            if (!File.Exists(file))
            {
                return Results.Json(new { code = "rest_no_route", message = "No route was found matching the URL and request method." }, statusCode: 404);
            }

            var items = JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsArray().Select(n => n!.AsObject()).ToList();
            items = Filter(items, query, IgnoreModifiedAfter);
            var size = Math.Min(PageSize, int.TryParse(query["per_page"], CultureInfo.InvariantCulture, out var perPage) ? perPage : 10);
            var totalPages = (int)Math.Ceiling(items.Count / (double)size);
            if (page > Math.Max(1, totalPages))
            {
                return Results.Json(new { code = "rest_post_invalid_page_number", message = "The page number requested is larger than the number of pages available." }, statusCode: 400);
            }

            context.Response.Headers["X-WP-Total"] = items.Count.ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["X-WP-TotalPages"] = totalPages.ToString(CultureInfo.InvariantCulture);
            var shaped = items.Skip((page - 1) * size).Take(size).Select(i => Shape(i, query, TermsWithoutTaxonomy)).ToList();
            return Results.Text(new JsonArray([.. shaped]).ToJsonString(), "application/json; charset=UTF-8");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static List<JsonObject> Filter(List<JsonObject> items, IQueryCollection query, bool ignoreModifiedAfter)
    {
        if (!ignoreModifiedAfter && query["modified_after"].FirstOrDefault() is { } after)
        {
            items = items.Where(i => string.CompareOrdinal(i["modified"]?.GetValue<string>(), after) > 0).ToList();
        }

        if (query["include"].FirstOrDefault() is { } include)
        {
            var ids = include.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToHashSet();
            items = items.Where(i => ids.Contains(i["id"]!.GetValue<int>())).ToList();
        }

        return items;
    }

    /// <summary>Without _embed WordPress leaves the embedded terms and authors out; _fields keeps only the fields named.</summary>
    private static JsonObject Shape(JsonObject item, IQueryCollection query, bool withoutTaxonomy)
    {
        var copy = JsonNode.Parse(item.ToJsonString())!.AsObject();
        if (withoutTaxonomy && copy["_embedded"]?["wp:term"] is JsonArray groups)
        {
            foreach (var term in groups.OfType<JsonArray>().SelectMany(g => g).OfType<JsonObject>())
            {
                term.Remove("taxonomy");
            }
        }

        if (!query.ContainsKey("_embed"))
        {
            copy.Remove("_embedded");
        }

        if (query["_fields"].FirstOrDefault() is { } fields)
        {
            var keep = fields.Split(',').ToHashSet();
            foreach (var name in copy.Select(p => p.Key).Where(k => !keep.Contains(k)).ToList())
            {
                copy.Remove(name);
            }
        }

        return copy;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
