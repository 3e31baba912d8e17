using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

[Trait("Speed", "Slow")]
public sealed class LiveReindexTests(OwnContentApiFactory api) : IClassFixture<OwnContentApiFactory>
{
    [Fact]
    public async Task A_reindex_by_the_staff_command_during_searches_is_picked_up_with_no_failed_request()
    {
        var client = api.CreateClient();
        Assert.Equal(0, (await client.SearchAsync("zebra")).TotalHits);

        await using var load = SearchLoad.OverHttp(client, "detox");
        ContentFiles.Write(api.ContentPath, "blog/zebra-therapy.md", ContentFiles.Post("zebra-therapy", "Zebra therapy", "Animal assisted therapy with zebras in early recovery."));
        var run = StaffCommand.Execute(api.Options, "reindex");
        Assert.Equal(0, run.ExitCode);

        var found = await Eventually.ValueAsync(() => client.SearchAsync("zebra"), r => r.TotalHits > 0, TimeSpan.FromSeconds(5), "the new generation to be searched");
        await load.WaitForMoreAsync(20, "after the switch");
        var (requests, failures) = await load.StopAsync();

        Assert.Equal("/blog/zebra-therapy/", found.Hits.FirstOrDefault()?.Url);
        Assert.True(requests > 20, $"only {requests} searches ran during the reindex");
        Assert.Empty(failures);
    }
}

[Trait("Speed", "Slow")]
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

        var result = await Eventually.ValueAsync(() => client.SearchAsync("kombucha"), r => r.TotalHits > 0, TimeSpan.FromSeconds(5), "the new generation to be searched");
        var hit = Assert.Single(result.Hits);
        Assert.Contains("&lt;script&gt;", hit.TitleHighlighted, StringComparison.Ordinal);
        Assert.Contains("&lt;img", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.Snippet + hit.TitleHighlighted, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>kombucha</mark>", hit.Snippet, StringComparison.Ordinal);
    }
}
