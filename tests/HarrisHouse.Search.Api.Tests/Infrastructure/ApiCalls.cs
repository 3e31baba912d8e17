using System.Text.Json;
using HarrisHouse.Search.Api.Health;
using HarrisHouse.Search.Related;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests.Infrastructure;

/// <summary>Typed calls to the public API, for tests that check what visitors see.</summary>
public static class ApiCalls
{
    public static async Task<SearchResult> SearchAsync(this HttpClient client, string query, int pageSize = 10) =>
        await (await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&pageSize={pageSize}")).ReadOkAsync<SearchResult>();

    public static async Task<IReadOnlyList<RelatedItem>> RelatedAsync(this HttpClient client, string url, int count = 10) =>
        (await (await client.GetAsync($"/api/related?url={Uri.EscapeDataString(url)}&count={count}")).ReadOkAsync<RelatedResult>()).Items;

    public static object Post(string slug, string title, string body, string date = "2025-10-01") => new
    {
        type = "blog",
        title,
        url = $"/blog/{slug}/",
        summary = $"About {title}.",
        categories = new[] { "Opioids", "Family" },
        tags = new[] { "naloxone", "overdose", "fentanyl" },
        author = "Admin Test",
        date,
        body,
    };

    /// <summary>The readiness report, whatever its status code (503 while nothing is served or the host stops).</summary>
    public static async Task<ReadinessReport> ReadinessAsync(this HttpClient client) =>
        JsonSerializer.Deserialize<ReadinessReport>(await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync(), SearchJson.Options)!;

    /// <summary>Waits until the readiness report satisfies <paramref name="accept"/> (a switch, a refusal) and returns it.</summary>
    public static Task<ReadinessReport> WaitForReadinessAsync(this HttpClient client, Func<ReadinessReport, bool> accept, string because, TimeSpan? deadline = null) =>
        Eventually.ValueAsync(client.ReadinessAsync, accept, deadline ?? TimeSpan.FromSeconds(5), because, r => $"{r.Status}, {r.Generation ?? "nothing"} served ({string.Join("; ", r.Reasons)})");

    public static Task<HttpResponseMessage> PutDocumentAsync(this HttpClient client, object document) =>
        client.PutAsync("/api/admin/documents", System.Net.Http.Json.JsonContent.Create(document));
}
