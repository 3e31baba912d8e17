using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using HarrisHouse.Search.Api.Health;
using HarrisHouse.Search.Api.Tests.Infrastructure;
using HarrisHouse.Search.Storage;
using HarrisHouse.Search.Testing;
using Lucene.Net.Store;

namespace HarrisHouse.Search.Api.Tests;

/// <summary>
/// Run alone: with the other API tests in parallel in the same process, the test's own requests could wait
/// seconds to be sent and reach the server only after its drain had ended, which says nothing about the server.
/// </summary>
[CollectionDefinition(nameof(ShutdownCollection), DisableParallelization = true)]
public sealed class ShutdownCollection;

[Trait("Speed", "Slow")]
[Collection(nameof(ShutdownCollection))]
public sealed class ShutdownTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("shutdown");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task On_shutdown_requests_in_flight_complete_and_the_index_is_committed_and_unlocked()
    {
        var options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
        await using var api = await StartAsync(options, drainSeconds: 5);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminApiFactory.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var upserts = Enumerable.Range(0, 40).Select(i => Outcome(client.PutDocumentAsync(ApiCalls.Post($"shutdown-{i}", $"Shutdown test {i}", "A note written as the service stopped.")))).ToList();
        var searches = Enumerable.Range(0, 60).Select(_ => Outcome(client.GetAsync("/api/search?q=recovery"))).ToList();
        var requests = upserts.Concat(searches).ToList();
        // The stop begins the moment the first upsert is answered: the upserts are applied one at a time, so the
        // rest are still queued then. (Stopping at the first answer of any kind once failed on a fast machine: the
        // searches and all ten upserts of that version were answered before the test's continuation ran.)
        await Task.WhenAny(upserts).WaitAsync(TimeSpan.FromSeconds(20));
        var inFlight = requests.Count(r => !r.IsCompleted);
        var exitCode = await api.StopGracefullyAsync();
        var outcomes = await Task.WhenAll(requests);

        Assert.True(inFlight > 0, "every request was answered before the stop began: none was in flight");
        Assert.Equal(0, exitCode);
        Assert.All(outcomes, o => Assert.True(o == "200", $"a request sent before the stop ended with {o}"));

        var generation = new GenerationStore(options.FullIndexPath).Current()!;
        using (var directory = FSDirectory.Open(generation.Directory))
        {
            Assert.False(Lucene.Net.Index.IndexWriter.IsLocked(directory), "the index was left locked");
        }

        using var engine = SearchEngine.Create(options, writable: false);
        engine.Index.Start();
        for (var i = 0; i < upserts.Count; i++)
        {
            Assert.NotNull(engine.Documents.Get($"/blog/shutdown-{i}/"));
        }
    }

    [Fact]
    public async Task While_stopping_readiness_answers_503_and_searches_are_still_answered_until_the_drain_ends()
    {
        var options = SampleSite.Options(_directory.Combine("index"), _directory.CopyOfSampleContent());
        await using var api = await StartAsync(options, drainSeconds: 8);
        using var client = new HttpClient { BaseAddress = api.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        var stopped = api.StopGracefullyAsync();
        var ready = await Eventually.ValueAsync(
            () => client.GetAsync("/health/ready"),
            r => r.StatusCode != HttpStatusCode.OK,
            TimeSpan.FromSeconds(5),
            "readiness to stop answering 200 once the stop began",
            r => $"HTTP {(int)r.StatusCode}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Stopping", (await ready.Content.ReadFromJsonAsync<ReadinessReport>())!.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=detox")).StatusCode);
        using (var freshClient = new HttpClient { BaseAddress = api.BaseAddress })
        {
            Assert.Equal(HttpStatusCode.OK, (await freshClient.GetAsync("/api/search?q=recovery")).StatusCode);
        }

        Assert.Equal(0, await stopped);
        Assert.Contains("Stopping: still answering requests for 8 s", api.Output, StringComparison.Ordinal);
    }

    private Task<ApiProcess> StartAsync(SearchOptions options, int drainSeconds) => ApiProcess.StartAsync(
        new Dictionary<string, string>(ApiProcess.Configuration(options.FullIndexPath, options.ContentPath, _directory.Combine("logs")))
        {
            ["Admin:ApiKeys:0"] = AdminApiFactory.Key,
            ["Shutdown:DrainSeconds"] = drainSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        _directory.Path);

    /// <summary>"200", "refused" (never reached a listening server) or what went wrong.</summary>
    private static async Task<string> Outcome(Task<HttpResponseMessage> request)
    {
        try
        {
            var response = await request;
            return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return "refused";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message + " / " + ex.InnerException?.GetType().Name + ": " + ex.InnerException?.Message;
        }
    }
}
