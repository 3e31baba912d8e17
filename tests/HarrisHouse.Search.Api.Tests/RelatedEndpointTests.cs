using System.Net;
using System.Text;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Searching;

namespace HarrisHouse.Search.Api.Tests;

public sealed class RelatedEndpointTests(SearchApiFactory api) : IClassFixture<SearchApiFactory>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Related_items_of_a_page_come_with_what_the_widget_shows_and_why()
    {
        var result = await (await _client.GetAsync("/api/related?url=/blog/how-trauma-affects-the-brain/")).ReadOkAsync<RelatedResult>();
        Assert.Equal("/blog/how-trauma-affects-the-brain/", result.Url);
        Assert.Equal(3, result.Items.Count);
        Assert.All(result.Items, i =>
        {
            Assert.StartsWith("/", i.Url, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(i.Title));
            Assert.False(string.IsNullOrWhiteSpace(i.Summary));
            Assert.False(string.IsNullOrWhiteSpace(i.Reason));
        });
        Assert.Contains(result.Items, i => i.Url is "/about/dual-diagnosis/" or "/blog/what-is-a-dual-diagnosis/" or "/blog/the-link-between-anxiety-and-substance-use/" or "/blog/depression-and-alcohol-a-difficult-cycle/");
    }

    [Fact]
    public async Task Count_chooses_how_many_from_1_to_10()
    {
        Assert.Single((await (await _client.GetAsync("/api/related?url=/addictions/alcohol/&count=1")).ReadOkAsync<RelatedResult>()).Items);
        Assert.Equal(10, (await (await _client.GetAsync("/api/related?url=/addictions/alcohol/&count=10")).ReadOkAsync<RelatedResult>()).Items.Count);
    }

    [Theory]
    [InlineData("url=/addictions/alcohol/&count=0")]
    [InlineData("url=/addictions/alcohol/&count=11")]
    [InlineData("url=/addictions/alcohol/&count=three")]
    [InlineData("count=3")]
    public async Task A_bad_count_or_a_missing_url_is_a_400_problem(string query) =>
        await (await _client.GetAsync("/api/related?" + query)).AssertProblemAsync(HttpStatusCode.BadRequest);

    [Fact]
    public async Task An_unknown_url_is_a_404_problem() =>
        await (await _client.GetAsync("/api/related?url=/blog/never-written/")).AssertProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task A_draft_gets_related_items_in_the_same_shape()
    {
        var response = await _client.PostJsonAsync("/api/related", new
        {
            title = "Helping a spouse through alcohol withdrawal",
            text = "Stopping heavy drinking suddenly can cause shaking, sweating and even seizures. Medical detox keeps people safe.",
            count = 3,
        });
        var result = await response.ReadOkAsync<RelatedResult>();
        Assert.Null(result.Url);
        Assert.Equal(3, result.Items.Count);
        Assert.Contains(result.Items, i => i.Url is "/blog/signs-of-alcohol-withdrawal-and-when-to-get-help/" or "/addictions/alcohol/" or "/treatments/inpatient-detox/");
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "not valid JSON")]
    [InlineData("null", "null")]
    [InlineData("", "empty")]
    [InlineData("{\"title\": 42}", "not valid JSON")]
    [InlineData("{\"title\": \"\", \"text\": \" \"}", "title")]
    [InlineData("{\"title\": \"x\", \"count\": 50}", "count")]
    public async Task A_bad_draft_body_gets_a_400_problem_that_says_what_is_wrong(string body, string expected)
    {
        var response = await _client.PostAsync("/api/related", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.Detail(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_draft_body_that_is_not_json_or_too_large_is_refused()
    {
        var wrongType = await (await _client.PostAsync("/api/related", new StringContent("title=x", Encoding.UTF8, "text/plain"))).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", wrongType.Detail(), StringComparison.Ordinal);
        var huge = "{\"title\": \"x\", \"text\": \"" + new string('a', 300_000) + "\"}";
        await (await _client.PostAsync("/api/related", new StringContent(huge, Encoding.UTF8, "application/json"))).AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
