using System.Net;
using System.Text.Json;
using HarrisHouse.Search.Api.Health;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>Health, the OpenAPI document, errors on unknown routes, CORS and what the logs keep.</summary>
public sealed class HostTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task The_service_built_its_index_on_first_start_and_reports_ready_with_what_it_serves()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live")).StatusCode);
        var ready = await (await _client.GetAsync("/health/ready")).ReadOkAsync<ReadinessReport>();
        Assert.Equal("Healthy", ready.Status);
        Assert.Equal("gen-000001", ready.Generation);
        Assert.True(ready.DocumentCount > 80);
        Assert.Empty(ready.Reasons);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_endpoints_with_examples()
    {
        var document = JsonDocument.Parse(await _client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/search", "/api/suggest", "/api/documents", "/api/related", "/health/ready" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not documented");
        }

        var search = paths.GetProperty("/api/search").GetProperty("get");
        Assert.False(string.IsNullOrWhiteSpace(search.GetProperty("summary").GetString()));
        var q = search.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "q");
        Assert.Equal("opioid withdrawal", q.GetProperty("example").GetString());
        Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task The_interactive_API_reference_is_served_in_production()
    {
        var response = await _client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_routes_and_wrong_methods_get_problem_documents()
    {
        await (await _client.GetAsync("/api/nothing-here")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync("/api/search")).AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Browsers_on_the_allowed_site_may_call_the_api_and_others_may_not()
    {
        var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=detox") { Headers = { { "Origin", "https://harrishouse.org" } } };
        var response = await _client.SendAsync(allowed);
        Assert.Equal("https://harrishouse.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var other = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=detox") { Headers = { { "Origin", "https://elsewhere.example" } } };
        Assert.False((await _client.SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Request_logs_name_the_route_and_never_the_query_text()
    {
        const string secret = "zebracornsecretquery";
        await _client.GetAsync($"/api/search?q={secret}");
        await _client.GetAsync($"/api/suggest?q={secret}");
        await _client.GetAsync("/health/live");

        var logs = await LogFiles.WaitForAsync(api.LogDirectory, "HTTP GET /health/live responded");
        Assert.Contains("HTTP GET /api/search responded 200", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
    }
}
