using System.Collections.Concurrent;
using System.Net;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Searching;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

public sealed class LiveReindexTests(OwnContentApiFactory api) : IClassFixture<OwnContentApiFactory>
{
    [Fact]
    public async Task A_reindex_by_the_staff_command_during_searches_is_picked_up_with_no_failed_request()
    {
        var client = api.CreateClient();
        Assert.Equal(0, (await (await client.GetAsync("/api/search?q=zebra")).ReadOkAsync<SearchResult>()).TotalHits);

        var failures = new ConcurrentBag<string>();
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync("/api/search?q=detox");
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{(int)response.StatusCode}");
                }
                else if ((await response.ReadOkAsync<SearchResult>()).TotalHits == 0)
                {
                    failures.Add("an empty result for a query that has results");
                }
            }
        })).ToList();

        ContentFiles.Write(api.ContentPath, "blog/zebra-therapy.md", ContentFiles.Post("zebra-therapy", "Zebra therapy", "Animal assisted therapy with zebras in early recovery."));
        var run = StaffCommand.Execute(api.Options, "reindex");
        Assert.Equal(0, run.ExitCode);

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        SearchResult found;
        do
        {
            found = await (await client.GetAsync("/api/search?q=zebra")).ReadOkAsync<SearchResult>();
        }
        while (found.TotalHits == 0 && DateTime.UtcNow < deadline);

        await Task.Delay(300);
        await stop.CancelAsync();
        await Task.WhenAll(searchers);

        Assert.Equal("/blog/zebra-therapy/", found.Hits.FirstOrDefault()?.Url);
        Assert.True(requests > 20, $"only {requests} searches ran during the reindex");
        Assert.Empty(failures);
    }
}

public sealed class ContentSafetyTests(OwnContentApiFactory api) : IClassFixture<OwnContentApiFactory>
{
    [Fact]
    public async Task Content_that_carries_script_comes_back_inert_in_titles_and_snippets()
    {
        ContentFiles.Write(api.ContentPath, "blog/hostile.md", ContentFiles.Post(
            "hostile",
            "Unsafe <script>alert('title')</script> title",
            "Detox sometimes <script>alert('body')</script> appears <img src=x onerror=alert(1)> in text about kombucha."));
        Assert.Equal(0, StaffCommand.Execute(api.Options, "reindex").ExitCode);
        var client = api.CreateClient();
        await client.GetAsync("/health/ready");

        SearchResult result;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        do
        {
            result = await (await client.GetAsync("/api/search?q=kombucha")).ReadOkAsync<SearchResult>();
        }
        while (result.TotalHits == 0 && DateTime.UtcNow < deadline);

        var hit = Assert.Single(result.Hits);
        Assert.Contains("&lt;script&gt;", hit.TitleHighlighted, StringComparison.Ordinal);
        Assert.Contains("&lt;img", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.Snippet + hit.TitleHighlighted, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>kombucha</mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
