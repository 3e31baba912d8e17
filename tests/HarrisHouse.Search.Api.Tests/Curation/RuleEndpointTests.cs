using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;

namespace HarrisHouse.Search.Api.Tests.Curation;

public sealed class RuleEndpointTests(AdminApiFactory api) : IClassFixture<AdminApiFactory>
{
    [Fact]
    public async Task A_rule_put_through_the_admin_api_pins_its_page_on_the_next_search_and_deleting_it_restores_the_ranking()
    {
        var admin = api.CreateAdminClient();
        var visitor = api.CreateClient();
        var before = await Urls(visitor, "insurance");

        var put = await admin.PutAsJsonAsync("/api/admin/rules/insurance", new { query = "Insurance", match = "exact", pin = new[] { "/contact/" }, hide = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var first = JsonDocument.Parse(await visitor.GetStringAsync("/api/search?q=insurance")).RootElement.GetProperty("hits")[0];
        Assert.Equal("/contact/", first.GetProperty("url").GetString());
        Assert.True(first.GetProperty("pinned").GetBoolean());
        var listed = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/rules")).RootElement;
        Assert.Equal("insurance", Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/rules/insurance")).StatusCode);
        Assert.Equal(before, await Urls(visitor, "insurance"));
        await (await admin.DeleteAsync("/api/admin/rules/insurance")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_page_a_rule_hides_for_a_search_leaves_its_dropdown_and_comes_back_when_the_rule_is_deleted()
    {
        var admin = api.CreateAdminClient();
        var visitor = api.CreateClient();
        var first = (await DropdownResults(visitor, "visiting hours"))[0];

        var put = await admin.PutAsJsonAsync("/api/admin/rules/visiting", new { query = "visiting hours", match = "exact", pin = Array.Empty<string>(), hide = new[] { first } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.DoesNotContain(first, await DropdownResults(visitor, "visiting hours"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/rules/visiting")).StatusCode);
        Assert.Equal(first, (await DropdownResults(visitor, "visiting hours"))[0]);
    }

    [Fact]
    public async Task A_rule_naming_an_unknown_page_or_match_is_a_400_problem_naming_it()
    {
        var admin = api.CreateAdminClient();

        var unknown = await admin.PutAsJsonAsync("/api/admin/rules/bad", new { query = "insurance", pin = new[] { "/no/such/page/" } });
        var problem = await unknown.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("/no/such/page/", problem.Detail(), StringComparison.Ordinal);

        var match = await admin.PutAsJsonAsync("/api/admin/rules/bad", new { query = "insurance", match = "sounds-like", pin = new[] { "/contact/" } });
        Assert.Contains("exact or contains", (await match.AssertProblemAsync(HttpStatusCode.BadRequest)).Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_need_the_admin_key()
    {
        await (await api.CreateClient().GetAsync("/api/admin/rules")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    /// <summary>The search's own best pages the search box's dropdown offers for what is typed.</summary>
    private static async Task<List<string>> DropdownResults(HttpClient client, string typed) =>
        [.. JsonDocument.Parse(await client.GetStringAsync($"/api/suggest?q={Uri.EscapeDataString(typed)}")).RootElement.GetProperty("suggestions").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "result")
            .Select(s => s.GetProperty("url").GetString()!)];

    private static async Task<List<string>> Urls(HttpClient client, string query) =>
        [.. JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={query}")).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("url").GetString()!)];
}
