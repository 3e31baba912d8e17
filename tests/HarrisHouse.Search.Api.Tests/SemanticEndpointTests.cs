using System.Net;
using HarrisHouse.Search.Api.Health;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Api.Tests;

[Trait("Speed", "Slow")]
public sealed class SemanticEndpointTests(SemanticApiFactory api) : IClassFixture<SemanticApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("", "hybrid")]
    [InlineData("&mode=hybrid", "hybrid")]
    [InlineData("&mode=lexical", "lexical")]
    [InlineData("&mode=semantic", "semantic")]
    [InlineData("&mode=Semantic", "semantic")]
    public async Task The_mode_parameter_chooses_the_ranking_and_the_response_says_which_ran(string parameter, string ran)
    {
        var result = await (await _client.GetAsync("/api/search?q=a+place+to+live+after+treatment" + parameter)).ReadOkAsync<SearchResult>();

        Assert.Equal(ran, result.Mode);
        if (ran != "lexical")
        {
            Assert.Contains("/treatments/transitional-housing/", result.Hits.Take(3).Select(h => h.Url));
        }
    }

    [Fact]
    public async Task An_unknown_mode_is_a_problem_naming_the_modes()
    {
        var problem = await (await _client.GetAsync("/api/search?q=detox&mode=vector")).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("hybrid", problem.Detail(), StringComparison.Ordinal);
        Assert.Contains("semantic", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_search_says_what_it_searched_for_and_as_typed_searches_the_words_typed()
    {
        var respelt = await (await _client.GetAsync("/api/search?q=metadone+maintenance")).ReadOkAsync<SearchResult>();
        var asTyped = await (await _client.GetAsync("/api/search?q=metadone+maintenance&asTyped=true")).ReadOkAsync<SearchResult>();

        Assert.Equal("methadone maintenance", respelt.SearchedFor);
        Assert.Null(respelt.DidYouMean);
        Assert.Null(asTyped.SearchedFor);
        Assert.NotEqual(respelt.Hits.Select(h => h.Url), asTyped.Hits.Select(h => h.Url));
    }

    [Fact]
    public async Task The_service_is_healthy_with_the_model_loaded()
    {
        var ready = await (await _client.GetAsync("/health/ready")).ReadOkAsync<ReadinessReport>();

        Assert.Equal("Healthy", ready.Status);
        Assert.Empty(ready.Reasons);
    }
}

[Trait("Speed", "Slow")]
public sealed class MissingModelTests(MissingModelApiFactory api) : IClassFixture<MissingModelApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_model_that_cannot_load_leaves_the_service_ready_but_degraded_with_the_reason()
    {
        var ready = await (await _client.GetAsync("/health/ready")).ReadOkAsync<ReadinessReport>();

        Assert.Equal("Degraded", ready.Status);
        Assert.Contains(ready.Reasons, r => r.Contains("NoSuchModel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_that_cannot_load_still_serves_lexical_search_in_every_mode()
    {
        foreach (var mode in new[] { "", "&mode=hybrid", "&mode=semantic" })
        {
            var result = await (await _client.GetAsync("/api/search?q=detox" + mode)).ReadOkAsync<SearchResult>();

            Assert.Equal("lexical", result.Mode);
            Assert.Equal("/treatments/inpatient-detox/", result.Hits[0].Url);
        }
    }
}
