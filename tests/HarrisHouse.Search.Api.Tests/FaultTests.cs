using System.Net;
using HarrisHouse.Search.Api.Health;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>The faults the service must survive, each on a real index, a real host and real processes.</summary>
[Trait("Speed", "Slow")]
public sealed class FaultTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("faults");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_staff_command_killed_midway_leaves_the_api_serving_the_previous_generation_without_a_failed_request()
    {
        using var api = new AdminApiFactory(_directory);
        var visitor = api.CreateClient();
        await visitor.GetAsync("/health/ready");
        ContentFiles.WriteManyPosts(api.ContentPath, 1_500);

        await using var load = SearchLoad.OverHttp(visitor, "detox");
        using (var staff = StaffProcess.Start("reindex", "--index", api.IndexPath, "--source", api.ContentPath))
        {
            var partial = Path.Combine(api.IndexPath, GenerationStore.NameOf(2) + GenerationStore.PartialSuffix);
            await Eventually.AssertAsync(() => Directory.Exists(partial) && Directory.EnumerateFiles(partial).Any(), TimeSpan.FromSeconds(60), "the reindex to start writing a generation");
            await load.WaitForMoreAsync(20, "while the reindex writes");
            Assert.False(staff.HasExited, "the reindex finished before it could be killed: make the content larger");
            staff.Kill(entireProcessTree: true);
            await staff.WaitForExitAsync();
        }

        // What the next poll would do, done now: CURRENT still names the generation served, so nothing switches.
        Assert.False(api.Engine.Index.Refresh(), "a killed reindex switched the served generation");
        var ready = await (await visitor.GetAsync("/health/ready")).ReadOkAsync<ReadinessReport>();
        Assert.Equal("gen-000001", ready.Generation);

        Assert.Equal(0, StaffCommand.Execute(api.Options, "reindex").ExitCode);
        await visitor.WaitForReadinessAsync(r => r.Generation == "gen-000002", "the switch to the next generation");
        var report = await load.StopAsync();
        Assert.True(report.Requests > 20, $"only {report.Requests} searches ran");
        Assert.Empty(report.Failures);
    }

    [Theory]
    [InlineData("flip bytes")]
    [InlineData("truncate")]
    public async Task A_corrupted_generation_is_refused_the_previous_one_stays_served_and_health_says_degraded(string damage)
    {
        using var api = new OwnContentApiFactory(_directory);
        var visitor = api.CreateClient();
        await visitor.GetAsync("/health/ready");
        var store = new GenerationStore(api.IndexPath);
        var good = store.Current()!;

        var bad = CopyGeneration(good, 2);
        Damage(bad, damage);
        store.SwitchTo(store.ListComplete().Single(g => g.Number == 2));

        var ready = await visitor.WaitForReadinessAsync(r => r.Status == "Degraded", "the refusal of the damaged generation");
        Assert.Equal("gen-000001", ready.Generation);
        Assert.Contains(ready.Reasons, r => r.Contains("gen-000002", StringComparison.Ordinal));
        Assert.Equal("/treatments/inpatient-detox/", (await visitor.SearchAsync("detox")).Hits[0].Url);

        var logs = await LogFiles.WaitForAsync(api.LogDirectory, "Refused to serve index generation gen-000002");
        Assert.Contains("[ERR]", logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_start_a_corrupted_current_generation_falls_back_to_the_previous_good_one()
    {
        var options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
        SampleSite.Build(options);
        var store = new GenerationStore(options.FullIndexPath);
        var bad = CopyGeneration(store.Current()!, 2);
        Damage(bad, "flip bytes");
        store.SwitchTo(store.ListComplete().Single(g => g.Number == 2));

        using var api = new OwnContentApiFactory(_directory);
        var visitor = api.CreateClient();
        var ready = await (await visitor.GetAsync("/health/ready")).ReadOkAsync<ReadinessReport>();

        Assert.Equal("Degraded", ready.Status);
        Assert.Equal("gen-000001", ready.Generation);
        Assert.Contains(ready.Reasons, r => r.Contains("gen-000002", StringComparison.Ordinal));
        Assert.NotEmpty((await visitor.SearchAsync("detox")).Hits);
    }

    [Fact]
    public async Task Searches_on_many_threads_never_fail_or_come_back_empty_while_ten_reindexes_and_a_hundred_upserts_run()
    {
        using var api = new AdminApiFactory(_directory);
        var visitor = api.CreateClient();
        var admin = api.CreateAdminClient();
        await visitor.GetAsync("/health/ready");

        await using var load = SearchLoad.OverHttp(visitor, "detox", "opioid withdrawal", "family");
        var upserts = Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                var response = await admin.PutDocumentAsync(ApiCalls.Post($"load-upsert-{i}", $"Load upsert {i}", $"Detox and recovery note number {i}."));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        });
        for (var i = 0; i < 10; i++)
        {
            var reindex = StaffCommand.Execute(api.Options, "reindex");
            Assert.True(reindex.ExitCode == 0, $"reindex {i} exited {reindex.ExitCode}: {reindex.Output} {reindex.Errors}");
        }

        await upserts;
        await visitor.WaitForReadinessAsync(r => r.Generation == "gen-000011", "the switch to the last generation");
        var report = await load.StopAsync();

        Assert.True(report.Requests > 100, $"only {report.Requests} searches ran");
        Assert.Empty(report.Failures);
        Assert.Equal(100, (await visitor.SearchAsync("\"load upsert\"", 1)).TotalHits);
    }

    private static GenerationInfo CopyGeneration(GenerationInfo source, long number)
    {
        var target = Path.Combine(Path.GetDirectoryName(source.Directory)!, GenerationStore.NameOf(number));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source.Directory).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        (source.Manifest with { Number = number }).WriteTo(target);
        return new GenerationInfo(number, target, source.Manifest with { Number = number });
    }

    private static void Damage(GenerationInfo generation, string how)
    {
        var victim = Directory.EnumerateFiles(generation.Directory)
            .Where(f => f.EndsWith(".cfs", StringComparison.Ordinal) || f.EndsWith(".fdt", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length)
            .First();
        var bytes = File.ReadAllBytes(victim);
        if (how == "truncate")
        {
            File.WriteAllBytes(victim, bytes[..(bytes.Length / 2)]);
        }
        else
        {
            for (var i = bytes.Length / 3; i < (bytes.Length / 3) + 64; i++)
            {
                bytes[i] ^= 0x5A;
            }

            File.WriteAllBytes(victim, bytes);
        }
    }
}
