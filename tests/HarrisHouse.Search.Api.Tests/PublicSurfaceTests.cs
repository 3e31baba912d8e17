using System.Net;
using HarrisHouse.Search.Api.Tests.Infrastructure;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>The API with the loopback exemption switched off and a small budget, to see the limiter work.</summary>
public sealed class RateLimitedApiFactory : SearchApiFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RateLimiting:ExemptLoopback", "false"),
        new("RateLimiting:TokenLimit", "5"),
        new("RateLimiting:TokensPerSecond", "1"),
    ];
}

public sealed class RateLimitTests(RateLimitedApiFactory api) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task A_client_over_its_budget_gets_429_with_retry_after_and_health_is_never_limited()
    {
        var client = api.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12; i++)
        {
            var response = await client.GetAsync("/api/suggest?q=op");
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.NotNull(limited);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var problem = await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("try again", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Visitors_behind_a_local_proxy_are_limited_by_their_forwarded_address()
    {
        var client = api.CreateClient();
        async Task<HttpStatusCode> From(string address)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/suggest?q=de") { Headers = { { "X-Forwarded-For", address } } };
            return (await client.SendAsync(request)).StatusCode;
        }

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            first.Add(await From("203.0.113.10"));
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.Equal(HttpStatusCode.OK, await From("203.0.113.77"));
    }
}

public sealed class SecurityHeaderTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    [Theory]
    [InlineData("/api/search?q=detox")]
    [InlineData("/api/search?page=0")]
    [InlineData("/health/ready")]
    public async Task Api_responses_are_not_sniffed_framed_or_scripted(string path)
    {
        var response = await api.CreateClient().GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

}
