using System.Net;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Serving.LiveUpdates;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>
/// Live changes and full reindexes. The rule (README, "Live updates"): each URL's latest live change is
/// carried over every full reindex unless the source's copy of the item changed after it, and changes that
/// arrive while a reindex runs are replayed onto the generation it builds.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class LiveUpdateDurabilityTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("durable");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task An_upsert_and_a_delete_survive_a_restart()
    {
        using (var first = new AdminApiFactory(_directory))
        {
            var admin = first.CreateAdminClient();
            Assert.Equal(HttpStatusCode.OK, (await admin.PutDocumentAsync(ApiCalls.Post("restart-proof", "Restart Proof Post", "A post about zanzibar gardens."))).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync("/api/admin/documents?url=/gallery/")).StatusCode);
        }

        using var second = new AdminApiFactory(_directory);
        var visitor = second.CreateClient();
        Assert.Equal("/blog/restart-proof/", (await visitor.SearchAsync("zanzibar")).Hits.Single().Url);
        await (await visitor.GetAsync("/api/documents?url=/gallery/")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_full_reindex_neither_loses_an_upsert_nor_resurrects_a_delete()
    {
        using var api = new AdminApiFactory(_directory);
        var admin = api.CreateAdminClient();
        await admin.PutDocumentAsync(ApiCalls.Post("kept-after-reindex", "Kept After Reindex", "A post about quetzal birds."));
        await admin.DeleteAsync("/api/admin/documents?url=/donate/");

        Assert.Equal(0, StaffCommand.Execute(api.Options, "reindex").ExitCode);
        await api.CreateClient().WaitForReadinessAsync(r => r.Generation == "gen-000002", "the switch to the reindexed generation");

        var visitor = api.CreateClient();
        Assert.Equal("/blog/kept-after-reindex/", (await visitor.SearchAsync("quetzal")).Hits.Single().Url);
        await (await visitor.GetAsync("/api/documents?url=/donate/")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editing_the_source_file_after_a_live_change_wins_at_the_next_reindex()
    {
        using var api = new AdminApiFactory(_directory);
        Assert.Equal(HttpStatusCode.OK, (await api.CreateAdminClient().DeleteAsync("/api/admin/documents?url=/gallery/")).StatusCode);
        await (await api.CreateClient().GetAsync("/api/documents?url=/gallery/")).AssertProblemAsync(HttpStatusCode.NotFound);

        // The file is edited after the change: its time is set past the time the journal gave the change, not waited for.
        var change = new LiveUpdateJournal(api.IndexPath).ReadAll().Last(e => e.Url == "/gallery/");
        Assert.Equal(LiveUpdateKind.Delete, change.Kind);
        File.SetLastWriteTimeUtc(Path.Combine(api.ContentPath, "pages", "gallery.md"), change.AtUtc.UtcDateTime.AddSeconds(1));

        Assert.Equal(0, StaffCommand.Execute(api.Options, "reindex").ExitCode);
        api.Engine.Index.Refresh();
        Assert.Equal("gen-000002", api.Engine.Index.Status.Generation);

        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/api/documents?url=/gallery/")).StatusCode);
    }

    [Fact]
    public async Task Changes_made_while_a_reindex_runs_are_on_the_generation_it_builds()
    {
        using var api = new AdminApiFactory(_directory);
        var admin = api.CreateAdminClient();
        ContentFiles.WriteManyPosts(api.ContentPath, 800);
        using (var staff = StaffProcess.Start("reindex", "--index", api.IndexPath, "--source", api.ContentPath))
        {
            var partial = Path.Combine(api.IndexPath, GenerationStore.NameOf(2) + GenerationStore.PartialSuffix);
            await Eventually.AssertAsync(() => Directory.Exists(partial), TimeSpan.FromSeconds(60), "the reindex to start writing a generation");
            await admin.PutDocumentAsync(ApiCalls.Post("during-reindex", "Written During Reindex", "A post about okapi sanctuaries."));
            await admin.DeleteAsync("/api/admin/documents?url=/contact/");
            await staff.WaitForExitAsync();
            Assert.Equal(0, staff.ExitCode);
        }

        await api.CreateClient().WaitForReadinessAsync(r => r.Generation == "gen-000002", "the switch to the reindexed generation");
        var visitor = api.CreateClient();
        Assert.Equal("/blog/during-reindex/", (await visitor.SearchAsync("okapi")).Hits.Single().Url);
        await (await visitor.GetAsync("/api/documents?url=/contact/")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.True((await visitor.SearchAsync("generated post", 1)).TotalHits >= 800);
    }
}
