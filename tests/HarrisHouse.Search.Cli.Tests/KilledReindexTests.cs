using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Cli.Tests;

/// <summary>The staff command killed with SIGKILL in the middle of a reindex, as a real process.</summary>
[Trait("Speed", "Slow")]
public sealed class KilledReindexTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("killed");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_reindex_killed_midway_leaves_the_live_generation_served_and_the_next_run_succeeds_at_once()
    {
        var content = _directory.CopyOfSampleContent();
        var options = SampleSite.Options(_directory.Combine("index"), content);
        SampleSite.Build(options);
        ContentFiles.WriteManyPosts(content, 1_500);
        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();

        await using var load = SearchLoad.OnEngine(engine, "detox");
        using (var staff = StaffProcess.Start("reindex", "--index", options.FullIndexPath, "--source", content, "--json"))
        {
            var partial = Path.Combine(options.FullIndexPath, GenerationStore.NameOf(2) + GenerationStore.PartialSuffix);
            await Eventually.AssertAsync(
                () => Directory.Exists(partial) && Directory.EnumerateFiles(partial).Any(),
                TimeSpan.FromSeconds(60),
                "the staff command to start writing a generation");
            await load.WaitForMoreAsync(10, "while the reindex writes");
            Assert.False(staff.HasExited, "the reindex finished before it could be killed: make the content larger");
            staff.Kill(entireProcessTree: true);
            await staff.WaitForExitAsync();
        }

        var store = new GenerationStore(options.FullIndexPath);
        Assert.Equal("gen-000001", store.Current()!.Name);
        Assert.Contains(Directory.EnumerateDirectories(options.FullIndexPath), d => d.EndsWith(GenerationStore.PartialSuffix, StringComparison.Ordinal));
        engine.Index.Refresh();
        Assert.Equal("gen-000001", engine.Index.Status.Generation);

        var started = DateTime.UtcNow;
        var next = StaffCommand.Execute(options, "reindex");
        var (searches, failures) = await load.StopAsync();

        Assert.Equal(0, next.ExitCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(120));
        Assert.Equal("gen-000002", store.Current()!.Name);
        Assert.DoesNotContain(Directory.EnumerateDirectories(options.FullIndexPath), d => d.EndsWith(GenerationStore.PartialSuffix, StringComparison.Ordinal));
        Assert.True(searches > 10, $"only {searches} searches ran");
        Assert.Empty(failures);
    }
}
