using System.Net;
using System.Text.Json;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>Over-long URLs on the real server (Kestrel), where the request-line limit applies.</summary>
[Trait("Speed", "Slow")]
public sealed class LongUrlTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("long-url");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_url_of_15_KB_reaches_the_application_and_gets_its_problem_naming_the_query()
    {
        var options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
        await using var api = await ApiProcess.StartAsync(ApiProcess.Configuration(options.FullIndexPath, options.ContentPath, _directory.Combine("logs")), _directory.Path);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };

        var response = await client.GetAsync("/api/search?q=" + new string('a', 15 * 1024));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _), "the problem names the parameter q");
    }
}
