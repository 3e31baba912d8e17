using System.Net;
using System.Text;
using System.Text.Json;
using HarrisHouse.Search.Api.Tests.Infrastructure;

namespace HarrisHouse.Search.Api.Tests.Curation;

/// <summary>Synonyms and crisis phrases edited through the admin API as text, journalled by key name, undone.</summary>
public sealed class CurationFileEndpointTests(CurationApiFactory api) : IClassFixture<CurationApiFactory>
{
    private static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    [Fact]
    public async Task An_edited_synonym_applies_to_the_next_search_and_the_change_can_be_undone_through_the_api()
    {
        var admin = api.CreateAdminClient();
        var visitor = api.CreateClient();
        var original = await admin.GetStringAsync("/api/admin/synonyms");
        Assert.Equal(await File.ReadAllTextAsync(api.SynonymsPath), original);
        Assert.Empty((await visitor.SearchAsync("flenwhistle")).Hits);

        var saved = await admin.PutAsync("/api/admin/synonyms", Text(original + "\nflenwhistle => detox\n"));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains((await visitor.SearchAsync("flenwhistle")).Hits, h => h.Url == "/treatments/inpatient-detox/");
        var change = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/changes?limit=5")).RootElement.GetProperty("changes")
            .EnumerateArray().First(c => c.GetProperty("kind").GetString() == "synonyms");
        Assert.Equal(CurationApiFactory.KeyName, change.GetProperty("key").GetString());
        Assert.DoesNotContain(AdminApiFactory.Key, await File.ReadAllTextAsync(Path.Combine(api.Directory.Path, "curation", "changes.jsonl")), StringComparison.Ordinal);

        var undo = await admin.PostAsync($"/api/admin/changes/{change.GetProperty("id").GetInt64()}/undo", null);

        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal(original, await admin.GetStringAsync("/api/admin/synonyms"));
        Assert.Empty((await visitor.SearchAsync("flenwhistle")).Hits);
        await (await admin.PostAsync($"/api/admin/changes/{change.GetProperty("id").GetInt64()}/undo", null)).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await admin.PostAsync("/api/admin/changes/999999/undo", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_malformed_line_is_a_400_naming_the_line_and_nothing_is_written()
    {
        var admin = api.CreateAdminClient();
        var synonyms = await admin.GetStringAsync("/api/admin/synonyms");
        var phrases = await admin.GetStringAsync("/api/admin/crisis-phrases");

        var badSynonym = await (await admin.PutAsync("/api/admin/synonyms", Text("rehab, treatment\nonlyoneword\n"))).AssertProblemAsync(HttpStatusCode.BadRequest);
        var badPhrase = await (await admin.PutAsync("/api/admin/crisis-phrases", Text("overdose\n[de]\n"))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(":2:", badSynonym.Detail(), StringComparison.Ordinal);
        Assert.Contains("line 2", badPhrase.Detail(), StringComparison.Ordinal);
        Assert.Equal(synonyms, await File.ReadAllTextAsync(api.SynonymsPath));
        Assert.Equal(phrases, await File.ReadAllTextAsync(api.CrisisPhrasesPath));
    }

    [Fact]
    public async Task A_crisis_phrase_added_through_the_api_shows_the_notice_on_the_next_search()
    {
        var admin = api.CreateAdminClient();
        var phrases = await admin.GetStringAsync("/api/admin/crisis-phrases");
        Assert.False((await api.CreateClient().SearchAsync("glimmerquist trevlin")).Crisis);

        var saved = await admin.PutAsync("/api/admin/crisis-phrases", Text("glimmerquist trevlin\n" + phrases));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.True((await api.CreateClient().SearchAsync("glimmerquist trevlin")).Crisis);
    }

    [Theory]
    [InlineData("GET", "/api/admin/synonyms")]
    [InlineData("PUT", "/api/admin/crisis-phrases")]
    [InlineData("GET", "/api/admin/changes")]
    [InlineData("POST", "/api/admin/changes/1/undo")]
    public async Task Without_a_key_the_curation_routes_are_401(string method, string path)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Text("x") });
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("many")]
    public async Task An_out_of_range_limit_is_a_400_naming_it(string limit)
    {
        var problem = await (await api.CreateAdminClient().GetAsync($"/api/admin/changes?limit={limit}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("limit", problem.Detail(), StringComparison.Ordinal);
    }
}
