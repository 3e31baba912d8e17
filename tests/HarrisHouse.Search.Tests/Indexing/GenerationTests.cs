using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Tests.Indexing;

public sealed class GenerationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("generations");

    public void Dispose() => _directory.Dispose();

    private SearchOptions Options(string? content = null) => SampleSite.Options(_directory.Combine("index"), content);

    [Fact]
    public void Each_reindex_builds_a_new_generation_and_switches_CURRENT_to_it()
    {
        var options = Options();
        var first = SampleSite.Build(options);
        var second = SampleSite.Build(options);

        var store = new GenerationStore(options.FullIndexPath);
        Assert.Equal("gen-000001", first.Generation!.Name);
        Assert.Equal("gen-000002", second.Generation!.Name);
        Assert.Equal("gen-000002", store.Current()!.Name);
        Assert.Equal(first.DocumentCount, store.Current()!.Manifest.DocumentCount);
    }

    [Fact]
    public void Only_the_last_three_generations_are_kept()
    {
        var options = Options(ContentWithOnePost());
        for (var i = 0; i < 5; i++)
        {
            SampleSite.Build(options);
        }

        var names = new GenerationStore(options.FullIndexPath).ListComplete().Select(g => g.Name);
        Assert.Equal(["gen-000003", "gen-000004", "gen-000005"], names);
    }

    [Fact]
    public void Rollback_switches_back_to_the_previous_generation_and_fails_clearly_when_there_is_none()
    {
        var options = Options(ContentWithOnePost());
        SampleSite.Build(options);
        var error = Assert.Throws<NothingToRollBackException>(() => GenerationRollback.Run(options.FullIndexPath));
        Assert.Contains("nothing to roll back to", error.Message, StringComparison.Ordinal);

        SampleSite.Build(options);
        var result = GenerationRollback.Run(options.FullIndexPath);

        Assert.Equal(("gen-000002", "gen-000001"), (result.From.Name, result.To.Name));
        Assert.Equal("gen-000001", new GenerationStore(options.FullIndexPath).Current()!.Name);
    }

    [Fact]
    public void A_generation_left_half_built_is_never_current_and_is_removed_by_the_next_reindex()
    {
        var options = Options(ContentWithOnePost());
        SampleSite.Build(options);
        var abandoned = Path.Combine(options.FullIndexPath, "gen-000002" + GenerationStore.PartialSuffix);
        Directory.CreateDirectory(abandoned);
        File.WriteAllText(Path.Combine(abandoned, "_0.cfs"), "half written");

        var store = new GenerationStore(options.FullIndexPath);
        Assert.Equal("gen-000001", store.Current()!.Name);
        Assert.DoesNotContain(store.ListComplete(), g => g.Number == 2);

        var next = SampleSite.Build(options);

        Assert.False(Directory.Exists(abandoned));
        Assert.True(next.Succeeded);
        Assert.Equal(next.Generation!.Name, store.Current()!.Name);
        Assert.DoesNotContain(Directory.EnumerateDirectories(options.FullIndexPath), d => d.EndsWith(GenerationStore.PartialSuffix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_reindex_while_one_holds_the_lock_fails_at_once_with_a_clear_message()
    {
        var options = Options(ContentWithOnePost());
        using var held = ReindexLock.Acquire(options.FullIndexPath, "test holder");

        var started = DateTime.UtcNow;
        var error = Assert.Throws<ReindexInProgressException>(() => SampleSite.Build(options));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "it must not wait for the lock");
        Assert.Contains("another reindex", error.Message, StringComparison.Ordinal);
        Assert.Contains("test holder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_is_free_again_once_its_holder_releases_it()
    {
        var options = Options(ContentWithOnePost());
        ReindexLock.Acquire(options.FullIndexPath, "first").Dispose();

        var report = SampleSite.Build(options);

        Assert.True(report.Succeeded);
    }

    [Fact]
    public void A_reindex_that_finds_no_valid_item_leaves_the_live_generation_alone()
    {
        var options = Options(ContentWithOnePost());
        SampleSite.Build(options);
        var empty = _directory.Combine("empty");
        Directory.CreateDirectory(empty);

        var report = SampleSite.Build(Options(empty));

        Assert.False(report.Succeeded);
        Assert.Contains("no valid items", report.FailureReason, StringComparison.Ordinal);
        Assert.Equal("gen-000001", new GenerationStore(options.FullIndexPath).Current()!.Name);
    }

    private string ContentWithOnePost()
    {
        var folder = _directory.Combine("content");
        ContentFiles.Write(folder, "post.md", ContentFiles.Post("only", "The only post", "Recovery is possible with support."));
        return folder;
    }
}
